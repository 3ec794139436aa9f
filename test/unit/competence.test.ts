// The competence register: validity and next due derived from the role's rule and TPL-013's scale,
// the matrix, the people the content names acting in a role, and auditors who audited their own work.
import { expect, test } from 'vitest';
import { auditConflicts, competenceActs, competenceIndex, competenceMatrix, competenceOn, isCompetentOn } from '../../src/model/competence.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { FIXTURE_AS_OF, loadFixture } from '../load-fixture.ts';

test('should keep a competent result valid for the rule\'s twelve months and due again on the last day', async () => {
  const index = competenceIndex(await loadFixture('competence-valid'));
  const s = competenceOn(index, 'he', 'internal-auditor', FIXTURE_AS_OF);
  expect([s.state, s.assessment?.id, s.validUntil, s.nextDue]).toEqual(['valid', 'CA-2026-001', '2027-02-01', '2027-02-01']);
  expect(competenceOn(index, 'he', 'internal-auditor', '2027-02-01').state).toBe('valid');
  expect(competenceOn(index, 'he', 'internal-auditor', '2027-02-02').state).toBe('expired');
  expect(competenceOn(index, 'he', 'internal-auditor', '2026-01-31').state).toBe('later');
  expect(competenceOn(index, 'lin', 'internal-auditor', FIXTURE_AS_OF).state).toBe('never');
});

test('should end a competent-with-training result at the re-assessment limit and never count a not-yet-competent one', async () => {
  const index = competenceIndex(await loadFixture('CB945'));
  const s = competenceOn(index, 'xu', 'relationship-manager', FIXTURE_AS_OF);
  expect([s.state, s.validUntil, s.nextDue]).toEqual(['expired', '2026-05-01', '2026-05-01']);
  expect(isCompetentOn(index, 'xu', 'relationship-manager', '2026-04-30')).toBe(true);
  const corpus = await loadFixture('competence-valid');
  const failed = { ...corpus, assessments: corpus.assessments!.map((a) => (a.id === 'CA-2026-001' ? { ...a, data: { ...a.data!, result: 'not-yet-competent' as const } } : a)) };
  const f = competenceOn(competenceIndex(failed), 'he', 'internal-auditor', FIXTURE_AS_OF);
  expect([f.state, f.validUntil, f.nextDue]).toEqual(['not-competent', undefined, '2026-05-01']);
});

test('should not count an assessment by the person assessed', async () => {
  const index = competenceIndex(await loadFixture('CB943'));
  expect(competenceOn(index, 'xu', 'relationship-manager', FIXTURE_AS_OF).assessment?.id).toBe('CA-2026-002');
});

test('should need no assessment for a role the register does not list', async () => {
  expect(isCompetentOn(competenceIndex(await loadFixture('competence-valid')), 'lin', 'collab-exec', FIXTURE_AS_OF)).toBe(true);
});

test('should put every holder of a register role in the matrix, held or only assessed', async () => {
  const cells = competenceMatrix(await loadFixture('CB949'), FIXTURE_AS_OF);
  expect(cells.map((c) => [c.person, c.role, c.held, c.status.state])).toEqual([
    ['he', 'internal-auditor', true, 'valid'],
    ['xu', 'relationship-manager', true, 'valid'],
    ['ma', 'internal-auditor', false, 'valid'],
  ]);
});

test('should find the real handbook\'s relationship managers, its 2026 audit team and the verifier of its internal audit findings', async () => {
  const corpus = await loadCorpus({ root: new URL('../..', import.meta.url).pathname });
  const acts = competenceActs(corpus, '2026-12-01').map((a) => `${a.kind} ${a.person} ${a.ref} ${a.date}`);
  expect(acts).toEqual(expect.arrayContaining([
    'relationship-manager zhou-yi REL-001 2026-12-01',
    'relationship-manager xu-ming REL-002 2026-12-01',
    'auditor he-jing EV-2026-038 2026-08-31',
    'auditor zhou-yi EV-2026-038 2026-08-31',
    'verifier he-jing NC-2026-002 2026-10-09',
  ]));
  const conflicts = auditConflicts(corpus).map((c) => `${c.person} ${c.kind} ${c.audited}`);
  // The truth: both internal auditors run processes they would audit.
  expect(conflicts).toEqual(expect.arrayContaining(['he-jing department quality', 'he-jing owner SOP-015', 'he-jing owner SOP-017', 'zhou-yi owner SOP-002']));
  expect(conflicts).toContain('zhou-yi raci SOP-007');
  // Zhou Yi did not audit her own department (the report says so), so that is no conflict.
  expect(conflicts).not.toContain('zhou-yi department cmo');
});

test('should count a dept-head row only for a department the procedure involves', async () => {
  const corpus = await loadCorpus({ root: new URL('../..', import.meta.url).pathname });
  const heJing = auditConflicts(corpus).filter((c) => c.person === 'he-jing' && c.role === 'dept-head').map((c) => c.audited);
  // SOP-004 (partner selection) involves no quality department: its dept-head row is not He Jing's.
  expect(heJing).not.toContain('SOP-004');
  expect(heJing.length).toBeGreaterThan(0);
});

test('should put each held role\'s next assessment in the due list: when it lapses, or now for one never assessed', async () => {
  const { dueItems } = await import('../../src/model/calendar.ts');
  const { buildGraph } = await import('../../src/model/graph.ts');
  const corpus = await loadFixture('CB944');
  const items = dueItems(corpus, buildGraph(corpus), FIXTURE_AS_OF).filter((i) => i.kind === 'assessment');
  expect(items.map((i) => [i.uid, i.date, i.state, i.path])).toEqual([
    ['assessment-qian-relationship-manager', '2026-06-01', 'overdue', '/competence/#qian'],
    ['assessment-he-internal-auditor', '2027-02-01', 'later', '/competence/#he'],
    ['assessment-xu-relationship-manager', '2027-02-01', 'later', '/competence/#xu'],
  ]);
  // As of a later date the same duties keep their UIDs.
  const later = dueItems(corpus, buildGraph(corpus), '2027-03-01').filter((i) => i.kind === 'assessment');
  expect(later.find((i) => i.uid === 'assessment-he-internal-auditor')).toMatchObject({ date: '2027-02-01', state: 'overdue' });
});
