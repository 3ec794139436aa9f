// The site's view of the handbook: everything a page shows that is computed rather than written,
// computed once per build from the checked content. Pages read it and render; they derive no state.
import type { ChangeLog, Findings, RegisterRow } from '../model/audit.ts';
import { auditFindings, changeLog, documentRegister } from '../model/audit.ts';
import type { Corpus, ValidDoc } from '../model/corpus.ts';
import { computeProfiledCoverage } from '../model/coverage.ts';
import type { ClauseCoverage, CoverageReport } from '../model/coverage.ts';
import { documentFacets } from '../model/facets.ts';
import { buildGraph } from '../model/graph.ts';
import type { ClauseEntry, Graph } from '../model/graph.ts';
import type { CheckedContent } from '../model/load/check-content.ts';
import type { Revision } from '../model/load/git-history.ts';
import type { Problem } from '../model/problem.ts';
import { applyProfile } from '../model/profile.ts';
import type { Profile, ProfiledCorpus } from '../model/profile.ts';
import { reviewsDue } from '../model/reviews.ts';
import type { DueReview } from '../model/reviews.ts';
import { isInForce, reviewState, supersededBy } from '../model/states.ts';
import type { EvidenceState, ReviewState } from '../model/states.ts';
import { DOC_TYPE_NAMES } from '../schema/index.ts';
import type { DocType, Rule, SopStep } from '../schema/index.ts';
import { ruleCitations } from '../model/rules.ts';
import { instanceSteps, processInstances, stepLimit } from '../model/process.ts';
import type { Breach, Limit } from '../model/process.ts';
import { filledForm } from '../model/forms.ts';
import { relationshipViews } from './relationships.ts';
import { riskRegisterView } from './risks.ts'; // risk register
import type { RiskRegisterView, RiskView } from './risks.ts';
import { findingStatus, findingsAsOf } from '../model/findings.ts';
import { dueItems } from '../model/calendar.ts';
import type { ObjectiveRegister } from './objectives.ts';
export type { ObjectiveRegister, ObjectiveView } from './objectives.ts';
import { objectiveRegister } from './objectives.ts';
import type { DueItem } from '../model/calendar.ts';
import type { FindingEntry, FindingStatus } from '../model/findings.ts';
import type { Portfolio, RelationshipView } from './relationships.ts';
import type { FilledForm } from '../model/forms.ts';

// Competence register
import { competenceView } from './competence.ts';
import type { CompetenceView } from './competence.ts';

export type { DueItem, FilledForm, Portfolio, RelationshipView };
export type { RiskRegisterView, RiskView }; // risk register
export type { CompetenceView };
export type { AuditTeamView, CompetencePersonView } from './competence.ts';

/** A finding as its pages show it: its status as of the build's date, and only what the profile publishes of what it names. */
export interface FindingView {
  readonly entry: FindingEntry;
  readonly status: FindingStatus;
  /** Published documents it names. */
  readonly documents: readonly string[];
  /** Its relationship, when published. */
  readonly relationship: string | undefined;
  /** Published records it names: where it was found, and those of its actions and verification. */
  readonly records: { readonly source: string | undefined; readonly actions: readonly (string | undefined)[]; readonly verification: string | undefined };
}

/** A document as its pages show it. */
export interface DocumentView {
  readonly doc: ValidDoc;
  readonly inForce: boolean;
  /** Its review (approved documents with a review date). */
  readonly review: ReviewState | undefined;
  /** Published documents that supersede it. */
  readonly supersededBy: readonly ValidDoc[];
  /** Lifecycle stages (GB/T 40144 8.2-8.9) its clauses belong to. */
  readonly stages: readonly number[];
  /** Its revisions from git, newest first; undefined when the build has no history. */
  readonly revisions: readonly Revision[] | undefined;
  /** An SOP's steps with their time limits resolved from the rules (empty for other types). */
  readonly steps: readonly { readonly step: SopStep; readonly limit: Limit | undefined }[];
}

/** A clause with its place in the catalogue. */
export interface ClauseView {
  readonly coverage: ClauseCoverage;
  readonly entry: ClauseEntry;
  readonly parent: ClauseCoverage | undefined;
  readonly children: readonly ClauseCoverage[];
  /** Children with a state: what the clause's state is rolled up from. */
  readonly rolledUpFrom: readonly ClauseCoverage[];
}

/** A rule with the document that defines it and every published document that cites it. */
export interface RuleView {
  readonly rule: Rule;
  readonly definedBy: ValidDoc | undefined;
  readonly citedBy: readonly ValidDoc[];
}

