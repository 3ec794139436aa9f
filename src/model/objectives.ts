// Objectives and their measurements: the objectives a policy sets (POL-001 `objectives`), the periods
// each indicator's cadence asks for and when each falls due (rules `objective.measurement.<cadence>`),
// and each period's status from the measurements register: met, missed (the value fails the target
// rule's comparator), no data (due and not measured) or not yet due. The objective's state as of a date
// follows. Nothing is written by hand; checks, coverage, the calendar, the site and the exports read this.
import type { Cadence, Indicator, Measurement, Objective, Rule } from '../schema/index.ts';
import type { Corpus, RegisterEntry, ValidDoc } from './corpus.ts';
import { validDocs, validEntries } from './corpus.ts';
import { dueAt } from './process.ts';

export type MeasurementEntry = RegisterEntry<Measurement> & { readonly data: Measurement; readonly id: string };
export const validMeasurements = (corpus: Corpus): MeasurementEntry[] => validEntries(corpus.measurements);

/** The rule that sets how long after a period its measurement falls due, per cadence (yearly: the monthly report after it). */
export const OBJECTIVE_RULES = {
  due: (cadence: Cadence) => (cadence === 'quarterly' ? 'objective.measurement.quarterly' : 'objective.measurement.monthly'),
} as const;

/** The clauses a period due without a measurement weighs on in coverage (6.2 monitoring of objectives, 9.1 measurement), as a missed obligation does. */
export const MEASUREMENT_CLAUSES = ['gbt40144:6.2', 'gbt40144:9.1'] as const;

export const PERIOD_STATES = ['met', 'missed', 'no-data', 'not-due'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];
export const OBJECTIVE_STATES = ['met', 'missed', 'no-data', 'not-due'] as const;
export type ObjectiveState = (typeof OBJECTIVE_STATES)[number];

/** A period's granularity: `2026` year, `2026-H1` half, `2026-Q1` quarter, `2026-03` month. */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';
const RANK: Record<PeriodKind, number> = { month: 0, quarter: 1, half: 2, year: 3 };
const KIND_OF_CADENCE: Record<Cadence, PeriodKind> = { monthly: 'month', quarterly: 'quarter', yearly: 'year' };

/** The kind of a period and its first and last day. */
export function periodSpan(period: string): { kind: PeriodKind; from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const span = (kind: PeriodKind, m1: number, m2: number) => ({ kind, from: `${year}-${String(m1).padStart(2, '0')}-01`, to: last(year, m2) });
  const rest = period.slice(5);
  if (!rest) return span('year', 1, 12);
  if (rest.startsWith('H')) return rest === 'H1' ? span('half', 1, 6) : span('half', 7, 12);
  if (rest.startsWith('Q')) { const q = Number(rest.slice(1)); return span('quarter', q * 3 - 2, q * 3); }
  return span('month', Number(rest), Number(rest));
}

/** Whether a measurement's period fits an indicator's cadence: its own kind, or a coarser summary (a half year of a monthly indicator). */
export function fitsCadence(period: string, cadence: Cadence): 'own' | 'summary' | 'finer' {
  const rank = RANK[periodSpan(period).kind];
  const own = RANK[KIND_OF_CADENCE[cadence]];
  return rank === own ? 'own' : rank > own ? 'summary' : 'finer';
}

/** The periods an indicator's cadence asks for: its own kind, from `from` (or the year's start) to the deadline's year end; a yearly one ends at the deadline. */
export function cadencePeriods(objective: Objective, indicator: Indicator): string[] {
  const year = objective.deadline.slice(0, 4);
  const all = indicator.cadence === 'yearly' ? [year]
    : indicator.cadence === 'quarterly' ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
    : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const start = indicator.from ? periodSpan(indicator.from).from : `${year}-01-01`;
  return all.filter((p) => periodSpan(p).to >= start);
}

/** The last day a period counts to: its end, or the objective's deadline for a yearly indicator. */
export const periodEnd = (objective: Objective, indicator: Indicator, period: string): string =>
  indicator.cadence === 'yearly' && objective.deadline < periodSpan(period).to ? objective.deadline : periodSpan(period).to;

/** When a period's measurement falls due: its end plus the cadence's rule (undefined when the rule is missing). */
export function periodDue(objective: Objective, indicator: Indicator, period: string, rules: ReadonlyMap<string, Rule>): string | undefined {
  const rule = rules.get(OBJECTIVE_RULES.due(indicator.cadence));
  if (rule?.type !== 'duration') return undefined;
  return dueAt(periodEnd(objective, indicator, period), { value: rule.value, unit: rule.unit }).slice(0, 10);
}

