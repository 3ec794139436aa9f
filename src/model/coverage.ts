// Clause coverage: gap / addressed / covered / excluded per requirement clause, rolled up to parents.
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { addMonths } from './dates.ts';
import type { ClauseEntry, Graph, ValidEvidence } from './graph.ts';
import { buildGraph } from './graph.ts';
import type { ProfiledCorpus, Profile } from './profile.ts';
import { countsForCoverage, evidenceState } from './states.ts';
import { breaches, processInstances } from './process.ts';
import { impliedClauses, relationshipDocs } from './relationships.ts';
import { findingAnswers, findingStatus, findingsAsOf, recordedBreaches } from './findings.ts';
import { countsAgainst, obligationClauses, obligationRuns } from './obligations.ts';
import { MEASUREMENT_CLAUSES, objectiveStatuses } from './objectives.ts';
import type { Breach } from './process.ts';
import type { EvidenceState, Freshness } from './states.ts';

export type CoverageState = 'covered' | 'addressed' | 'gap' | 'excluded';
export const COVERAGE_STATES: readonly CoverageState[] = ['covered', 'addressed', 'gap', 'excluded'];

export interface CoverageDocument {
  readonly id: string;
  readonly title: string;
  readonly type: string;
  readonly status: string;
  readonly version: string;
  /** Whether it counts: an approved, in-force policy or SOP. */
  readonly counts: boolean;
}

export interface CoverageEvidence {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  /** Whether it proves the clause on the as-of date (state.counts). */
  readonly fresh: boolean;
  /** fresh, due (goes stale within `dueSoonDays`) or stale; the last day it counts. */
  readonly freshness: Freshness;
  readonly freshUntil: string;
}

export interface ClauseCoverage {
  readonly ref: string;
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  readonly kind: ClauseEntry['kind'];
  readonly parent: string | null;
  readonly stage: number | null;
  /** Undefined for informative clauses, which carry no requirement. */
  readonly state: CoverageState | undefined;
  /** Why the state is what it is, as a code and its facts: the site words it in the reader's language. */
  readonly why: CoverageWhy;
  /** `why` in one English sentence, for the terminal and the exports (`coverageReasonText`). */
  readonly reason: string;
  readonly documents: readonly CoverageDocument[];
  readonly evidence: readonly CoverageEvidence[];
  readonly cases: readonly string[];
  /**
   * For a lifecycle clause (stage n): the relationships at or past stage n, with the gate that closed it
   * (when it is behind them) and whether that gate's records are fresh.
   */
  readonly relationships: readonly { readonly id: string; readonly stage: number; readonly gate: string | undefined; readonly fresh: boolean | undefined }[];
  readonly exclusion?: { readonly justification: string; readonly approvedBy: string; readonly date: string };
  /**
   * Content above the build's profile would raise this clause's state: the state shown is what the
   * published content proves, and the clause says so (without naming or counting what is withheld).
   */
  readonly withheld?: boolean;
}

export interface CoverageReport {
  readonly asOf: string;
  readonly standard: string;
  readonly freshnessMonths: number;
  /** Oldest evidence date that still counts. */
  readonly freshSince: string;
  /** Days before going stale that a record is flagged as due (org.yaml `coverage.due_soon_days`). */
  readonly dueSoonDays: number;
  /** The state of every evidence record the report could see, by id: what every surface shows. */
  readonly evidenceStates: ReadonlyMap<string, EvidenceState>;
  readonly clauses: readonly ClauseCoverage[];
  /** Counts over requirement clauses only (headings roll up and are not counted twice). */
  readonly totals: Readonly<Record<CoverageState, number>> & { readonly requirements: number; readonly withheld?: number };
  /** Process conformance over the case records: instances, how many followed their procedure, and every breach. */
  readonly process: { readonly instances: number; readonly followed: number; readonly breaches: readonly BreachRef[] };
  /** The build profile the report was made for; undefined when computed over all content (checks, tests). */
  readonly profile?: Profile;
}

