// A risk's level, review, acceptance and treatment time limit are derived from its facts and the matrix
// (org.yaml risk_matrix with the bands of rules.yaml), one definition that every surface reads.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { acceptingRoles, heatMap, isAboveAppetite, levelOf, riskContext, riskStatus, validRisks } from '../../src/model/risks.ts';
import type { Risk } from '../../src/schema/index.ts';
import { RiskSchema } from '../../src/schema/index.ts';
import { runChecks } from '../../src/model/checks/index.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { FIXTURE_AS_OF, loadFixture, materialiseFixture } from '../load-fixture.ts';

const context = async () => {
  const corpus = await loadFixture('risks-valid');
  const ctx = riskContext(corpus);
  return { corpus, ...ctx, matrix: ctx.matrix! };
};
const risk = (over: Partial<Risk>): Risk => RiskSchema.parse({
  id: 'RSK-900', title: '测试', category: 'other', cause: '原因', event: '事件', consequence: '后果', owner: 'zhou', department: 'scm',
  record: 'EV-2026-107', identified: '2026-05-04', inherent: { likelihood: 3, impact: 3 }, treatment: 'mitigate', ...over,
});

test('should read the bands from the rules and level a score by them', async () => {
  const { matrix } = await context();
  expect(matrix.levels.map((l) => [l.id, l.floor])).toEqual([['high', 15], ['medium', 8], ['low', 1]]);
  expect([1, 7, 8, 14, 15, 25].map((s) => levelOf(matrix, s))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  expect([isAboveAppetite(matrix, 'low'), isAboveAppetite(matrix, 'medium')]).toEqual([false, true]);
  // A medium risk may be accepted by its approver or the approver of a higher level.
  expect(acceptingRoles(matrix, 'medium')).toEqual(['collab-exec', 'cmo-head']);
  expect(acceptingRoles(matrix, 'high')).toEqual(['collab-exec']);
});

test('should be without a matrix when the org has none or a band rule is missing', async () => {
  const { corpus } = await context();
  expect(riskContext({ ...corpus, org: { ...corpus.org!, data: { ...corpus.org!.data, risk_matrix: undefined } } }).matrix).toBeUndefined();
  expect(riskContext({ ...corpus, rules: { ...corpus.rules!, data: { rules: corpus.rules!.data.rules.filter((r) => r.id !== 'risk.level.medium') } } }).matrix).toBeUndefined();
});

test('should stand at the inherent rating until a residual one is assessed', async () => {
  const { matrix, rules, people } = await context();
  const unassessed = riskStatus(risk({}), matrix, rules, people, FIXTURE_AS_OF);
  expect(unassessed.current).toEqual({ score: 9, level: 'medium', assessed: false });
  expect(unassessed.acceptanceProblem).toBe('none');
  const treated = riskStatus(risk({ residual: { likelihood: 2, impact: 3 }, actions: [{ action: '备选', owner: 'zhou', due: '2026-05-10', done: '2026-05-08' }] }), matrix, rules, people, FIXTURE_AS_OF);
  expect([treated.current.level, treated.aboveAppetite, treated.acceptanceProblem, treated.state]).toEqual(['low', false, undefined, 'controlled']);
});

test('should judge an acceptance by its dates and the approver\'s roles', async () => {
  const { matrix, rules, people } = await context();
  const problemOf = (acceptance: Risk['acceptance'], treatment: Risk['treatment'] = 'accept', inherent = { likelihood: 3, impact: 3 }) =>
    riskStatus(risk({ acceptance, treatment, inherent }), matrix, rules, people, FIXTURE_AS_OF).acceptanceProblem;
  expect(problemOf({ by: 'wang', date: '2026-05-05' })).toBeUndefined();
  expect(problemOf({ by: 'lin', date: '2026-05-05', expires: '2026-12-31' })).toBeUndefined();
  expect(problemOf({ by: 'zhou', date: '2026-05-05' })).toBe('authority');
  expect(problemOf({ by: 'wang', date: '2026-05-05', expires: '2026-05-31' })).toBe('expired');
  expect(problemOf({ by: 'wang', date: '2026-06-02' })).toBe('future');
  // POL-004: a high risk may not be treated by accepting it, whoever signs.
  expect(problemOf({ by: 'lin', date: '2026-05-05' }, 'accept', { likelihood: 4, impact: 4 })).toBe('not-acceptable');
  expect(problemOf({ by: 'lin', date: '2026-05-05' }, 'mitigate', { likelihood: 4, impact: 4 })).toBeUndefined();
});

test('should set the next review by the current level, and by the partner cadence for a relationship\'s risk', async () => {
  const { matrix, rules, people } = await context();
  const due = (over: Partial<Risk>) => riskStatus(risk(over), matrix, rules, people, FIXTURE_AS_OF).reviewDue;
  expect(due({ inherent: { likelihood: 4, impact: 4 } })).toBe('2026-06-04');
  expect(due({})).toBe('2026-08-04');
  expect(due({ inherent: { likelihood: 1, impact: 2 } })).toBe('2026-11-04');
  expect(due({ inherent: { likelihood: 1, impact: 2 }, relationship: 'REL-001' })).toBe('2026-08-04');
  expect(due({ inherent: { likelihood: 1, impact: 2 }, reviews: [{ date: '2026-05-20' }, { date: '2026-07-01' }] })).toBe('2026-11-20');
  expect(due({ closed: '2026-05-30' })).toBeUndefined();
});

test('should count a treatment settled late after the time limit of its inherent level', async () => {
  const { matrix, rules, people } = await context();
  const status = (over: Partial<Risk>) => riskStatus(risk(over), matrix, rules, people, FIXTURE_AS_OF);
  // Medium: 15 working days after 2026-05-04 is 2026-05-25.
  expect([status({ decided: '2026-05-25' }).treatmentDue, status({ decided: '2026-05-25' }).treatmentLate]).toEqual(['2026-05-25', false]);
  expect(status({ decided: '2026-05-26' }).treatmentLate).toBe(true);
  expect(status({}).treatmentLate).toBe(true);
  expect(status({ actions: [{ action: '措施', owner: 'zhou', due: '2026-07-01' }] }).treatmentLate).toBe(false);
  expect(status({ inherent: { likelihood: 1, impact: 2 } }).treatmentDue).toBeUndefined();
});

test('should count the real fixture\'s risks into a 5×5 heat map', async () => {
  const { corpus } = await context();
  const grid = heatMap(validRisks(corpus).map((r) => r.data.inherent));
  expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(5);
  expect(grid[3]![3]).toBe(1);
});

test('should refuse a likelihood or impact outside the matrix as a schema error', () => {
  expect(RiskSchema.safeParse({ ...risk({}), inherent: { likelihood: 6, impact: 3 } }).error?.issues[0]?.message).toContain('ends at 5');
  expect(RiskSchema.safeParse({ ...risk({}), residual: { likelihood: 0, impact: 3 } }).error?.issues[0]?.message).toContain('starts at 1');
  expect(RiskSchema.safeParse({ ...risk({}), inherent: { likelihood: 2.5, impact: 3 } }).success).toBe(false);
});

test('should report a rating outside the matrix as CB101 at its line, and keep the other risks', async () => {
  const root = await materialiseFixture('risks-valid');
  try {
    const file = `${root}/content/risks/register.yaml`;
    await writeFile(file, (await readFile(file, 'utf8')).replace('inherent: { likelihood: 4, impact: 4 }', 'inherent: { likelihood: 6, impact: 4 }'));
    const corpus = await loadCorpus({ root });
    const p = corpus.loadProblems.find((x) => x.code === 'CB101');
    expect([p?.file, p?.line]).toEqual(['content/risks/register.yaml', 14]);
    expect(p?.message).toContain('ends at 5');
    expect(validRisks(corpus).map((r) => r.id)).toEqual(['RSK-002', 'RSK-003', 'RSK-004', 'RSK-005']);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('should say why risks cannot be scored: no matrix in org.yaml, or a level without its score rule', async () => {
  const { corpus } = await context();
  const noMatrix = { ...corpus, org: { ...corpus.org!, data: { ...corpus.org!.data, risk_matrix: undefined } } };
  const missing = runChecks(noMatrix, { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB101');
  expect(missing.map((p) => [p.file, p.line, p.message])).toEqual([['content/org.yaml', 1, 'missing required field "risk_matrix"']]);
  const noRule = { ...corpus, rules: { ...corpus.rules!, data: { rules: corpus.rules!.data.rules.filter((r) => r.id !== 'risk.level.medium') } } };
  const unknown = runChecks(noRule, { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB601' && p.file === 'content/org.yaml');
  expect(unknown.map((p) => p.message)).toEqual(['unknown rule "risk.level.medium"']);
});

test('should refuse a risk less classified than the register record it is kept in (CB305)', async () => {
  const { corpus } = await context();
  // The register record made confidential; RSK-001 written as internal.
  const lowered = {
    ...corpus,
    evidence: corpus.evidence.map((e) => (e.id === 'EV-2026-107' ? { ...e, data: { ...e.data!, classification: 'confidential' as const } } : e)),
    risks: corpus.risks!.map((r) => (r.id === 'RSK-001' ? { ...r, data: { ...r.data!, classification: 'internal' as const } } : r)),
  };
  const found = runChecks(lowered, { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB305' && p.file === 'content/risks/register.yaml');
  expect(found.map((p) => p.message)).toEqual(['RSK-001 is internal, but EV-2026-107 is confidential']);
});
