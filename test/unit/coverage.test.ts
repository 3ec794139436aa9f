// Coverage states at their boundaries, and roll-up from children to parents.
import { expect, test } from 'vitest';
import type { Corpus, Doc, EvidenceRecord } from '../../src/model/corpus.ts';
import { computeCoverage } from '../../src/model/coverage.ts';
import { FIXTURE_AS_OF, loadFixture } from '../load-fixture.ts';

const base = await loadFixture('valid');

/** The valid fixture with document and evidence fields overridden. */
function variant(docs: Record<string, Record<string, unknown>>, evidence: Record<string, Record<string, unknown>> = {}): Corpus {
  return {
    ...base,
    documents: base.documents.map((d) => (d.id && docs[d.id] ? ({ ...d, data: { ...d.data!, ...docs[d.id] } } as Doc) : d)),
    evidence: base.evidence.map((e) => (e.id && evidence[e.id] ? ({ ...e, data: { ...e.data!, ...evidence[e.id] } } as EvidenceRecord) : e)),
  };
}
const stateOf = (corpus: Corpus, id: string, asOf = FIXTURE_AS_OF) => computeCoverage(corpus, { asOf }).clauses.find((c) => c.id === id)!;

test('should cover a clause with an in-force SOP and fresh evidence', () => {
  const c = stateOf(base, '8.5');
  expect(c.state).toBe('covered');
  expect(c.documents.filter((d) => d.counts).map((d) => d.id)).toEqual(['POL-001', 'SOP-001']);
  expect(c.evidence.map((e) => [e.id, e.fresh])).toEqual([['EV-2026-001', true]]);
  expect(c.cases).toEqual(['CASE-2026-001']);
});

test('should count evidence exactly at the freshness limit as fresh, and one day older as stale', () => {
  // EV-2026-001 is dated 2026-02-10: fresh through 2027-02-10 with a 12-month window.
  expect(stateOf(base, '8.5', '2027-02-10').state).toBe('covered');
  const dayAfter = stateOf(base, '8.5', '2027-02-11');
  expect(dayAfter.state).toBe('addressed');
  expect(dayAfter.reason).toContain('no evidence from the last 12 months');
});

test('should not count evidence dated after the as-of date', () => {
  expect(stateOf(base, '8.5', '2026-02-09').state).toBe('addressed');
});

test('should not count draft, superseded or not-yet-effective documents', () => {
  const bothDraft = variant({ 'POL-001': { status: 'draft' }, 'SOP-001': { status: 'draft' } });
  expect(stateOf(bothDraft, '8.5').state).toBe('gap');
  const superseded = variant({ 'POL-001': { status: 'superseded' }, 'SOP-001': { status: 'superseded' } });
  expect(stateOf(superseded, '8.5').state).toBe('gap');
  const future = variant({ 'POL-001': { effective: '2026-07-01' }, 'SOP-001': { effective: '2026-07-01' } });
  const c = stateOf(future, '8.5');
  expect(c.state).toBe('gap');
  expect(c.documents.map((d) => [d.id, d.counts])).toEqual([['POL-001', false], ['SOP-001', false]]);
});

test('should not let a template or case address a clause', () => {
  const onlyTemplate = variant({ 'POL-001': { clauses: [] }, 'SOP-001': { clauses: [] }, 'TPL-001': { clauses: ['gbt40144:8.5'] } });
  expect(stateOf(onlyTemplate, '8.5').state).toBe('gap');
});

test('should mark an excluded clause with its reason', () => {
  const c = stateOf(base, '8.6');
  expect(c.state).toBe('excluded');
  expect(c.exclusion).toEqual({ justification: '测试组织尚无联合运作的合作关系。', approvedBy: 'ceo', date: '2026-01-10' });
});

test('should roll a heading up to the weakest non-excluded child', () => {
  expect(stateOf(base, '8').state).toBe('covered'); // 8.5 covered, 8.6 excluded
  const weak = variant({}, { 'EV-2026-001': { date: '2025-01-01' } });
  expect(stateOf(weak, '8').state).toBe('addressed');
  expect(stateOf(weak, '8').reason).toBe('Rolled up from 2 sub-clauses: 1 addressed, 1 excluded.');
});

test('should leave informative clauses without a state and count only requirements', () => {
  const report = computeCoverage(base, { asOf: FIXTURE_AS_OF });
  expect(report.clauses.find((c) => c.id === 'A')!.state).toBeUndefined();
  expect(report.totals).toEqual({ covered: 2, addressed: 0, gap: 0, excluded: 1, requirements: 3 });
  expect(report.freshSince).toBe('2025-06-01');
});