/** A process instance as its case page draws it. */
export interface ProcessView {
  readonly instance: string;
  readonly sop: string;
  readonly title: string;
  /** The trigger's time (step 0, or the case's start). */
  readonly start: string | undefined;
  readonly steps: readonly {
    readonly n: number;
    readonly title: string;
    readonly record: string | undefined;
    readonly at: string | undefined;
    /** When the step's time limit starts, and when it runs out. */
    readonly from: string | undefined;
    readonly due: string | undefined;
    readonly limit: Limit | undefined;
    readonly breaches: readonly Breach['kind'][];
  }[];
  readonly breaches: number;
}

/** How a procedure performed over its instances. */
export interface PerformanceView {
  readonly instances: number;
  readonly followed: number;
  readonly breached: number;
  readonly byKind: Readonly<Record<Breach['kind'], number>>;
}

/** A lifecycle stage (8.2-8.9) and what implements it. */
export interface StageView {
  readonly stage: number;
  readonly clause: ClauseCoverage;
  readonly policies: readonly ValidDoc[];
  readonly sops: readonly ValidDoc[];
  /** Templates the stage's SOPs use, and templates that name the clause themselves. */
  readonly forms: readonly ValidDoc[];
}

/** Facts about the build itself, shown in the footer and on the audit pack's cover. */
export interface BuildFacts {
  readonly profile: Profile;
  readonly asOf: string;
  /** Short commit of the content, or undefined outside a git checkout. */
  readonly commit: string | undefined;
  /** The day the site was built (UTC). */
  readonly builtOn: string;
}

export interface SiteView extends BuildFacts {
  /** The published content only: what the profile allows. Pages and exports never see the rest. */
  readonly corpus: Corpus;
  readonly graph: Graph;
  readonly coverage: CoverageReport;
  /** Ids the profile withholds, for rendering a reference to one as a restricted id. */
  readonly withheld: ReadonlySet<string>;
  readonly withheldPaths: ReadonlyMap<string, string>;
  readonly withheldFiles: ReadonlySet<string>;
  /**
   * Problems of the whole content tree, in the dev server (whose pages show them); empty in a build's
   * pages: the integration checked everything before the build started, and stops it on an error.
   */
  readonly problems: readonly Problem[];
  readonly documents: ReadonlyMap<string, DocumentView>;
  /** Every evidence record's freshness and last fresh day, by id. */
  readonly evidenceStates: ReadonlyMap<string, EvidenceState>;
  /** Records that state what their form says (values, a summary's results), as filled forms with the results recomputed, by id. */
  readonly filledForms: ReadonlyMap<string, FilledForm>;
  readonly clauses: ReadonlyMap<string, ClauseView>;
  readonly stages: readonly StageView[];
  /** The published rules, in the order of rules.yaml. */
  readonly rules: readonly RuleView[];
  /** The published rules by id, for rendering citations. */
  readonly ruleById: ReadonlyMap<string, Rule>;
  /** Everything open that falls due (reviews, findings' plans, actions and verifications, evaluations, obligations), soonest first. */
  readonly due: readonly DueItem[];
  /** The published findings raised by the build's date, newest first, each with its status. */
  readonly findingRegister: readonly FindingView[];
  /** Risk register: the published risks with their status as of the build's date, and the heat maps. */
  readonly riskRegister: RiskRegisterView;
  /** Objectives register: the published objectives with each indicator's periods and status as of the build's date. */
  readonly objectives: ObjectiveRegister;
  /** Published relationships by id, as their pages show them (stage strip, gates, evaluations, what is due). */
  readonly relationships: ReadonlyMap<string, RelationshipView>;
  /** Published relationships by class and stage. */
  readonly portfolio: Portfolio;
  /** Process instances by case id, as their timelines draw them. */
  readonly processes: ReadonlyMap<string, readonly ProcessView[]>;
  /** How each procedure with instances performed, by SOP id. */
  readonly performance: ReadonlyMap<string, PerformanceView>;
  /** Reviews overdue or falling due within the horizon, soonest first. */
  readonly reviewsDue: readonly DueReview[];
  /** Documents by their last recorded change (`changes`, the 修订记录 staff read), newest first (8 at most). */
  readonly recent: readonly { readonly doc: ValidDoc; readonly last: { readonly version: string; readonly date: string; readonly summary: string } }[];
  readonly register: readonly RegisterRow[];
  /** Published documents of each type. */
  readonly documentCounts: Readonly<Record<DocType, number>>;
  readonly findings: Findings;
  /** The audit pack's change log, when the build was given a `since` commit. */
  readonly changes: { readonly commit: string; readonly beginning: boolean; readonly log: ChangeLog } | undefined;
  /** Competence register: the matrix as of the build's date, each role's requirements, internal audit teams. */
  readonly competence: CompetenceView;
}

