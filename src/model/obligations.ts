// Recurring obligations: each obligation's occurrences from its RFC 5545 rule (the rrule library), and
// each occurrence's state from the records of its form: done (a record dated in its period or grace that
// meets the success criteria), failed (its record says otherwise), due (its period is running), overdue
// (its period ended, the grace is running), missed (the grace is over without a record) or future. Nothing is written by hand. Checks, coverage and the calendar read this.
// rrule ships CommonJS as its main entry: Node (and Vite's SSR, which leaves it external) load that, so its
// classes come through the default export.
import rrule from 'rrule';
import type { EvidenceInput, Obligation, SuccessCriterion } from '../schema/index.ts';
import type { FindingAnswers } from './findings.ts';

const { RRule } = rrule;
type RRule = InstanceType<typeof RRule>;
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { addDays } from './dates.ts';
import type { Graph } from './graph.ts';
import { relationshipDocs } from './relationships.ts';
import { stepRef } from './process.ts';

export const OCCURRENCE_STATES = ['done', 'failed', 'due', 'overdue', 'missed', 'future'] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];

export interface Occurrence {
  /** The first day of its period and the last (the day before the next occurrence, or `until`). */
  readonly from: string;
  readonly to: string;
  /** The last day a record still counts: `to` plus the grace. */
  readonly deadline: string;
  readonly state: OccurrenceState;
  /** The record that satisfied it (or, when failed, the one that did not). */
  readonly record: string | undefined;
  /** For a failed occurrence: the criteria its record does not meet. */
  readonly unmet?: readonly UnmetCriterion[];
  /** The record states no values, so whether it meets the success criteria cannot be told. */
  readonly unverifiable?: true;
}

/** A success criterion a record does not meet, and what the record says instead. */
export interface UnmetCriterion {
  readonly criterion: SuccessCriterion;
  readonly found: unknown;
}

/** The criteria a record's values do not meet; undefined when the record states no values at all. */
export function unmetCriteria(criteria: readonly SuccessCriterion[], values: EvidenceInput['values']): UnmetCriterion[] | undefined {
  if (!criteria.length) return [];
  if (!values) return undefined;
  return criteria.flatMap((criterion) => {
    const found = values[criterion.field];
    const filled = found !== undefined && found !== '' && !(Array.isArray(found) && found.length === 0);
    const met = (criterion.filled === undefined || filled)
      && (criterion.equals === undefined || found === criterion.equals)
      && (criterion.min === undefined || (typeof found === 'number' && found >= criterion.min))
      && (criterion.max === undefined || (typeof found === 'number' && found <= criterion.max));
    return met ? [] : [{ criterion, found }];
  });
}

/** A criterion as a check's message states it: `drill_result = 通过`, `participants >= 5`, `findings filled`. */
export function criterionText(c: SuccessCriterion): string {
  return [c.filled ? `${c.field} filled` : '', c.equals !== undefined ? `${c.field} = ${String(c.equals)}` : '', c.min !== undefined ? `${c.field} >= ${c.min}` : '', c.max !== undefined ? `${c.field} <= ${c.max}` : ''].filter(Boolean).join(' and ');
}

/** One obligation of one document, for the organisation or for one relationship. */
export interface ObligationRun {
  readonly doc: ValidDoc;
  readonly index: number;
  readonly obligation: Obligation;
  /** The relationship it runs for (per-relationship obligations). */
  readonly relationship: string | undefined;
  readonly occurrences: readonly Occurrence[];
}

/** The rule's occurrence dates from `start` up to `until` and a year past `asOf`; undefined when the rule does not parse. */
export function occurrenceDates(ob: Obligation, asOf: string): string[] | undefined {
  let rule: RRule;
  try {
    rule = new RRule({ ...RRule.parseString(ob.rrule), dtstart: new Date(`${ob.start}T00:00:00Z`) });
  } catch {
    return undefined;
  }
  const end = ob.until ?? addDays(asOf, 366);
  return rule.between(new Date(`${ob.start}T00:00:00Z`), new Date(`${end}T00:00:00Z`), true).map((d) => d.toISOString().slice(0, 10));
}

