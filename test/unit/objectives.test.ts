// Objectives: the periods a cadence asks for, when each falls due, each period's status from the
// measurements and the target rule, and the objective's state as of a date.
import { describe, expect, test } from 'vitest';
import { dueItems } from '../../src/model/calendar.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { cadencePeriods, fitsCadence, meetsTarget, objectiveStatuses, periodDue, periodSpan } from '../../src/model/objectives.ts';
import { runChecks } from '../../src/model/checks/index.ts';
import type { Objective, Rule } from '../../src/schema/index.ts';
import { FIXTURE_AS_OF, loadFixture } from '../load-fixture.ts';

const objective = (over: Partial<Objective> = {}): Objective => ({
  id: 'OBJ-2026-01', title: '按期交付', owner: 'lin', department: 'cmo', deadline: '2026-12-31',
  indicators: [{ id: 'rate', measure: '按期交付率', unit: '%', target: 'rate', cadence: 'monthly', source: ['SOP-018'] }], ...over,
});
const rules = new Map<string, Rule>([
  ['objective.measurement.monthly', { id: 'objective.measurement.monthly', label: '月报时限', type: 'duration', value: 5, unit: 'working_days', defined_by: 'POL-001', clauses: [], comparator: '=' }],
  ['objective.measurement.quarterly', { id: 'objective.measurement.quarterly', label: '季报时限', type: 'duration', value: 15, unit: 'days', defined_by: 'POL-001', clauses: [], comparator: '=' }],
]);

