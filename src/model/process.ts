// Process conformance: an SOP's steps as data, and the records of each process instance (a case) checked
// against them: every required step has its record, steps follow each other, each time limit holds, each
// gate is decided by the role the procedure names, and each record states what its form computes. Checks (checks/process.ts), coverage and pages read this.
import type { Rule, SopStep } from '../schema/index.ts';
import type { Corpus, ValidDoc } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { addDays, addMonths, minutesBetween, workingDaysBetween } from './dates.ts';
import type { Graph, ValidEvidence } from './graph.ts';
import { resultDeviations } from './forms.ts';
import type { ResultDeviation } from './forms.ts';

type Sop = Extract<ValidDoc, { type: 'sop' }>;
type DurationUnit = 'minutes' | 'hours' | 'days' | 'working_days' | 'weeks' | 'months';

/** A step's time limit in a unit, resolved from its rule when it cites one. */
export interface Limit {
  readonly value: number;
  readonly unit: DurationUnit;
  readonly rule?: string;
}

/** The limit of a step, or undefined (no limit, or a rule that is not a duration). */
export function stepLimit(step: SopStep, rules: ReadonlyMap<string, Rule>): Limit | undefined {
  if (!step.limit) return undefined;
  if ('value' in step.limit) return { value: step.limit.value, unit: step.limit.unit };
  const rule = rules.get(step.limit.rule);
  return rule?.type === 'duration' ? { value: rule.value, unit: rule.unit, rule: rule.id } : undefined;
}

/** How long from `from` to `to` in `unit` (`from`/`to` are dates or date-times); months compare calendar dates. */
export function elapsed(from: string, to: string, unit: DurationUnit): number {
  switch (unit) {
    case 'minutes': return minutesBetween(from, to);
    case 'hours': return Math.round((minutesBetween(from, to) / 60) * 10) / 10;
    case 'days': return Math.round(minutesBetween(from, to) / 1440);
    case 'working_days': return workingDaysBetween(from.slice(0, 10), to.slice(0, 10));
    case 'weeks': return Math.round((minutesBetween(from, to) / 10080) * 10) / 10;
    case 'months': {
      let months = 0;
      while (addMonths(from.slice(0, 10), months + 1) <= to.slice(0, 10)) months++;
      return months;
    }
  }
}

/** When a record was made: its `at`, else its date. */
export const recordTime = (r: ValidEvidence): string => r.data.at ?? r.data.date;

/** One run of one procedure: the records of a case that evidence steps of an SOP. */
export interface ProcessInstance {
  readonly instance: string;
  readonly sop: Sop;
  /** Records by step number (0 is the trigger), earliest first. */
  readonly steps: ReadonlyMap<number, readonly ValidEvidence[]>;
  /** The case the records belong to, when it is a case on this site. */
  readonly caseDoc: ValidDoc | undefined;
  /** Whether the instance is over (its case has an end date): every required step must then be on record. */
  readonly closed: boolean;
  /** The results its records state that their forms compute differently, by record id (forms.ts). */
  readonly deviations: ReadonlyMap<string, readonly ResultDeviation[]>;
}

export type Breach =
  | { readonly kind: 'missing'; readonly step: SopStep }
  | { readonly kind: 'order'; readonly step: SopStep; readonly record: ValidEvidence; readonly before: SopStep; readonly beforeAt: string; readonly at: string }
  | { readonly kind: 'late'; readonly step: SopStep; readonly record: ValidEvidence; readonly limit: Limit; readonly measured: number; readonly from: string; readonly at: string }
  | { readonly kind: 'gate'; readonly step: SopStep; readonly record: ValidEvidence; readonly expected: string; readonly actual: string | undefined }
  /** Records of the step state results their forms compute differently (one breach per step; `record` is the first). */
  | { readonly kind: 'result'; readonly step: SopStep; readonly record: ValidEvidence; readonly deviations: readonly ResultDeviation[] };

/** A step reference `SOP-id#n` or `SOP-id#first-last`: the procedure and the steps it names, in order. */
export function stepRef(ref: string): { readonly sop: string; readonly steps: readonly number[] } {
  const [sop, range] = ref.split('#') as [string, string];
  const [first, last = first] = range.split('-').map(Number) as [number, number?];
  return { sop, steps: Array.from({ length: Math.max(0, last - first) + 1 }, (_, i) => first + i) };
}