/** Whether an obligation's rule parses (CB912 when it does not), and why not. */
export function ruleProblem(ob: Obligation): string | undefined {
  try {
    const options = RRule.parseString(ob.rrule);
    if (options.freq === undefined) return 'it names no FREQ (e.g. FREQ=MONTHLY;INTERVAL=3)';
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The fields an obligation's success criteria may name: its form's, when the form is a template. */
export function formFields(ob: Obligation, graph: Graph): ReadonlySet<string> | undefined {
  const form = graph.docs.get(ob.form);
  return form?.type === 'template' ? new Set(form.data.fields.map((f) => f.key)) : undefined;
}

/** Every obligation's occurrences with their states as of a date. */
export function obligationRuns(corpus: Corpus, graph: Graph, asOf: string): ObligationRun[] {
  const runs: ObligationRun[] = [];
  const relationships = relationshipDocs(corpus).filter((r) => r.data.stage >= 5 && !r.data.exit.activated);
  for (const doc of validDocs(corpus)) {
    if (doc.type !== 'sop' && doc.type !== 'template' && doc.type !== 'policy') continue;
    doc.data.obligations.forEach((obligation, index) => {
      const dates = occurrenceDates(obligation, asOf);
      if (!dates) return;
      // Criteria on fields the form does not have are refused (CB915) and judge nothing.
      const fields = formFields(obligation, graph);
      const criteria = obligation.success.filter((c) => fields?.has(c.field));
      // With a step, only the records of that step of the procedure count.
      const ofStep = (step: string | undefined) => obligation.step === undefined || (step !== undefined && stepRef(step).sop === obligation.form && stepRef(step).steps.includes(obligation.step));
      const scopes = obligation.per === 'relationship' ? relationships.map((r) => r.id) : [undefined];
      for (const relationship of scopes) {
        const records = [...graph.evidence.values()]
          .filter((r) => r.data.produced_by === obligation.form && ofStep(r.data.step) && (obligation.kinds.length === 0 || obligation.kinds.includes(r.data.kind)) && (r.data.fulfils === undefined ? !obligation.named : r.data.fulfils === `${doc.id}#${obligation.id}`) && (relationship === undefined || r.data.instance === relationship) && r.data.date <= asOf)
          .map((r) => ({ id: r.id, date: r.data.date, unmet: unmetCriteria(criteria, r.data.values) }))
          .sort((a, b) => (a.date < b.date ? -1 : 1));
        // A record satisfies one occurrence only: the earliest whose period (with its grace) holds it, one
        // that meets the success criteria before one that does not.
        const used = new Set<string>();
        const occurrences = dates.map((from, i): Occurrence => {
          const next = dates[i + 1];
          const to = next ? addDays(next, -1) : obligation.until ?? addDays(from, 365);
          const deadline = addDays(to, obligation.grace_days);
          const held = records.filter((r) => !used.has(r.id) && r.date >= from && r.date <= deadline);
          const record = held.find((r) => !r.unmet?.length) ?? held[0];
          if (record) used.add(record.id);
          if (record?.unmet?.length) return { from, to, deadline, state: 'failed', record: record.id, unmet: record.unmet };
          if (record) return { from, to, deadline, state: 'done', record: record.id, ...(record.unmet === undefined ? { unverifiable: true as const } : {}) };
          const state: OccurrenceState = from > asOf ? 'future' : asOf <= to ? 'due' : asOf <= deadline ? 'overdue' : 'missed';
          return { from, to, deadline, state, record: undefined };
        });
        runs.push({ doc, index, obligation, relationship, occurrences });
      }
    });
  }
  return runs;
}

/** Whether a finding puts an occurrence on record: a failed one by its record, a missed one by `source.obligations`. */
export function onRecord(run: Pick<ObligationRun, 'doc' | 'obligation'>, o: Occurrence, answers: FindingAnswers): boolean {
  if (o.state === 'failed') return answers.records.has(o.record!);
  const recorded = answers.misses.get(`${run.doc.id}#${run.obligation.id}`) ?? [];
  return o.state === 'missed' && recorded.some((m) => (m.periods ? m.periods.has(o.from) : o.from <= m.raised));
}

/**
 * Whether an occurrence caps its clauses (coverage): a missed one always (the duty was not done, a finding
 * or not), a failed one unless a finding is raised on its record (the duty was done; what it found is followed up).
 */
export const countsAgainst = (run: Pick<ObligationRun, 'doc' | 'obligation'>, o: Occurrence, answers: FindingAnswers): boolean =>
  o.state === 'missed' || (o.state === 'failed' && !onRecord(run, o, answers));

/** The clauses an obligation answers for: its own, else its document's. */
export const obligationClauses = (run: Pick<ObligationRun, 'doc' | 'obligation'>): readonly string[] => (run.obligation.clauses.length ? run.obligation.clauses : run.doc.data.clauses);