describe('periods', () => {
  test('should read a year, half, quarter and month as their first and last day', () => {
    expect(periodSpan('2026')).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(periodSpan('2026-H2')).toEqual({ kind: 'half', from: '2026-07-01', to: '2026-12-31' });
    expect(periodSpan('2026-Q1')).toEqual({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
    expect(periodSpan('2026-02')).toEqual({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
  });

  test('should take a coarser period as a summary and refuse a finer one', () => {
    expect(fitsCadence('2026-03', 'monthly')).toBe('own');
    expect(fitsCadence('2026-H1', 'monthly')).toBe('summary');
    expect(fitsCadence('2026-03', 'quarterly')).toBe('finer');
  });

  test('should ask for every period of the year from `from` on, and for one yearly period ending at the deadline', () => {
    const o = objective();
    expect(cadencePeriods(o, o.indicators[0]!)).toHaveLength(12);
    expect(cadencePeriods(o, { ...o.indicators[0]!, from: '2026-06' })[0]).toBe('2026-06');
    const yearly = objective({ deadline: '2026-09-30', indicators: [{ ...o.indicators[0]!, cadence: 'yearly' }] });
    expect(cadencePeriods(yearly, yearly.indicators[0]!)).toEqual(['2026']);
    // Yearly: due after the deadline within the monthly rule (the monthly report after it), not after the year.
    expect(periodDue(yearly, yearly.indicators[0]!, '2026', rules)).toBe('2026-10-07');
  });

  test('should fall due on the 5th working day after a month and 15 days after a quarter', () => {
    const o = objective();
    expect(periodDue(o, o.indicators[0]!, '2026-01', rules)).toBe('2026-02-06');
    expect(periodDue(o, { ...o.indicators[0]!, cadence: 'quarterly' }, '2026-Q1', rules)).toBe('2026-04-15');
  });
});

describe('targets', () => {
  test('should judge a value by the rule\'s comparator', () => {
    const at = (comparator: Rule['comparator'], value: number): Rule => ({ id: 'x', label: 'x', type: 'percentage', value, defined_by: 'POL-001', clauses: [], comparator });
    expect(meetsTarget(90, at('>=', 90))).toBe(true);
    expect(meetsTarget(88, at('>=', 90))).toBe(false);
    expect(meetsTarget(21, at('<=', 24))).toBe(true);
    expect(meetsTarget(0, at('<=', 0))).toBe(true);
    expect(meetsTarget(1, undefined)).toBeUndefined();
  });
});

describe('status as of a date', () => {
  test('should call a measured period met, a due one without a measurement no data, and a later one not yet due', async () => {
    const corpus = await loadFixture('objectives-valid');
    const [status] = objectiveStatuses(corpus, FIXTURE_AS_OF);
    const rate = status!.indicators[0]!;
    expect(rate.periods.map((p) => [p.period, p.state])).toEqual([['2026-Q1', 'met'], ['2026-Q2', 'not-due'], ['2026-Q3', 'not-due'], ['2026-Q4', 'not-due']]);
    expect(status!.state).toBe('met');
    // The same content a day before Q1 fell due, and after Q2 fell due unmeasured.
    expect(objectiveStatuses(corpus, '2026-04-15')[0]!.indicators[0]!.periods[0]!.state).toBe('met');
    const later = objectiveStatuses(corpus, '2026-07-16')[0]!;
    expect(later.indicators[0]!.gaps.map((g) => g.period)).toEqual(['2026-Q2']);
    expect(later.state).toBe('no-data');
  });

  test('should call an objective missed when an indicator\'s latest value misses, whatever else is due', async () => {
    const corpus = await loadFixture('objectives-valid');
    const missed = { ...corpus, measurements: corpus.measurements.map((m) => ({ ...m, data: { ...m.data!, value: 85 } })) };
    expect(objectiveStatuses(missed, '2026-07-16')[0]!.state).toBe('missed');
  });

  test('should list each unmeasured period as a due item with a stable uid, overdue once due', async () => {
    const corpus = await loadFixture('CB931');
    const items = dueItems(corpus, buildGraph(corpus), FIXTURE_AS_OF).filter((i) => i.kind === 'measurement');
    expect(items.map((i) => [i.uid, i.date, i.state])).toEqual([
      ['measurement-OBJ-2026-01-on-time-rate-2026-Q1', '2026-04-15', 'overdue'],
      ['measurement-OBJ-2026-01-on-time-rate-2026-Q2', '2026-07-15', 'due'],
      ['measurement-OBJ-2026-01-on-time-rate-2026-Q3', '2026-10-15', 'later'],
      ['measurement-OBJ-2026-01-on-time-rate-2026-Q4', '2027-01-15', 'later'],
      ['measurement-OBJ-2026-01-satisfaction-2026', '2027-01-07', 'later'],
    ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)));
  });

  test('should report a record dated before its period ends (CB934)', async () => {
    const corpus = await loadFixture('objectives-valid');
    const early = { ...corpus, evidence: corpus.evidence.map((e) => (e.id === 'EV-2026-003' ? { ...e, data: { ...e.data!, date: '2026-03-20' } } : e)) };
    const problems = runChecks(early, { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB934');
    expect(problems.map((p) => p.message)).toEqual(['OBJ-2026-01 on-time-rate 2026-Q1: EV-2026-003 is dated 2026-03-20, before the period ends on 2026-03-31']);
  });
});

describe('profiles', () => {
  test('should withhold a measurement above the profile, and every measurement of an objective whose policy is withheld', async () => {
    const { applyProfile } = await import('../../src/model/profile.ts');
    const corpus = await loadFixture('objectives-valid');
    const pub = (c: typeof corpus) => applyProfile(c, 'public').corpus.measurements.length;
    // The fixture's measurement is internal (the default): the public build has none of it.
    expect(pub(corpus)).toBe(0);
    const asPublic = { ...corpus, measurements: corpus.measurements.map((m) => ({ ...m, data: { ...m.data!, classification: 'public' as const } })) };
    expect(pub(asPublic)).toBe(1);
    const internalPolicy = { ...asPublic, documents: asPublic.documents.map((d) => (d.id === 'POL-001' && d.data ? { ...d, data: { ...d.data, classification: 'internal' as const } } : d)) } as typeof corpus;
    expect(pub(internalPolicy)).toBe(0);
  });
});
