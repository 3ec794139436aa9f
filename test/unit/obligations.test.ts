// Recurring obligations: occurrences from an RFC 5545 rule, each one's state from the records of its form.
import { expect, test } from 'vitest';
import type { Corpus } from '../../src/model/corpus.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { obligationRuns, occurrenceDates } from '../../src/model/obligations.ts';
import { loadFixture } from '../load-fixture.ts';

test('should expand a quarterly rule from its start', () => {
  const ob = { id: 'x', title: '季度复核', rrule: 'FREQ=MONTHLY;INTERVAL=3', start: '2026-01-01', form: 'TPL-001', per: 'organisation' as const, grace_days: 0, clauses: [], success: [], kinds: [], named: false };
  expect(occurrenceDates(ob, '2026-06-01')!.slice(0, 4)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
  expect(occurrenceDates({ ...ob, rrule: 'nonsense' }, '2026-06-01')).toBeUndefined();
});

test('should call each occurrence done, due, overdue, missed or future from the records and the grace', async () => {
  const corpus = await loadFixture('CB911');
  const graph = buildGraph(corpus);
  const states = (asOf: string) => obligationRuns(corpus, graph, asOf)[0]!.occurrences.slice(0, 4).map((o) => `${o.from} ${o.state}${o.record ? ` ${o.record}` : ''}`);
  // Q4 2025 has no record; Q1 2026 has EV-2026-001 (2026-02-10).
  expect(states('2026-06-01')).toEqual(['2025-10-01 missed', '2026-01-01 done EV-2026-001', '2026-04-01 due', '2026-07-01 future']);
  // Five days after Q4 ended, the 10-day grace is still running.
  expect(states('2026-01-05')[0]).toBe('2025-10-01 overdue');
});

test('should let one record satisfy one occurrence only, though the grace makes periods overlap', async () => {
  const corpus = await loadFixture('CB911');
  const graph = buildGraph(corpus);
  const sop = corpus.documents.find((d) => d.id === 'SOP-001')!;
  if (sop.type !== 'sop' || !sop.data) throw new Error('SOP-001 is an SOP');
  // Periods from 2025-11-15: the record of 2026-02-10 falls in the grace of the first and in the second.
  const data = { ...sop.data, obligations: [{ ...sop.data.obligations[0]!, start: '2025-11-15', grace_days: 30 }] };
  const shifted: Corpus = { ...corpus, documents: corpus.documents.map((d) => (d === sop ? { ...sop, data } : d)) };
  const [first, second] = obligationRuns(shifted, graph, '2026-07-01')[0]!.occurrences;
  expect([first!.state, first!.record]).toEqual(['done', 'EV-2026-001']);
  expect([second!.state, second!.record]).toEqual(['missed', undefined]);
});

test('should call an occurrence failed when its record does not meet the success criteria, and prefer a record that does', async () => {
  const { unmetCriteria, countsAgainst } = await import('../../src/model/obligations.ts');
  const criteria = [{ field: 'grade', equals: '推荐' }, { field: 'score', min: 3 }, { field: 'notes', filled: true as const }];
  expect(unmetCriteria(criteria, { grade: '推荐', score: 3.5, notes: '已复核' })).toEqual([]);
  expect(unmetCriteria(criteria, { grade: '备选', score: 2, notes: '' })!.map((u) => [u.criterion.field, u.found])).toEqual([['grade', '备选'], ['score', 2], ['notes', '']]);
  expect(unmetCriteria(criteria, undefined)).toBeUndefined();
  expect(unmetCriteria([], undefined)).toEqual([]);

  const corpus = await loadFixture('CB913');
  const graph = buildGraph(corpus);
  const first = (c: Corpus) => obligationRuns(c, buildGraph(c), '2026-06-01')[0]!.occurrences[0]!;
  expect(first(corpus)).toMatchObject({ state: 'failed', record: 'EV-2026-001', unmet: [{ criterion: { field: 'grade' }, found: '备选' }] });
  const run = obligationRuns(corpus, graph, '2026-06-01')[0]!;
  expect(countsAgainst(run, first(corpus), { records: new Set(), misses: new Map() })).toBe(true);
  // A finding raised on the record puts the failure on record: it no longer counts against the clause.
  expect(countsAgainst(run, first(corpus), { records: new Set(['EV-2026-001']), misses: new Map() })).toBe(false);
  // A second record in the same quarter that meets the criteria satisfies it.
  const good = { ...graph.evidence.get('EV-2026-001')!, id: 'EV-2026-009', data: { ...graph.evidence.get('EV-2026-001')!.data, id: 'EV-2026-009', date: '2026-03-20', values: { candidate: '顺达物流', grade: '推荐' } } };
  const withGood: Corpus = { ...corpus, evidence: [...corpus.evidence, good] };
  expect(first(withGood)).toMatchObject({ state: 'done', record: 'EV-2026-009' });
  // Without values the record counts as done, but cannot show success.
  expect(first(await loadFixture('CB914'))).toMatchObject({ state: 'done', record: 'EV-2026-001', unverifiable: true });
});

test('should count, for an obligation on a step of a procedure, only the records of that step', async () => {
  const corpus = await loadFixture('CB911');
  const sop = corpus.documents.find((d) => d.id === 'SOP-001')!;
  if (sop.type !== 'sop' || !sop.data) throw new Error('SOP-001 is an SOP');
  const onStep = (step: number) => ({ ...corpus, documents: corpus.documents.map((d) => (d === sop ? { ...sop, data: { ...sop.data!, obligations: [{ ...sop.data!.obligations[0]!, form: 'SOP-001', step }] } } : d)) }) as Corpus;
  const record = corpus.evidence.find((e) => e.id === 'EV-2026-001')!;
  const withRecord = (c: Corpus, step: string) => ({ ...c, evidence: c.evidence.map((e) => (e === record ? { ...e, data: { ...e.data!, produced_by: 'SOP-001', step } } : e)) }) as Corpus;
  const q1 = (c: Corpus) => obligationRuns(c, buildGraph(c), '2026-06-01')[0]!.occurrences[1]!;
  expect(q1(withRecord(onStep(2), 'SOP-001#2'))).toMatchObject({ state: 'done', record: 'EV-2026-001' });
  expect(q1(withRecord(onStep(2), 'SOP-001#1-3'))).toMatchObject({ state: 'done', record: 'EV-2026-001' });
  // A record of another step of the procedure does not satisfy it.
  expect(q1(withRecord(onStep(2), 'SOP-001#4')).state).toBe('missed');
});

test('should count, for an obligation naming record kinds, only records of those kinds (a policy\'s appointment letter is not its quarterly report)', async () => {
  const corpus = await loadFixture('CB911');
  const sop = corpus.documents.find((d) => d.id === 'SOP-001')!;
  if (sop.type !== 'sop' || !sop.data) throw new Error('SOP-001 is an SOP');
  const kind = corpus.evidence.find((e) => e.id === 'EV-2026-001')!.data!.kind;
  const other = kind === 'report' ? 'minutes' : 'report';
  const withKinds = (kinds: string[]) => ({ ...corpus, documents: corpus.documents.map((d) => (d === sop ? { ...sop, data: { ...sop.data!, obligations: [{ ...sop.data!.obligations[0]!, kinds }] } } : d)) }) as Corpus;
  const q1 = (c: Corpus) => obligationRuns(c, buildGraph(c), '2026-06-01')[0]!.occurrences[1]!;
  expect(q1(withKinds([]))).toMatchObject({ state: 'done', record: 'EV-2026-001' });
  expect(q1(withKinds([kind]))).toMatchObject({ state: 'done', record: 'EV-2026-001' });
  expect(q1(withKinds([other])).state).toBe('missed');
});

test('should count, for a named obligation, only the records that say they fulfil it, and such a record for no other', async () => {
  const corpus = await loadFixture('CB911');
  const sop = corpus.documents.find((d) => d.id === 'SOP-001')!;
  if (sop.type !== 'sop' || !sop.data) throw new Error('SOP-001 is an SOP');
  const withOb = (c: Corpus, named: boolean) => ({ ...c, documents: c.documents.map((d) => (d.id === 'SOP-001' && d.type === 'sop' ? { ...d, data: { ...d.data!, obligations: [{ ...sop.data!.obligations[0]!, named }] } } : d)) }) as Corpus;
  const fulfilling = (c: Corpus, fulfils: string | undefined) => ({ ...c, evidence: c.evidence.map((e) => (e.id === 'EV-2026-001' ? { ...e, data: { ...e.data!, fulfils } } : e)) }) as Corpus;
  const q1 = (c: Corpus) => obligationRuns(c, buildGraph(c), '2026-06-01')[0]!.occurrences[1]!;
  expect(q1(withOb(corpus, true)).state).toBe('missed');
  expect(q1(fulfilling(withOb(corpus, true), 'SOP-001#scoring-review'))).toMatchObject({ state: 'done', record: 'EV-2026-001' });
  // A record fulfilling another obligation does not count for this one, named or not.
  expect(q1(fulfilling(withOb(corpus, false), 'SOP-001#other')).state).toBe('missed');
  expect(q1(withOb(corpus, false))).toMatchObject({ state: 'done' });
});

test('should take a missed occurrence a finding records as on record (not reported), by its periods or every one begun by the day it was raised, and still count it against its clauses', async () => {
  const { countsAgainst, onRecord } = await import('../../src/model/obligations.ts');
  const { findingAnswers } = await import('../../src/model/findings.ts');
  const corpus = await loadFixture('CB911');
  const run = obligationRuns(corpus, buildGraph(corpus), '2026-06-01')[0]!;
  const q4 = run.occurrences[0]!;
  expect(q4).toMatchObject({ from: '2025-10-01', state: 'missed' });
  const finding = (source: Record<string, unknown>, raised = '2026-02-01') => ({ ...corpus, findings: [{ file: 'content/findings/register.yaml', id: 'NC-2026-001', source: corpus.evidence[0]!.source, data: { id: 'NC-2026-001', title: '漏做', grade: 'minor', source: { kind: 'self', ...source }, raised, raised_by: 'lin', owner: 'cmo', clauses: ['gbt40144:8.5'], documents: [], evidence: '第四季度没有复核。', actions: [], classification: 'internal' } }] }) as unknown as Corpus;
  const against = (c: Corpus) => !onRecord(run, q4, findingAnswers(c, '2026-06-01'));
  expect(against(corpus)).toBe(true);
  // Missed is missed: coverage counts it, recorded or not.
  expect(countsAgainst(run, q4, findingAnswers(finding({ obligations: [{ id: 'SOP-001#scoring-review' }] }), '2026-06-01'))).toBe(true);
  expect(against(finding({ obligations: [{ id: 'SOP-001#scoring-review', periods: ['2025-10-01'] }] }))).toBe(false);
  expect(against(finding({ obligations: [{ id: 'SOP-001#scoring-review' }] }))).toBe(false);
  // Another period, another obligation, or raised before the quarter began: still missed.
  expect(against(finding({ obligations: [{ id: 'SOP-001#scoring-review', periods: ['2026-01-01'] }] }))).toBe(true);
  expect(against(finding({ obligations: [{ id: 'SOP-001#other' }] }))).toBe(true);
  expect(against(finding({ obligations: [{ id: 'SOP-001#scoring-review' }] }, '2025-09-01'))).toBe(true);
});
