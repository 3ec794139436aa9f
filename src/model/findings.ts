// The findings register: each finding's status and its dates derived from its facts (actions done,
// verification and its result), never written; the rules that set its time limits; and which findings
// record a process-conformance breach. Checks, coverage, the site view and the audit pack read this.
import type { Finding, Rule } from '../schema/index.ts';
import type { Corpus, RegisterEntry } from './corpus.ts';
import { validEntries } from './corpus.ts';
import { dueAt, stepRef } from './process.ts';

export type FindingEntry = RegisterEntry<Finding> & { readonly data: Finding; readonly id: string };
export const validFindings = (corpus: Corpus): FindingEntry[] => validEntries(corpus.findings);

/** Open: actions to plan or carry out; verifying: all actions done, not yet verified effective; closed: verified effective. */
export const FINDING_STATES = ['open', 'verifying', 'closed'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

/** The rules a finding's limits come from: the action plan per grade, the verification after the last action. */
export const FINDING_RULES = {
  plan: (grade: Finding['grade']) => `finding.plan.${grade}`,
  verification: 'nonconformity.verification.deadline',
} as const;

/** Whether a finding asks for corrective action (a nonconformity), rather than being a note to act on. */
export const isNonconformity = (f: Finding) => f.grade === 'major' || f.grade === 'minor';

export interface FindingStatus {
  readonly state: FindingState;
  /** Actions past their due date and not done. */
  readonly overdueActions: readonly number[];
  /** When verification falls due: stated, else the rule after the last action was done; undefined until then. */
  readonly verificationDue: string | undefined;
  readonly verificationOverdue: boolean;
  /** When the action plan was due (the grade's rule after it was raised), and whether it is late: no action by then. */
  readonly planDue: string | undefined;
  readonly planLate: boolean;
  /** The day it closed (the effective verification). */
  readonly closedOn: string | undefined;
  /** What falls due next while it is open: the earliest open action, else the verification, else the action plan. */
  readonly next: { readonly kind: 'action' | 'verification' | 'plan'; readonly date: string; readonly overdue: boolean } | undefined;
}

/** A finding's status as of a date. */
export function findingStatus(f: Finding, rules: ReadonlyMap<string, Rule>, asOf: string): FindingStatus {
  const v = f.verification;
  const closedOn = v?.result === 'effective' && v.date && v.date <= asOf ? v.date : undefined;
  const allDone = f.actions.length > 0 && f.actions.every((a) => a.done && a.done <= asOf);
  const state: FindingState = closedOn ? 'closed' : allDone || (!isNonconformity(f) && f.actions.length === 0 && v?.date !== undefined) ? 'verifying' : 'open';
  const overdueActions = closedOn ? [] : f.actions.flatMap((a, i) => (!a.done && a.due < asOf ? [i] : []));
  const lastDone = allDone ? f.actions.map((a) => a.done!).sort().at(-1) : undefined;
  const rule = rules.get(FINDING_RULES.verification);
  const verificationDue = v?.due ?? (lastDone && rule?.type === 'duration' ? dueAt(lastDone, { value: rule.value, unit: rule.unit }) : undefined);
  const planRule = rules.get(FINDING_RULES.plan(f.grade));
  const planDue = isNonconformity(f) && planRule?.type === 'duration' ? dueAt(f.raised, { value: planRule.value, unit: planRule.unit }) : undefined;
  const verificationOverdue = !closedOn && verificationDue !== undefined && verificationDue < asOf && !(v?.date && v.date <= asOf);
  const planLate = planDue !== undefined && planDue < asOf && f.actions.length === 0;
  const openAction = f.actions.filter((a) => !a.done).map((a) => a.due).sort()[0];
  const next: FindingStatus['next'] = closedOn ? undefined
    : openAction ? { kind: 'action', date: openAction, overdue: overdueActions.length > 0 }
    : verificationDue ? { kind: 'verification', date: verificationDue, overdue: verificationOverdue }
    : planDue ? { kind: 'plan', date: planDue, overdue: planLate }
    : undefined;
  return { state, overdueActions, verificationDue, verificationOverdue, planDue, planLate, closedOn, next };
}

/** Findings raised on or before a date (the register as it stood then). */
export const findingsAsOf = (corpus: Corpus, asOf: string): FindingEntry[] => validFindings(corpus).filter((f) => f.data.raised <= asOf);

/** What the findings raised by a date put on record: the records they were raised on, and missed occurrences of obligations. */
export interface FindingAnswers {
  readonly records: ReadonlySet<string>;
  /** By `DOC-id#obligation-id`: each finding's periods (occurrences' first days), or the day it was raised (every occurrence begun by then). */
  readonly misses: ReadonlyMap<string, readonly { readonly periods?: ReadonlySet<string>; readonly raised: string }[]>;
}

export function findingAnswers(corpus: Corpus, asOf: string): FindingAnswers {
  const findings = findingsAsOf(corpus, asOf);
  const misses = new Map<string, { periods?: ReadonlySet<string>; raised: string }[]>();
  for (const f of findings) {
    for (const o of f.data.source.obligations ?? []) misses.set(o.id, [...(misses.get(o.id) ?? []), { ...(o.periods ? { periods: new Set(o.periods) } : {}), raised: f.data.raised }]);
  }
  return { records: new Set(findings.flatMap((f) => (f.data.source.record ? [f.data.source.record] : []))), misses };
}

/** The problems findings put on record by check and place: `CB950#EV-2026-031` for a finding whose `source` names the check and its record or instance. */
export function recordedChecks(corpus: Corpus, asOf: string): ReadonlySet<string> {
  return new Set(
    findingsAsOf(corpus, asOf).flatMap(({ data: { source: s } }) => (s.check ? [s.record, s.instance].filter((x) => x !== undefined).map((x) => `${s.check}#${x}`) : [])),
  );
}

/** The breaches a finding records, as `instance#SOP-id#n`, one per step it names (coverage then stops capping the clause for them). */
export function recordedBreaches(f: Finding): string[] {
  if (f.source.kind !== 'conformance' || !f.source.instance || !f.source.step) return [];
  const { sop, steps } = stepRef(f.source.step);
  return steps.map((n) => `${f.source.instance}#${sop}#${n}`);
}