/** Why a clause has its state: a code and the facts behind it, worded by whoever shows it. */
export type CoverageWhy =
  | { readonly code: 'informative' }
  | { readonly code: 'heading' }
  | { readonly code: 'excluded'; readonly justification: string }
  /** No in-force policy or SOP; `candidates` are the documents that name the clause but do not count. */
  | { readonly code: 'gap'; readonly candidates: readonly { readonly id: string; readonly type: string; readonly status: string }[] }
  /** Implemented by `by`, but no evidence within `months`; `latest` is the newest record, if any. */
  | { readonly code: 'addressed'; readonly by: readonly string[]; readonly months: number; readonly latest?: { readonly id: string; readonly date: string } }
  | { readonly code: 'covered'; readonly by: readonly string[]; readonly proof: readonly string[] }
  /** Implemented and proven by fresh records, but those records show a procedure not followed (CB706-CB709). */
  | { readonly code: 'breached'; readonly by: readonly string[]; readonly proof: readonly string[]; readonly breaches: readonly BreachRef[] }
  /** Implemented and proven, but a major nonconformity against it is open (the findings register). */
  | { readonly code: 'finding'; readonly by: readonly string[]; readonly proof: readonly string[]; readonly findings: readonly string[] }
  /** Implemented and proven, but a recurring obligation for it was missed (obligations.ts). */
  | { readonly code: 'missed'; readonly by: readonly string[]; readonly proof: readonly string[]; readonly missed: readonly { readonly doc: string; readonly obligation: string; readonly title: string; readonly from: string; readonly to: string; readonly relationship?: string }[] }
  /** A clause with sub-clauses: the count of each state among them. */
  | { readonly code: 'rollup'; readonly children: number; readonly counts: readonly (readonly [CoverageState, number])[] };

/** The English sentence for a reason (terminal, CSV, XLSX, JSON); `withheldBy` adds the profile note. */
export function coverageReasonText(why: CoverageWhy, withheldBy?: Profile): string {
  const text = ((): string => {
    switch (why.code) {
      case 'informative': return 'Informative clause: no requirement to cover.';
      case 'heading': return '';
      case 'excluded': return `Excluded in applicability.yaml: ${why.justification}`;
      case 'gap': {
        const others = why.candidates.length ? ` (${why.candidates.map((d) => `${d.id} is ${d.type === 'template' ? 'a template' : d.status}`).join(', ')})` : '';
        return `No approved, in-force policy or SOP implements it${others}.`;
      }
      case 'addressed': {
        const stale = why.latest ? ` (latest ${why.latest.id}, ${why.latest.date})` : '';
        return `Implemented by ${why.by.join(', ')}, but no evidence from the last ${why.months} months${stale}.`;
      }
      case 'covered': return `Implemented by ${why.by.join(', ')}; proven by ${why.proof.join(', ')}.`;
      case 'breached': return `Implemented by ${why.by.join(', ')} and recorded in ${why.proof.join(', ')}, but the records show the procedure not followed: ${why.breaches.map((b) => `${b.instance} ${b.sop} step ${b.step} ${b.kind}`).join('; ')}.`;
      case 'missed': return `Implemented by ${why.by.join(', ')} and recorded in ${why.proof.join(', ')}, but a recurring obligation was missed or not met: ${why.missed.map((m) => `${m.doc} ${m.obligation} ${m.from}..${m.to}${m.relationship ? ` (${m.relationship})` : ''}`).join('; ')}.`;
      case 'finding': return `Implemented by ${why.by.join(', ')} and recorded in ${why.proof.join(', ')}, but a major nonconformity against it is open: ${why.findings.join(', ')}.`;
      case 'rollup': return `Rolled up from ${why.children} sub-clauses: ${why.counts.map(([s, n]) => `${n} ${s}`).join(', ')}.`;
    }
  })();
  return withheldBy ? `${text} Content above the ${withheldBy} profile also bears on this clause; it is neither shown nor counted in this build.` : text;
}

/** A clause's state and reason, with the English sentence derived from the reason. */
function stated(state: CoverageState | undefined, why: CoverageWhy): { state: CoverageState | undefined; why: CoverageWhy; reason: string } {
  return { state, why, reason: coverageReasonText(why) };
}

const RANK: Record<CoverageState, number> = { gap: 0, addressed: 1, covered: 2, excluded: 3 };