/** The published part of checked content, profiled once (the content collections and the view share it). */
export function profiled(content: CheckedContent, profile: Profile): ProfiledCorpus & { readonly graph: Graph } {
  const result = applyProfile(content.corpus, profile);
  return { ...result, graph: buildGraph(result.corpus) };
}

export interface ViewInput {
  readonly content: CheckedContent;
  readonly published: ProfiledCorpus & { readonly graph: Graph };
  readonly build: BuildFacts;
  readonly history: ReadonlyMap<string, readonly Revision[]> | undefined;
  readonly since: { readonly corpus: Corpus; readonly commit: string; readonly beginning: boolean } | undefined;
}

/** Compute the view: one pass over the published content. */
export function siteView({ content, published, build, history, since }: ViewInput): SiteView {
  const { asOf } = build;
  const { corpus, graph } = published;
  const coverage = computeProfiledCoverage(content.corpus, published, { asOf, graph, fullGraph: content.graph });
  const docs = [...graph.docs.values()];
  const ruleById = new Map((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  // Each document's citations read once: the documents citing each rule, in id order.
  const citing = new Map<string, ValidDoc[]>();
  for (const doc of [...docs].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))) {
    for (const id of new Set(ruleCitations(doc).map((c) => c.id))) citing.set(id, [...(citing.get(id) ?? []), doc]);
  }
  const documents = new Map(docs.map((doc) => [doc.id, {
    doc,
    inForce: isInForce(doc, asOf),
    review: reviewState(doc.data, asOf),
    supersededBy: supersededBy(doc.id, docs),
    stages: documentFacets(doc, graph).stages,
    revisions: history ? (history.get(doc.file) ?? []) : undefined,
    steps: doc.type === 'sop' ? doc.data.steps.map((step) => ({ step, limit: stepLimit(step, ruleById) })) : [],
  } satisfies DocumentView]));
  const byId = new Map(coverage.clauses.map((c) => [c.id, c]));
  const clauses = new Map(coverage.clauses.map((c) => {
    const children = coverage.clauses.filter((k) => k.parent === c.id);
    return [c.ref, { coverage: c, entry: graph.clauses.get(c.ref)!, parent: c.parent ? byId.get(c.parent) : undefined, children, rolledUpFrom: children.filter((k) => k.state) } satisfies ClauseView];
  }));
  // One page per stage: the first clause of the catalogue that carries it.
  const staged = [...new Map(coverage.clauses.flatMap((c) => (c.stage === null ? [] : [[c.stage, c] as const])).reverse()).values()];
  const stages = staged.flatMap((clause): StageView[] => {
    if (clause.stage === null) return [];
    const naming = (type: ValidDoc['type']) => docs.filter((d) => d.type === type && d.data.clauses.includes(clause.ref));
    const sops = naming('sop');
    const used = new Set(sops.flatMap((s) => (s.type === 'sop' ? s.data.templates : [])));
    const forms = docs.filter((d) => used.has(d.id) || (d.type === 'template' && d.data.clauses.includes(clause.ref)));
    return [{ stage: clause.stage, clause, policies: naming('policy'), sops, forms }];
  }).sort((a, b) => a.stage - b.stage);
  // The documents' own change records, not git: a commit that imported or reformatted a file is no revision.
  const recent = docs
    .flatMap((doc) => {
      const last = doc.data.changes.findLast((c) => c.version === doc.data.version) ?? doc.data.changes.at(-1);
      return last && last.date <= asOf ? [{ doc, last }] : [];
    })
    .sort((a, b) => (a.last.date < b.last.date ? 1 : a.last.date > b.last.date ? -1 : a.doc.id.localeCompare(b.doc.id)))
    .slice(0, 8);
  return {
    ...build,
    corpus,
    graph,
    coverage,
    withheld: published.withheld,
    withheldPaths: published.withheldPaths,
    withheldFiles: published.withheldFiles,
    problems: content.problems,
    documents,
    evidenceStates: coverage.evidenceStates,
    filledForms: filledForms(graph, ruleById),
    clauses,
    stages,
    rules: (corpus.rules?.data.rules ?? []).map((rule) => ({ rule, definedBy: graph.docs.get(rule.defined_by), citedBy: citing.get(rule.id) ?? [] })),
    ruleById,
    ...processViews(corpus, graph, ruleById),
    ...relationshipViews(corpus, graph, ruleById, asOf),
    findingRegister: findingViews(corpus, graph, ruleById, asOf),
    riskRegister: riskRegisterView(corpus, graph, asOf), // risk register
    objectives: objectiveRegister(corpus, graph, asOf),
    due: publishedDue(content, published, asOf),
    reviewsDue: reviewsDue(docs, asOf),
    recent,
    register: documentRegister(corpus, asOf),
    documentCounts: Object.fromEntries(DOC_TYPE_NAMES.map((type) => [type, docs.filter((d) => d.type === type).length])) as Record<DocType, number>,
    findings: auditFindings(corpus, coverage),
    changes: since ? { commit: since.commit, beginning: since.beginning, log: changeLog(since.corpus, corpus, asOf) } : undefined,
    // Competence register
    competence: competenceView(corpus, graph, asOf),
  };
}

