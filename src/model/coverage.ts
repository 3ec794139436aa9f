// Clause coverage: gap / addressed / covered / excluded per requirement clause, rolled up to parents.
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { addMonths } from './dates.ts';
import type { ClauseEntry, Graph, ValidEvidence } from './graph.ts';
import { buildGraph, isInForce } from './graph.ts';
import type { ProfiledCorpus, Profile } from './profile.ts';
import { evidenceState } from './freshness.ts';
import type { EvidenceState, Freshness } from './freshness.ts';

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
  /** Why the state is what it is, in one English sentence for the terminal and exports. */
  readonly reason: string;
  readonly documents: readonly CoverageDocument[];
  readonly evidence: readonly CoverageEvidence[];
  readonly cases: readonly string[];
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
  /** The build profile the report was made for; undefined when computed over all content (checks, tests). */
  readonly profile?: Profile;
}

const COUNTING_TYPES = new Set(['policy', 'sop']);
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

  const own = new Map<string, ClauseCoverage>();
  for (const clause of catalogue) {
    const ref = `${standard}:${clause.id}`;
    const implementing = docs.filter((d) => d.data.clauses.includes(ref) && d.type !== 'case');
    const documents = implementing.map((d) => toCoverageDocument(d, options.asOf));
    const evidence = [...graph.evidence.values()]
      .filter((e) => e.data.clauses.includes(ref) && e.data.date <= options.asOf)
      .map((e) => toCoverageEvidence(e, evidenceStates.get(e.id)!))
      .sort((a, b) => (a.date < b.date ? 1 : -1));
    const cases = docs.filter((d) => d.type === 'case' && d.data.clauses.includes(ref)).map((d) => d.id);
    const exclusion = exclusions.get(ref);
    const base = { ref, id: clause.id, title: clause.title_zh, titleEn: clause.title_en, kind: clause.kind, parent: clause.parent, stage: clause.stage, documents, evidence, cases };
    if (clause.kind === 'informative') {
      own.set(clause.id, { ...base, state: undefined, reason: 'Informative clause: no requirement to cover.' });
    } else if (exclusion) {
      own.set(clause.id, { ...base, state: 'excluded', reason: `Excluded in applicability.yaml: ${exclusion.justification}`, exclusion: { justification: exclusion.justification, approvedBy: exclusion.approved_by, date: exclusion.date } });
    } else {
      own.set(clause.id, { ...base, ...ownState(clause.kind, documents, evidence, freshnessMonths) });
    }
  }
  const clauses = catalogue.map((c) => rollUp(c.id, own, catalogue));
  const totals = { covered: 0, addressed: 0, gap: 0, excluded: 0, requirements: 0 };
  for (const c of clauses) {
    if (c.kind !== 'requirement' || !c.state) continue;
    totals[c.state]++;
    totals.requirements++;
  }
  return { asOf: options.asOf, standard, freshnessMonths, freshSince, dueSoonDays, evidenceStates, clauses, totals };
}

function ownState(kind: ClauseEntry['kind'], documents: CoverageDocument[], evidence: CoverageEvidence[], months: number): { state: CoverageState | undefined; reason: string } {
  if (kind === 'heading') return { state: undefined, reason: '' };
  const counting = documents.filter((d) => d.counts);
  const fresh = evidence.filter((e) => e.fresh);
  if (counting.length === 0) {
    const others = documents.length ? ` (${documents.map((d) => `${d.id} is ${d.type === 'template' ? 'a template' : d.status}`).join(', ')})` : '';
    return { state: 'gap', reason: `No approved, in-force policy or SOP implements it${others}.` };
  }
  const by = counting.map((d) => d.id).join(', ');
  if (fresh.length === 0) {
    const stale = evidence.length ? ` (latest ${evidence[0]!.id}, ${evidence[0]!.date})` : '';
    return { state: 'addressed', reason: `Implemented by ${by}, but no evidence from the last ${months} months${stale}.` };
  }
  return { state: 'covered', reason: `Implemented by ${by}; proven by ${fresh.map((e) => e.id).join(', ')}.` };
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
  return { ...self, state, reason: `Rolled up from ${children.length} sub-clauses: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}.` };
}

function toCoverageDocument(doc: ValidDoc, asOf: string): CoverageDocument {
  return {
    id: doc.id,
    title: doc.data.title,
    type: doc.type,
    status: doc.data.status,
    version: doc.data.version,
    counts: COUNTING_TYPES.has(doc.type) && isInForce(doc, asOf),
  };
}

function toCoverageEvidence(e: ValidEvidence, state: EvidenceState): CoverageEvidence {
  return { id: e.id, title: e.data.title, date: e.data.date, fresh: state.counts, freshness: state.freshness, freshUntil: state.freshUntil };
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
    const note = `Content above the ${profiled.profile} profile also bears on this clause; it is neither shown nor counted in this build.`;
    return { ...c, withheld: true, reason: `${c.reason} ${note}` };
  });
  return { ...shown, clauses, totals: { ...shown.totals, withheld }, profile: profiled.profile };
}