/** Every process instance of the corpus, by case and SOP. */
export function processInstances(corpus: Corpus, graph: Graph): ProcessInstance[] {
  const sops = new Map(validDocs(corpus).flatMap((d) => (d.type === 'sop' ? [[d.id, d] as const] : [])));
  const groups = new Map<string, { instance: string; sop: Sop; steps: Map<number, ValidEvidence[]> }>();
  for (const record of graph.evidence.values()) {
    const { instance, step } = record.data;
    if (!instance || !step) continue;
    const { sop: sopId, steps } = stepRef(step);
    const sop = sops.get(sopId);
    if (!sop) continue;
    const key = `${instance}\0${sopId}`;
    const group = groups.get(key) ?? { instance, sop, steps: new Map() };
    for (const n of steps) group.steps.set(n, [...(group.steps.get(n) ?? []), record].sort((a, b) => (recordTime(a) < recordTime(b) ? -1 : 1)));
    groups.set(key, group);
  }
  const rules = new Map((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  return [...groups.values()].map((g) => {
    const caseDoc = graph.docs.get(g.instance);
    const closed = caseDoc?.type === 'case' && caseDoc.data.period.end !== undefined;
    const deviations = new Map<string, readonly ResultDeviation[]>();
    for (const records of g.steps.values()) {
      for (const record of records) {
        const form = graph.docs.get(record.data.produced_by);
        const found = form?.type === 'template' ? resultDeviations(record.data, form.data, rules) : [];
        if (found.length) deviations.set(record.id, found);
      }
    }
    return { ...g, caseDoc, closed, deviations };
  }).sort((a, b) => a.instance.localeCompare(b.instance) || a.sop.id.localeCompare(b.sop.id));
}

/**
 * When step `n` of an instance was first recorded; step 0 is the trigger: its record, else the case's
 * start. Breaches and timelines both measure from here.
 */
export function stepTime(instance: ProcessInstance, n: number): string | undefined {
  const first = instance.steps.get(n)?.[0];
  if (first) return recordTime(first);
  return n === 0 && instance.caseDoc?.type === 'case' ? instance.caseDoc.data.period.start : undefined;
}

/** The breaches of one instance, in step order. */
export function breaches(instance: ProcessInstance, rules: ReadonlyMap<string, Rule>): Breach[] {
  const out: Breach[] = [];
  const steps = instance.sop.data.steps;
  const evidenced = [...instance.steps.keys()].filter((n) => n > 0);
  const last = instance.closed ? Math.max(0, ...steps.map((s) => s.n)) : Math.max(0, ...evidenced);
  const firstTime = (n: number) => stepTime(instance, n);
  for (const step of steps) {
    const records = instance.steps.get(step.n) ?? [];
    if (records.length === 0) {
      // A step that names no record and fills no form leaves nothing to file: it is not missing.
      const leavesRecord = step.records.length > 0 || step.forms.length > 0;
      if (step.n <= last && !step.optional && leavesRecord) out.push({ kind: 'missing', step });
      continue;
    }
    const record = records[0]!;
    const at = recordTime(record);
    const previous = [...steps].reverse().find((s) => s.n < step.n && instance.steps.has(s.n));
    const beforeAt = previous ? firstTime(previous.n) : undefined;
    if (previous && beforeAt && at < beforeAt) out.push({ kind: 'order', step, record, before: previous, beforeAt, at });
    const limit = stepLimit(step, rules);
    const from = firstTime(step.after ?? step.n - 1);
    // A limit in hours or minutes is judged only between two times of day: from a date alone (midnight) it
    // would measure the hours before anything happened.
    const timed = limit?.unit !== 'hours' && limit?.unit !== 'minutes' ? true : from !== undefined && from.length > 10 && at.length > 10;
    if (limit && from && timed) {
      const measured = elapsed(from, at, limit.unit);
      if (measured > limit.value) out.push({ kind: 'late', step, record, limit, measured, from, at });
    }
    // A record of several steps names one decider: that of the last decision it records (an approval form
    // signed at three levels records who gave the final approval); the earlier gates are not judged by it.
    const gatesRecorded = record.data.step ? stepRef(record.data.step).steps.filter((n) => steps.find((s) => s.n === n)?.gate) : [step.n];
    const judged = gatesRecorded.at(-1) === step.n;
    if (step.gate && judged && record.data.decided_by !== step.gate.by) out.push({ kind: 'gate', step, record, expected: step.gate.by, actual: record.data.decided_by });
    const deviating = records.filter((r) => instance.deviations.has(r.id));
    if (deviating.length) out.push({ kind: 'result', step, record: deviating[0]!, deviations: deviating.flatMap((r) => instance.deviations.get(r.id)!) });
  }
  return out;
}

/** When a limit counted from `from` runs out (a date-time for minutes and hours, else a date). */
export function dueAt(from: string, limit: Limit): string {
  const date = from.slice(0, 10);
  switch (limit.unit) {
    case 'minutes':
    case 'hours': {
      const base = Date.parse(`${from.length === 10 ? `${from}T00:00` : from}:00Z`);
      return new Date(base + limit.value * (limit.unit === 'hours' ? 60 : 1) * 60_000).toISOString().slice(0, 16);
    }
    case 'days': return addDays(date, Math.ceil(limit.value));
    case 'weeks': return addDays(date, Math.ceil(limit.value * 7));
    case 'months': return addMonths(date, Math.ceil(limit.value));
    case 'working_days': {
      let day = date;
      for (let left = Math.ceil(limit.value); left > 0; ) {
        day = addDays(day, 1);
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        if (weekday !== 0 && weekday !== 6) left--;
      }
      return day;
    }
  }
}

/** The view of an instance: each step with its record, its limit and what broke. */
export function instanceSteps(instance: ProcessInstance, rules: ReadonlyMap<string, Rule>) {
  const found = breaches(instance, rules);
  const start = stepTime(instance, 0);
  const timeOf = (n: number) => stepTime(instance, n);
  const steps = instance.sop.data.steps.map((step) => {
    const record = instance.steps.get(step.n)?.[0];
    const limit = stepLimit(step, rules);
    const from = timeOf(step.after ?? step.n - 1);
    return {
      n: step.n, title: step.title, record: record?.id, at: record ? recordTime(record) : undefined, from, limit,
      due: limit && from ? dueAt(from, limit) : undefined,
      breaches: found.filter((b) => b.step.n === step.n).map((b) => b.kind),
    };
  });
  return { start, steps, breaches: found };
}