/** Compute coverage of one standard as of a date. */
export function computeCoverage(corpus: Corpus, options: { asOf: string; standard?: string; graph?: Graph }): CoverageReport {
  const graph = options.graph ?? buildGraph(corpus);
  const standard = options.standard ?? corpus.org?.data.standard ?? [...corpus.standards.keys()][0] ?? 'gbt40144';
  const freshnessMonths = corpus.org?.data.coverage.freshness_months ?? 12;
  const freshSince = addMonths(options.asOf, -freshnessMonths);
  const dueSoonDays = corpus.org?.data.coverage.due_soon_days ?? 60;
  const evidenceStates = new Map([...graph.evidence.values()].map((e) => [e.id, evidenceState(e.data.date, options.asOf, freshnessMonths, dueSoonDays)] as const));
  const catalogue = corpus.standards.get(standard)?.data.clauses ?? [];
  const docs = validDocs(corpus);
  const exclusions = new Map((corpus.applicability?.data.exclusions ?? []).map((e) => [e.clause, e]));
  const { byRecord: breachesOf, process } = processBreaches(corpus, graph, options.asOf);
  // Open major nonconformities by clause.
  const rulesById = new Map((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  // Missed (or unmet, with no finding on record) occurrences of recurring obligations by clause.
  const missedBy = new Map<string, { doc: string; obligation: string; title: string; from: string; to: string; relationship?: string }[]>();
  const answers = findingAnswers(corpus, options.asOf);
  for (const run of obligationRuns(corpus, graph, options.asOf)) {
    for (const o of run.occurrences) {
      if (!countsAgainst(run, o, answers)) continue;
      for (const ref of obligationClauses(run)) missedBy.set(ref, [...(missedBy.get(ref) ?? []), { doc: run.doc.id, obligation: run.obligation.id, title: run.obligation.title, from: o.from, to: o.to, ...(run.relationship ? { relationship: run.relationship } : {}) }]);
    }
  }
  // Objectives register: an indicator's periods due without a measurement are a missed recurring duty of the
  // policy that sets it (6.2: objectives are monitored; 9.1: measured); a value that misses its target is not.
  for (const { objective, doc, indicators } of objectiveStatuses(corpus, options.asOf)) {
    for (const { indicator, gaps } of indicators) {
      if (!gaps.length) continue;
      for (const ref of MEASUREMENT_CLAUSES) missedBy.set(ref, [...(missedBy.get(ref) ?? []), { doc: doc.id, obligation: `${objective.id}/${indicator.id}`, title: objective.title, from: gaps[0]!.from, to: gaps.at(-1)!.to }]);
    }
  }
  const openMajors = new Map<string, string[]>();
  for (const f of findingsAsOf(corpus, options.asOf)) {
    if (f.data.grade !== 'major' || findingStatus(f.data, rulesById, options.asOf).state === 'closed') continue;
    for (const ref of f.data.clauses) openMajors.set(ref, [...(openMajors.get(ref) ?? []), f.id]);
  }
  // A relationship's gate and evaluation records prove their lifecycle clause, whatever clauses they list.
  const implied = impliedClauses(corpus, standard);

  const own = new Map<string, ClauseCoverage>();
  for (const clause of catalogue) {
    const ref = `${standard}:${clause.id}`;
    const implementing = docs.filter((d) => d.data.clauses.includes(ref) && d.type !== 'case' && d.type !== 'relationship');
    const documents = implementing.map((d) => toCoverageDocument(d, options.asOf));
    const evidence = [...graph.evidence.values()]
      .filter((e) => (e.data.clauses.includes(ref) || implied.get(e.id)?.includes(ref)) && e.data.date <= options.asOf)
      .map((e) => toCoverageEvidence(e, evidenceStates.get(e.id)!))
      .sort((a, b) => (a.date < b.date ? 1 : -1));
    const cases = docs.filter((d) => d.type === 'case' && d.data.clauses.includes(ref)).map((d) => d.id);
    const relationships = clause.stage === null ? [] : relationshipDocs(corpus).filter((r) => r.data.stage >= clause.stage!).map((r) => {
      const gate = r.data.gates.find((g) => g.stage === clause.stage && g.decision === 'approved');
      const fresh = gate ? gate.evidence.some((id) => evidenceStates.get(id)?.counts === true) : undefined;
      return { id: r.id, stage: r.data.stage, gate: gate?.date, fresh };
    });
    const exclusion = exclusions.get(ref);
    const base = { ref, id: clause.id, title: clause.title_zh, titleEn: clause.title_en, kind: clause.kind, parent: clause.parent, stage: clause.stage, documents, evidence, cases, relationships };
    if (clause.kind === 'informative') {
      own.set(clause.id, { ...base, ...stated(undefined, { code: 'informative' }) });
    } else if (exclusion) {
      own.set(clause.id, { ...base, ...stated('excluded', { code: 'excluded', justification: exclusion.justification }), exclusion: { justification: exclusion.justification, approvedBy: exclusion.approved_by, date: exclusion.date } });
    } else {
      own.set(clause.id, { ...base, ...ownState(clause.kind, documents, evidence, freshnessMonths, breachesOf, openMajors.get(ref) ?? [], missedBy.get(ref) ?? []) });
    }
  }
  const clauses = catalogue.map((c) => rollUp(c.id, own, catalogue));
  const totals = { covered: 0, addressed: 0, gap: 0, excluded: 0, requirements: 0 };
  for (const c of clauses) {
    if (c.kind !== 'requirement' || !c.state) continue;
    totals[c.state]++;
    totals.requirements++;
  }
  return { asOf: options.asOf, standard, freshnessMonths, freshSince, dueSoonDays, evidenceStates, clauses, totals, process };
}

/** A breach of a procedure shown by a record (process.ts), as coverage names it. */
export interface BreachRef {
  readonly instance: string;
  readonly sop: string;
  readonly step: number;
  readonly kind: Breach['kind'];
}

/** The breaches each record's process instance shows that no finding records, by record id (every record of a breached instance), and the totals of all breaches. */
function processBreaches(corpus: Corpus, graph: Graph, asOf: string): { byRecord: ReadonlyMap<string, readonly BreachRef[]>; process: CoverageReport['process'] } {
  const rules = new Map((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const byRecord = new Map<string, BreachRef[]>();
  const all: BreachRef[] = [];
  const instances = processInstances(corpus, graph);
  const recorded = new Set(findingsAsOf(corpus, asOf).flatMap((f) => recordedBreaches(f.data)));
  let followed = 0;
  for (const instance of instances) {
    const found = breaches(instance, rules).map((b) => ({ instance: instance.instance, sop: instance.sop.id, step: b.step.n, kind: b.kind }));
    all.push(...found);
    if (found.length === 0) {
      followed++;
      continue;
    }
    // A breach the findings register records is being dealt with: it no longer caps the clause.
    const capping = found.filter((b) => !recorded.has(`${b.instance}#${b.sop}#${b.step}`));
    if (capping.length === 0) continue;
    for (const records of instance.steps.values()) for (const r of records) byRecord.set(r.id, [...(byRecord.get(r.id) ?? []), ...capping]);
  }
  return { byRecord, process: { instances: instances.length, followed, breaches: all } };
}

function ownState(kind: ClauseEntry['kind'], documents: CoverageDocument[], evidence: CoverageEvidence[], months: number, breachesOf: ReadonlyMap<string, readonly BreachRef[]>, openMajors: readonly string[], missed: Extract<CoverageWhy, { code: 'missed' }>['missed']): ReturnType<typeof stated> {
  if (kind === 'heading') return stated(undefined, { code: 'heading' });
  const by = documents.filter((d) => d.counts).map((d) => d.id);
  const proof = evidence.filter((e) => e.fresh).map((e) => e.id);
  if (by.length === 0) return stated('gap', { code: 'gap', candidates: documents.map(({ id, type, status }) => ({ id, type, status })) });
  if (proof.length === 0) {
    const latest = evidence[0] ? { id: evidence[0].id, date: evidence[0].date } : undefined;
    return stated('addressed', { code: 'addressed', by, months, ...(latest ? { latest } : {}) });
  }
  // Covered needs fresh records that show a procedure implementing the clause followed; a breach of one
  // caps the clause at addressed (until the findings register can record it, a later issue).
  const shown = [...new Map(proof.flatMap((id) => breachesOf.get(id) ?? []).filter((b) => by.includes(b.sop)).map((b) => [`${b.instance}#${b.sop}#${b.step}#${b.kind}`, b])).values()];
  if (shown.length && proof.every((id) => (breachesOf.get(id) ?? []).some((b) => by.includes(b.sop)))) return stated('addressed', { code: 'breached', by, proof, breaches: shown });
  if (openMajors.length) return stated('addressed', { code: 'finding', by, proof, findings: openMajors });
  if (missed.length) return stated('addressed', { code: 'missed', by, proof, missed });
  return stated('covered', { code: 'covered', by, proof });
}

// A clause with children takes the weakest state among itself and its children; excluded
// children are left out unless all are excluded.
function rollUp(id: string, own: Map<string, ClauseCoverage>, catalogue: readonly { id: string; parent: string | null }[]): ClauseCoverage {
  const self = own.get(id)!;
  const children = catalogue.filter((c) => c.parent === id).map((c) => rollUp(c.id, own, catalogue)).filter((c) => c.state);
  if (children.length === 0) return self;
  const states = [...children.map((c) => c.state!), ...(self.state ? [self.state] : [])];
  const live = states.filter((s) => s !== 'excluded');
  const state = live.length === 0 ? 'excluded' : live.reduce((a, b) => (RANK[a] <= RANK[b] ? a : b));
  const counts = COVERAGE_STATES.map((s) => [s, children.filter((c) => c.state === s).length] as const).filter(([, n]) => n > 0);
  return { ...self, ...stated(state, { code: 'rollup', children: children.length, counts }) };
}

function toCoverageDocument(doc: ValidDoc, asOf: string): CoverageDocument {
  return {
    id: doc.id,
    title: doc.data.title,
    type: doc.type,
    status: doc.data.status,
    version: doc.data.version,
    counts: countsForCoverage(doc, asOf),
  };
}

function toCoverageEvidence(e: ValidEvidence, state: EvidenceState): CoverageEvidence {
  return { id: e.id, title: e.data.title, date: e.data.date, fresh: state.counts, freshness: state.freshness, freshUntil: state.freshUntil };
}

/** A clause's state as its edition shows it: `withheld` where content above the build's profile would raise it. */
export function editionState(c: Pick<ClauseCoverage, 'state' | 'withheld'>): CoverageState | 'withheld' | undefined {
  return c.withheld ? 'withheld' : c.state;
}

/** The requirement clauses by the state their edition shows (a clause whose evidence is withheld is no gap). */
export function editionTotals(report: CoverageReport): Record<CoverageState | 'withheld', number> {
  const totals = { ...Object.fromEntries(COVERAGE_STATES.map((s) => [s, 0])), withheld: 0 } as Record<CoverageState | 'withheld', number>;
  for (const c of report.clauses) {
    const s = c.kind === 'requirement' ? editionState(c) : undefined;
    if (s) totals[s]++;
  }
  return totals;
}

/** Each chapter of the standard with requirement clauses (4-10): how many stand in each state its edition shows. */
export function coverageByChapter(report: CoverageReport): { readonly id: string; readonly title: string; readonly counts: Record<CoverageState | 'withheld', number> }[] {
  return report.clauses
    .filter((chapter) => chapter.parent === null && report.clauses.some((c) => c.parent === chapter.id && c.kind === 'requirement'))
    .map((chapter) => {
      const counts = { ...Object.fromEntries(COVERAGE_STATES.map((s) => [s, 0])), withheld: 0 } as Record<CoverageState | 'withheld', number>;
      for (const c of report.clauses) {
        const s = c.parent === chapter.id && c.kind === 'requirement' ? editionState(c) : undefined;
        if (s) counts[s]++;
      }
      return { id: chapter.id, title: chapter.title, counts };
    });
}

/**
 * Coverage as a build of `profiled.profile` may show it: computed over the published content only,
 * with each requirement clause whose state withheld content would raise marked `withheld`.
 */
export function computeProfiledCoverage(full: Corpus, profiled: ProfiledCorpus, options: { asOf: string; standard?: string; graph?: Graph; fullGraph?: Graph }): CoverageReport {
  const shown = computeCoverage(profiled.corpus, { asOf: options.asOf, standard: options.standard, graph: options.graph });
  const all = computeCoverage(full, { asOf: options.asOf, standard: options.standard, graph: options.fullGraph });
  const truth = new Map(all.clauses.map((c) => [c.id, c.state]));
  let withheld = 0;
  const clauses = shown.clauses.map((c) => {
    const better = truth.get(c.id);
    if (!c.state || !better || RANK[better] <= RANK[c.state]) return c;
    if (c.kind === 'requirement') withheld++;
    return { ...c, withheld: true, reason: coverageReasonText(c.why, profiled.profile) };
  });
  return { ...shown, clauses, totals: { ...shown.totals, withheld }, profile: profiled.profile };
}