/** Whether a value meets a target rule (its comparator and value); undefined for a rule with no number. */
export function meetsTarget(value: number, rule: Rule | undefined): boolean | undefined {
  if (!rule || rule.type === 'vocabulary') return undefined;
  switch (rule.comparator) {
    case '>=': return value >= rule.value;
    case '>': return value > rule.value;
    case '<=': return value <= rule.value;
    case '<': return value < rule.value;
    case '=': return value === rule.value;
  }
}

export interface PeriodStatus {
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** When its measurement falls due. */
  readonly due: string | undefined;
  readonly state: PeriodState;
  /** The measurement of the period (its own kind, or a coarser summary that the cadence does not ask for). */
  readonly measurement: MeasurementEntry | undefined;
  /** Whether the cadence asks for this period (false for a summary such as `2026-H1` of a monthly indicator). */
  readonly asked: boolean;
}

export interface IndicatorStatus {
  readonly indicator: Indicator;
  readonly rule: Rule | undefined;
  /** Every period asked for and every summary measured, in order of their end. */
  readonly periods: readonly PeriodStatus[];
  /** Periods due without a measurement. */
  readonly gaps: readonly PeriodStatus[];
  /** The latest measured period, summaries included. */
  readonly latest: PeriodStatus | undefined;
  readonly state: ObjectiveState;
}

export interface ObjectiveStatus {
  readonly objective: Objective;
  /** The policy that sets it. */
  readonly doc: ValidDoc;
  readonly indicators: readonly IndicatorStatus[];
  /** Missed when an indicator's latest value misses; else no data when a period due is not measured; else met; else not yet due. */
  readonly state: ObjectiveState;
}

/** Every objective with its policy, in the policies' order. */
export function objectivesOf(corpus: Corpus): { objective: Objective; doc: ValidDoc; index: number }[] {
  return validDocs(corpus).flatMap((doc) => (doc.type === 'policy' ? doc.data.objectives.map((objective, index) => ({ objective, doc, index })) : []));
}

/** An indicator's periods and state as of a date. */
export function indicatorStatus(objective: Objective, indicator: Indicator, measurements: readonly MeasurementEntry[], rules: ReadonlyMap<string, Rule>, asOf: string): IndicatorStatus {
  const rule = rules.get(indicator.target);
  const mine = measurements.filter((m) => m.data.objective === objective.id && m.data.indicator === indicator.id);
  const byPeriod = new Map(mine.map((m) => [m.data.period, m]));
  const judge = (period: string, asked: boolean): PeriodStatus => {
    const { from } = periodSpan(period);
    const to = periodEnd(objective, indicator, period);
    const due = periodDue(objective, indicator, period, rules);
    const measurement = byPeriod.get(period);
    const met = measurement ? meetsTarget(measurement.data.value, rule) : undefined;
    const state: PeriodState = measurement ? (met === false ? 'missed' : 'met') : due !== undefined && due < asOf ? 'no-data' : 'not-due';
    return { period, from, to, due, state, measurement, asked };
  };
  const asked = cadencePeriods(objective, indicator);
  const summaries = mine.map((m) => m.data.period).filter((p) => !asked.includes(p) && fitsCadence(p, indicator.cadence) === 'summary');
  const periods = [...asked.map((p) => judge(p, true)), ...summaries.map((p) => judge(p, false))]
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : RANK[periodSpan(a.period).kind] - RANK[periodSpan(b.period).kind]));
  const gaps = periods.filter((p) => p.state === 'no-data');
  const latest = periods.filter((p) => p.measurement).at(-1);
  const state: ObjectiveState = latest?.state === 'missed' ? 'missed' : gaps.length ? 'no-data' : latest ? 'met' : 'not-due';
  return { indicator, rule, periods, gaps, latest, state };
}

/** Every objective's status as of a date. */
export function objectiveStatuses(corpus: Corpus, asOf: string): ObjectiveStatus[] {
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const measurements = validMeasurements(corpus);
  return objectivesOf(corpus).map(({ objective, doc }) => {
    const indicators = objective.indicators.map((ind) => indicatorStatus(objective, ind, measurements, rules, asOf));
    const states = indicators.map((i) => i.state);
    const state: ObjectiveState = states.includes('missed') ? 'missed' : states.includes('no-data') ? 'no-data' : states.includes('met') ? 'met' : 'not-due';
    return { objective, doc, indicators, state };
  });
}