/**
 * What falls due, as a build of the profile may show it. An obligation's occurrence is judged on all the
 * records (one satisfied by a withheld record is done, and a done occurrence is not listed: no trace of
 * the record), and listed only when its document (and relationship) is published; everything else is
 * computed from the published content, so no date derives from a withheld record.
 */
function publishedDue(content: CheckedContent, published: ViewInput['published'], asOf: string): DueItem[] {
  const visible = (i: DueItem) => !published.withheld.has(i.ref) && (!i.relationship || !published.withheld.has(i.relationship));
  // Objectives register: a period's measurement is judged on all measurements too (a withheld one leaves a done period, unlisted).
  const onAll = (i: DueItem) => i.kind === 'obligation' || (i.kind === 'measurement' && published.corpus.documents.some((d) => d.type === 'policy' && d.data?.objectives.some((o) => o.id === i.ref)));
  const obligations = dueItems(content.corpus, content.graph, asOf).filter((i) => onAll(i) && visible(i));
  const rest = dueItems(published.corpus, published.graph, asOf).filter((i) => i.kind !== 'obligation' && i.kind !== 'measurement');
  return [...obligations, ...rest].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid.localeCompare(b.uid)));
}

/** The published findings raised by `asOf`, newest first, with their status and what they name that is published. */
function findingViews(corpus: Corpus, graph: Graph, rules: ReadonlyMap<string, Rule>, asOf: string): FindingView[] {
  const record = (id: string | undefined) => (id && graph.evidence.has(id) ? id : undefined);
  return findingsAsOf(corpus, asOf)
    .sort((a, b) => (a.data.raised < b.data.raised ? 1 : a.data.raised > b.data.raised ? -1 : b.id.localeCompare(a.id)))
    .map((entry) => ({
      entry,
      status: findingStatus(entry.data, rules, asOf),
      documents: entry.data.documents.filter((id) => graph.docs.has(id)),
      relationship: entry.data.relationship && graph.docs.has(entry.data.relationship) ? entry.data.relationship : undefined,
      records: { source: record(entry.data.source.record), actions: entry.data.actions.map((a) => record(a.record)), verification: record(entry.data.verification?.record) },
    }));
}

/** Every published record that states its form's values or a summary's results, as a filled form. */
function filledForms(graph: Graph, rules: ReadonlyMap<string, Rule>): Map<string, FilledForm> {
  const out = new Map<string, FilledForm>();
  for (const record of graph.evidence.values()) {
    const template = graph.docs.get(record.data.produced_by);
    const form = template?.type === 'template' ? filledForm(record.data, template.id, template.data, rules) : undefined;
    if (form) out.set(record.id, form);
  }
  return out;
}

/** Every published case's process instances, and each procedure's performance over them. */
function processViews(corpus: Corpus, graph: Graph, rules: ReadonlyMap<string, Rule>): Pick<SiteView, 'processes' | 'performance'> {
  const processes = new Map<string, ProcessView[]>();
  const performance = new Map<string, { instances: number; followed: number; breached: number; byKind: Record<Breach['kind'], number> }>();
  for (const instance of processInstances(corpus, graph)) {
    const { start, steps, breaches } = instanceSteps(instance, rules);
    processes.set(instance.instance, [...(processes.get(instance.instance) ?? []), { instance: instance.instance, sop: instance.sop.id, title: instance.sop.data.title, start, steps, breaches: breaches.length }]);
    const p = performance.get(instance.sop.id) ?? { instances: 0, followed: 0, breached: 0, byKind: { missing: 0, order: 0, late: 0, gate: 0, result: 0 } };
    p.instances++;
    if (breaches.length) p.breached++;
    else p.followed++;
    for (const b of breaches) p.byKind[b.kind]++;
    performance.set(instance.sop.id, p);
  }
  return { processes, performance };
}
export type { MonthCount, StageCount } from './charts.ts';
