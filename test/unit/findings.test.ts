// A finding's status is derived from its facts: what falls due next, and whether it is overdue.
import { expect, test } from 'vitest';
import { findingStatus, validFindings } from '../../src/model/findings.ts';
import { FIXTURE_AS_OF, loadFixture } from '../load-fixture.ts';

const statusOf = async (fixture: string, id: string) => {
  const corpus = await loadFixture(fixture);
  const rules = new Map(corpus.rules!.data.rules.map((r) => [r.id, r]));
  return findingStatus(validFindings(corpus).find((f) => f.id === id)!.data, rules, FIXTURE_AS_OF);
};

test('should name what falls due next: an open action, else the verification, else the plan; nothing once closed', async () => {
  expect((await statusOf('findings-valid', 'NC-2026-001')).next).toBeUndefined();
  expect((await statusOf('CB901', 'NC-2026-001')).next).toEqual({ kind: 'action', date: '2026-05-01', overdue: true });
  expect((await statusOf('CB902', 'NC-2026-001')).next).toEqual({ kind: 'verification', date: '2026-04-01', overdue: true });
  expect((await statusOf('CB905', 'NC-2026-003')).next).toEqual({ kind: 'plan', date: '2026-05-11', overdue: true });
});
