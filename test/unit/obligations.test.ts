// Recurring obligations: occurrences from an RFC 5545 rule, each one's state from the records of its form.
import { expect, test } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { obligationRuns, occurrenceDates } from '../../src/model/obligations.ts';
import { loadFixture } from '../load-fixture.ts';

test('should expand a quarterly rule from its start', () => {
  const ob = { id: 'x', title: '季度复核', rrule: 'FREQ=MONTHLY;INTERVAL=3', start: '2026-01-01', form: 'TPL-001', per: 'organisation' as const, grace_days: 0, clauses: [] };
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