test('should not call covered a clause whose only fresh records show its procedure broken', async () => {
  const { loadFixture } = await import('../load-fixture.ts');
  const { computeCoverage } = await import('../../src/model/coverage.ts');
  // The CB708 fixture's case missed a 2-hour limit; keep only the case's records as proof of 8.5.
  const late = await loadFixture('CB708');
  const onlyCase = { ...late, evidence: late.evidence.filter((e) => e.data?.instance !== undefined) };
  const clause = computeCoverage(onlyCase, { asOf: '2026-06-01' }).clauses.find((c) => c.id === '8.5')!;
  expect(clause.state).toBe('addressed');
  expect(clause.why).toMatchObject({ code: 'breached', breaches: [{ instance: 'CASE-2026-002', sop: 'SOP-001', step: 1, kind: 'late' }] });
  expect(clause.reason).toContain('the records show the procedure not followed: CASE-2026-002 SOP-001 step 1 late');
  // The same records without the breach prove the clause.
  const followed = await loadFixture('process-valid');
  const good = { ...followed, evidence: followed.evidence.filter((e) => e.data?.instance !== undefined) };
  expect(computeCoverage(good, { asOf: '2026-06-01' }).clauses.find((c) => c.id === '8.5')!.state).toBe('covered');
});

test('should not call covered a clause whose only fresh records state a result their form computes differently', async () => {
  const { loadFixture } = await import('../load-fixture.ts');
  const { computeCoverage } = await import('../../src/model/coverage.ts');
  // The CB705 fixture's scoring records state totals the form's weights do not give.
  const wrong = await loadFixture('CB705');
  const onlyCase = { ...wrong, evidence: wrong.evidence.filter((e) => e.data?.instance !== undefined) };
  const clause = computeCoverage(onlyCase, { asOf: '2026-06-01' }).clauses.find((c) => c.id === '8.5')!;
  expect(clause.state).toBe('addressed');
  expect(clause.why).toMatchObject({ code: 'breached', breaches: [{ instance: 'CASE-2026-002', sop: 'SOP-001', step: 2, kind: 'result' }] });
  expect(clause.reason).toContain('CASE-2026-002 SOP-001 step 2 result');
});

test('should cap a clause at addressed while a major nonconformity against it is open, and not once it is verified effective', async () => {
  const { loadFixture } = await import('../load-fixture.ts');
  const { computeCoverage } = await import('../../src/model/coverage.ts');
  const corpus = await loadFixture('CB905');
  const clause = computeCoverage(corpus, { asOf: '2026-06-01' }).clauses.find((c) => c.id === '8.5')!;
  expect(clause.state).toBe('addressed');
  expect(clause.why).toMatchObject({ code: 'finding', findings: ['NC-2026-003'] });
  expect(clause.reason).toContain('a major nonconformity against it is open: NC-2026-003');
  const closed = corpus.findings.map((f) => (f.id === 'NC-2026-003' ? { ...f, data: { ...f.data!, actions: [{ action: '调整初评排班', owner: 'xu', due: '2026-05-10', done: '2026-05-09' }], verification: { by: 'he', date: '2026-05-25', result: 'effective' as const } } } : f));
  expect(computeCoverage({ ...corpus, findings: closed }, { asOf: '2026-06-01' }).clauses.find((c) => c.id === '8.5')!.state).toBe('covered');
});

test('should stop capping a clause for a breach once a finding records it', async () => {
  const { loadFixture } = await import('../load-fixture.ts');
  const { computeCoverage } = await import('../../src/model/coverage.ts');
  const late = await loadFixture('CB708');
  const onlyCase = { ...late, evidence: late.evidence.filter((e) => e.data?.instance !== undefined) };
  expect(computeCoverage(onlyCase, { asOf: '2026-06-01' }).clauses.find((c) => c.id === '8.5')!.why.code).toBe('breached');
  const finding = { file: 'content/findings/register.yaml', id: 'NC-2026-009', source: onlyCase.evidence[0]!.source, data: {
    id: 'NC-2026-009', title: '初步评估超时', grade: 'minor' as const, source: { kind: 'conformance' as const, check: 'CB708', instance: 'CASE-2026-002', step: 'SOP-001#1' },
    raised: '2026-05-01', raised_by: 'lin', owner: 'scm', clauses: ['gbt40144:8.5'], documents: [], evidence: '初步评估用了 30 小时。', actions: [], classification: 'internal' as const,
  } };
  const report = computeCoverage({ ...onlyCase, findings: [finding] }, { asOf: '2026-06-01' });
  expect(report.clauses.find((c) => c.id === '8.5')!.state).toBe('covered');
  // The breach still counts in the process figures: it happened.
  expect(report.process.breaches).toEqual([{ instance: 'CASE-2026-002', sop: 'SOP-001', step: 1, kind: 'late' }]);
});
