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

test('should judge a finding as of a date by the facts dated on or before it: a close written for a later day is no claim yet', async () => {
  const { runChecks } = await import('../../src/model/checks/index.ts');
  const corpus = await loadFixture('findings-valid');
  // NC-2026-001 was verified effective and closed on 2026-03-30; on 2026-03-10 it was open with its action due.
  const codes = (asOf: string) => runChecks(corpus, { asOf }).filter((p) => p.file.endsWith('register.yaml')).map((p) => p.code);
  expect(codes('2026-03-10')).toEqual([]);
  expect(findingStatus(validFindings(corpus)[0]!.data, new Map(corpus.rules!.data.rules.map((r) => [r.id, r])), '2026-03-10').state).toBe('open');
});

test('should read a step reference of one step or several in a row', async () => {
  const { stepRef } = await import('../../src/model/process.ts');
  expect(stepRef('SOP-011#2')).toEqual({ sop: 'SOP-011', steps: [2] });
  expect(stepRef('SOP-009#3-5')).toEqual({ sop: 'SOP-009', steps: [3, 4, 5] });
});

test('should judge a record of several steps as the decider of its last decision only', async () => {
  const { breaches, processInstances } = await import('../../src/model/process.ts');
  const { buildGraph } = await import('../../src/model/graph.ts');
  const corpus = await loadFixture('process-valid');
  // Step 2 becomes a decision of scm; one record (EV-2026-013) shows steps 2 and 3, signed last by collab-exec.
  const withRange = (decidedBy: string) => ({
    ...corpus,
    documents: corpus.documents.map((d) => (d.id === 'SOP-001' && d.type === 'sop' && d.data ? { ...d, data: { ...d.data, steps: d.data.steps.map((s) => (s.n === 2 ? { ...s, gate: { decision: '评分是否有效', by: 'scm' } } : s)) } } : d)),
    evidence: corpus.evidence.filter((e) => e.id !== 'EV-2026-012' && e.id !== 'EV-2026-014').map((e) => (e.id === 'EV-2026-013' ? { ...e, data: { ...e.data!, step: 'SOP-001#2-3', decided_by: decidedBy } } : e)),
  }) as typeof corpus;
  const gates = (c: typeof corpus) => processInstances(c, buildGraph(c)).flatMap((i) => breaches(i, new Map())).filter((b) => b.kind === 'gate').map((b) => b.step.n);
  expect(gates(withRange('collab-exec'))).toEqual([]);
  expect(gates(withRange('scm'))).toEqual([3]);
});
