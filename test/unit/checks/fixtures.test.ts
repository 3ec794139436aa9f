// Every problem code fires on its fixture, at the right place, and the valid fixture is clean.
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runChecks } from '../../../src/model/checks/index.ts';
import { asPastState } from '../../../src/model/checks/transitions.ts';
import { RuleSchema } from '../../../src/schema/index.ts';
import { PROBLEM_CODES } from '../../../src/model/problem.ts';
import type { ProblemCode } from '../../../src/model/problem.ts';
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../../../src/model/load/load-corpus.ts';
import { FIXTURE_AS_OF, FIXTURES, loadFixture, materialiseFixture } from '../../load-fixture.ts';

// Document-control codes compare two commits: test/unit/document-control.test.ts builds a git
// repository per rule instead of a fixture folder.
const BASE_CODES = (Object.keys(PROBLEM_CODES) as ProblemCode[]).filter((c) => c.startsWith('CB5'));
type FixtureCode = Exclude<ProblemCode, `CB5${string}`>;

// [file, line, column] where each code must fire.
const EXPECTED: Record<FixtureCode, [string, number, number][]> = {
  CB100: [['content/policies/broken.mdx', 4, 1]],
  CB101: [['content/policies/bad-status.mdx', 5, 9]],
  CB102: [['content/policies/partner-policy.mdx', 2, 5]],
  CB103: [['content/sops/wrong-prefix.mdx', 2, 5]],
  CB104: [['content/policies/typo-clause.mdx', 12, 25]],
  CB105: [['content/policies/unknown-owner.mdx', 8, 18]],
  CB106: [
    ['content/glossary.yaml', 4, 15],
    ['content/policies/unknown-related.mdx', 13, 11],
  ],
  CB107: [['content/cases/unknown-evidence.mdx', 11, 25]],
  CB108: [['content/sops/wrong-template.mdx', 15, 13]],
  CB109: [['content/applicability.yaml', 2, 13]],
  CB201: [['content/policies/overdue.mdx', 10, 12]],
  CB202: [['content/policies/bad-dates.mdx', 10, 12]],
  CB212: [['content/policies/late-review.mdx', 10, 12]],
  CB203: [['content/policies/no-approvers.mdx', 5, 9]],
  CB204: [['content/policies/replacement.mdx', 13, 14]],
  CB205: [['content/policies/loop-a.mdx', 13, 14]],
  CB206: [['content/policies/relies.mdx', 13, 11]],
  CB207: [['content/evidence/extra.yaml', 5, 11]],
  CB208: [['content/evidence/extra.yaml', 5, 11]],
  CB301: [['content/policies/bad-mdx.mdx', 17, 5]],
  CB302: [['content/policies/dead-link.mdx', 17, 2]],
  CB303: [['content/policies/dead-anchor.mdx', 17, 2]],
  CB304: [['content/policies/open.mdx', 17, 2]],
  CB305: [['content/evidence/extra.yaml', 10, 21]],
  CB306: [['content/policies/open.mdx', 18, 13], ['content/rules.yaml', 13, 11], ['content/rules.yaml', 16, 11]],
  CB307: [
    ['content/policies/runs-code.mdx', 14, 1],
    ['content/policies/runs-code.mdx', 16, 1],
    ['content/policies/runs-code.mdx', 20, 9],
    ['content/policies/runs-code.mdx', 22, 1],
    ['content/policies/runs-code.mdx', 24, 1],
  ],
  CB308: [
    ['content/policies/raw-html.mdx', 16, 1],
    ['content/policies/raw-html.mdx', 18, 24],
    ['content/policies/raw-html.mdx', 20, 1],
  ],
  CB309: [
    ['content/policies/bad-links.mdx', 16, 1],
    ['content/policies/bad-links.mdx', 16, 29],
    ['content/policies/bad-links.mdx', 16, 72],
    ['content/policies/bad-links.mdx', 18, 1],
    ['content/policies/bad-links.mdx', 24, 1],
  ],
  CB310: [['content/policies/deep-list.mdx', 18, 1]],
  CB311: [['content/policies/long-field.mdx', 13, 12]],
  CB401: [['content/sops/notes.md', 1, 1]],
  CB402: [['content/evidence/extra.yaml', 9, 15]],
  CB403: [['content/evidence/extra.yaml', 9, 15]],
  CB404: [['content/org.yaml', 1, 1]],
  CB405: [['.github/CODEOWNERS', 8, 1]],
  CB406: [['content/policies/partner-policy.mdx', 1, 1]],
  CB407: [['content/policies/linked.mdx', 1, 1]],
  CB408: [['content/policies/gbk-encoded.mdx', 3, 8]],
  CB409: [['content/evidence/extra.yaml', 9, 15]],
  CB110: [
    ['content/org.yaml', 13, 13],
    ['content/org.yaml', 14, 54],
  ],
  CB209: [['content/sops/partner-selection.mdx', 22, 9]],
  CB210: [['content/sops/partner-selection.mdx', 16, 13]],
  CB211: [['content/evidence/early.yaml', 5, 11]],
  CB601: [['content/policies/partner-policy.mdx', 22, 8]],
  CB607: [['content/policies/partner-policy.mdx', 24, 5]],
  CB701: [['content/sops/partner-selection.mdx', 22, 31], ['content/sops/partner-selection.mdx', 23, 66]],
  CB702: [['content/sops/partner-selection.mdx', 17, 13]],
  CB703: [['content/sops/partner-selection.mdx', 21, 44], ['content/sops/partner-selection.mdx', 21, 61]],
  CB704: [['content/evidence/process.yaml', 34, 38], ['content/evidence/process.yaml', 34, 51], ['content/evidence/process.yaml', 59, 11], ['content/evidence/process.yaml', 59, 49]],
  CB705: [['content/evidence/process.yaml', 34, 71], ['content/evidence/process.yaml', 60, 61]],
  CB706: [['content/cases/process-case.mdx', 2, 5]],
  CB707: [['content/evidence/process.yaml', 33, 11]],
  CB708: [['content/evidence/process.yaml', 22, 11]],
  CB709: [['content/evidence/process.yaml', 45, 17]],
  CB710: [['content/templates/scoring-sheet.mdx', 20, 19], ['content/templates/scoring-sheet.mdx', 21, 13]],
  CB801: [['content/relationships/vision-partner.mdx', 24, 5]],
  CB802: [['content/relationships/vision-partner.mdx', 20, 8]],
  CB803: [['content/relationships/vision-partner.mdx', 25, 59]],
  CB804: [['content/relationships/vision-partner.mdx', 25, 82]],
  CB805: [['content/relationships/vision-partner.mdx', 20, 8]],
  CB806: [['content/relationships/vision-partner.mdx', 33, 3]],
  CB807: [['content/relationships/vision-partner.mdx', 33, 5]],
  CB808: [['content/relationships/vision-partner.mdx', 17, 10]],
  CB809: [['content/relationships/vision-partner.mdx', 31, 62]],
  CB810: [['content/evidence/relationship.yaml', 9, 201]],
  CB901: [['content/findings/register.yaml', 15, 52]],
  CB902: [['content/findings/register.yaml', 15, 7]],
  CB903: [['content/findings/register.yaml', 16, 25], ['content/findings/register.yaml', 39, 13]],
  CB904: [['content/findings/register.yaml', 34, 15]],
  CB905: [['content/findings/register.yaml', 27, 5]],
  CB911: [['content/sops/partner-selection.mdx', 18, 5]],
  CB912: [['content/sops/partner-selection.mdx', 18, 52]],
  CB913: [['content/sops/partner-selection.mdx', 18, 5]],
  CB914: [['content/sops/partner-selection.mdx', 18, 5]],
  CB915: [['content/sops/partner-selection.mdx', 25, 18]],
  CB916: [['content/evidence/fulfils.yaml', 10, 14]],
  // Risk register
  CB921: [['content/risks/register.yaml', 88, 15]],
  CB922: [['content/risks/register.yaml', 73, 16]],
  CB923: [['content/risks/register.yaml', 21, 9]],
  CB924: [['content/risks/register.yaml', 56, 46]],
  CB925: [['content/risks/register.yaml', 73, 15]],
  CB926: [['content/risks/register.yaml', 101, 12]],
  CB927: [['content/risks/register.yaml', 54, 14]],
  CB928: [['content/relationships/vision-partner.mdx', 30, 8]],
  CB929: [['content/risks/register.yaml', 2, 9]],
  // Objectives register.
  CB931: [['content/policies/partner-policy.mdx', 21, 9]],
  CB932: [['content/measurements/2026.yaml', 2, 120]],
  CB933: [['content/measurements/2026.yaml', 3, 64], ['content/measurements/2026.yaml', 4, 64], ['content/measurements/2026.yaml', 5, 64]],
  CB934: [['content/measurements/2026.yaml', 2, 92]],
  CB935: [['content/measurements/2026.yaml', 3, 18], ['content/measurements/2026.yaml', 4, 42]],
  CB937: [['content/policies/partner-policy.mdx', 14, 1]],
  CB936: [['content/policies/partner-policy.mdx', 22, 56], ['content/policies/partner-policy.mdx', 23, 54], ['content/policies/partner-policy.mdx', 24, 15], ['content/policies/partner-policy.mdx', 24, 58]],
  // Competence register
  CB941: [['content/evidence/audit.yaml', 24, 21]],
  CB942: [['content/evidence/audit.yaml', 24, 21]],
  CB943: [['content/competence/assessments.yaml', 22, 15]],
  CB944: [['content/org.yaml', 16, 51]],
  CB945: [['content/competence/assessments.yaml', 12, 11]],
  CB946: [['content/competence/assessments.yaml', 4, 11]],
  CB947: [['content/competence/roles.yaml', 9, 15]],
  CB948: [['content/evidence/audit.yaml', 20, 11]],
  CB949: [['content/evidence/audit.yaml', 25, 21]],
  CB950: [['content/relationships/vision-partner.mdx', 17, 10], ['content/relationships/vision-partner.mdx', 22, 59]],
  CB951: [['content/org.yaml', 12, 94]],
  CB602: [['content/rules.yaml', 19, 17]],
  CB603: [['content/sops/partner-selection.mdx', 24, 11]],
  CB604: [
    ['content/policies/partner-policy.mdx', 24, 12],
    ['content/templates/scoring-sheet.mdx', 14, 58],
  ],
  CB605: [['content/rules.yaml', 26, 15]],
  CB606: [['content/policies/partner-policy.mdx', 24, 3]],
};
describe('problem fixtures', () => {
  test('should have a fixture folder and an expectation for every code', () => {
    const folders = readdirSync(FIXTURES).filter((f) => /^CB\d{3}$/.test(f)).sort();
    const codes = Object.keys(PROBLEM_CODES).filter((c) => !BASE_CODES.includes(c as ProblemCode)).sort();
    expect(BASE_CODES.length).toBeGreaterThan(0);
    expect(folders).toEqual(codes);
    expect(Object.keys(EXPECTED).sort()).toEqual(codes);
  });

  test('should report nothing on the valid fixture', async () => {
    expect(runChecks(await loadFixture('valid'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should report nothing on a case that follows its procedure (process-valid, the base of CB701-CB709)', async () => {
    expect(runChecks(await loadFixture('process-valid'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should not report a breach a finding records: CB706\'s missing step, answered by a finding naming its steps (process-recorded)', async () => {
    expect(runChecks(await loadFixture('CB706'), { asOf: FIXTURE_AS_OF }).map((p) => p.code)).toEqual(['CB706']);
    expect(runChecks(await loadFixture('process-recorded'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should report nothing on findings closed by an independent, effective verification (findings-valid, the base of CB901-CB905)', async () => {
    expect(runChecks(await loadFixture('findings-valid'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should report nothing on a risk register within appetite, accepted, reviewed and treated on time (risks-valid, the base of CB921-CB929)', async () => {
    expect(runChecks(await loadFixture('risks-valid'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should report nothing on assessed role holders and an independent, qualified audit team (competence-valid, the base of CB941-CB949)', async () => {
    expect(runChecks(await loadFixture('competence-valid'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should not report an act before its appointment that a finding records (appointments-recorded: CB950\'s fixture with a finding naming the check and the relationship)', async () => {
    expect(runChecks(await loadFixture('CB950'), { asOf: FIXTURE_AS_OF }).map((p) => p.code)).toEqual(['CB950', 'CB950']);
    expect(runChecks(await loadFixture('appointments-recorded'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should report nothing on a relationship whose stages, joint parts and evaluations are in order (relationship-valid, the base of CB801-CB810)', async () => {
    expect(runChecks(await loadFixture('relationship-valid'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test('should report nothing on objectives whose due periods are measured against their rules (objectives-valid, the base of CB931-CB936)', async () => {
    expect(runChecks(await loadFixture('objectives-valid'), { asOf: FIXTURE_AS_OF })).toEqual([]);
  });

  test.each(Object.entries(EXPECTED))('should fire %s where the fixture breaks the rule', async (code, places) => {
    const problems = runChecks(await loadFixture(code), { asOf: FIXTURE_AS_OF });
    const fired = problems.filter((p) => p.code === code);
    expect(fired.map((p) => [p.file, p.line, p.column])).toEqual(places);
    for (const p of fired) {
      expect(p.severity).toBe(PROBLEM_CODES[code as ProblemCode].severity);
      expect(p.message.length).toBeGreaterThan(10);
    }
  });
});

describe('messages editors read', () => {
  test('should name the case, the step and the figures of a process breach', async () => {
    const message = async (code: string) => runChecks(await loadFixture(code), { asOf: FIXTURE_AS_OF }).find((p) => p.code === code)!.message;
    expect(await message('CB706')).toBe('CASE-2026-002: SOP-001 step 2 (评分) has no record');
    expect(await message('CB708')).toBe('CASE-2026-002: SOP-001 step 1 (初步评估) took 30 hours (2026-02-02T09:00 → 2026-02-03T15:00, EV-2026-011); the limit is 2 hours');
    expect(await message('CB705')).toBe('EV-2026-012 (CASE-2026-002, SOP-001 step 2) states 加权总分 (total) = 3.8, but TPL-001 computes 3.6 from its values');
  });

  test('should name the relationship, its stage and what joint working lacks, and say how to fix it', async () => {
    const [found] = runChecks(await loadFixture('CB805'), { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB805');
    expect(found!.message).toBe('REL-001 is at stage 6 without a joint exit strategy (exit.joint)');
    expect(found!.hint).toContain('file the signed record in the evidence register and name it here');
  });

  test('should recompute a panel summary with the form\'s dimension weights and name the weights the record used', async () => {
    const [, summary] = runChecks(await loadFixture('CB705'), { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB705');
    expect(summary!.message).toBe('EV-2026-014 (CASE-2026-002, SOP-001 step 2) states 加权总分 (total) = 3.5 for 甲公司, but TPL-001 computes 3.6 from its values');
    expect(summary!.hint).toBe("The record used the weights 50/50 (产品/商务); TPL-001's are 60/40, which give 3.6. It did not follow the form: record a finding.");
  });

  test('should name both places of a contradiction and the citation to write instead', async () => {
    const [p] = runChecks(await loadFixture('CB603'), { asOf: FIXTURE_AS_OF }).filter((x) => x.code === 'CB603');
    expect(p!.message).toBe('states 1000 万元 for partner.contract.ceo_approval, which POL-001 sets to 200 万元');
    expect(p!.hint).toBe('Write `:rule[partner.contract.ceo_approval]` in place of the number (the rule is stated at content/policies/partner-policy.mdx:22:8).');
  });

  test('should report a check adopted with a transition as a warning that says why and until when', async () => {
    const root = await materialiseFixture('CB209');
    await appendFile(path.join(root, 'content/org.yaml'), 'check_transitions:\n  - { code: CB209, reason: 历史记录正在整改，由文控专员负责。, until: 2026-06-30 }\n');
    const during = runChecks(await loadCorpus({ root }), { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB209');
    expect(during.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'SOP-001 version 1.0 of 2026-02-01 cites EV-2026-009, dated 2026-03-15, which did not exist yet (a warning until 2026-06-30, content/org.yaml check_transitions: 历史记录正在整改，由文控专员负责。)'],
    ]);
    // After the end date the error is back, and CB110 says the transition ended.
    const after = runChecks(await loadCorpus({ root }), { asOf: '2026-07-01' });
    expect(after.filter((p) => p.code === 'CB209').map((p) => p.severity)).toEqual(['error']);
    expect(after.filter((p) => p.code === 'CB110').map((p) => p.message)).toEqual(['the transition for CB209 ended on 2026-06-30: its problems are errors again']);
    await rm(root, { recursive: true, force: true });
  });

  test('should show, not refuse, what newer history checks find in a past state (audit pack), and still refuse broken content', async () => {
    const history = asPastState(runChecks(await loadFixture('CB209'), { asOf: FIXTURE_AS_OF })).filter((p) => p.code === 'CB209');
    expect(history.map((p) => p.severity)).toEqual(['warning']);
    expect(history[0]!.message).toMatch(/\(a past state of the handbook, built for an audit pack\)$/);
    const broken = asPastState(runChecks(await loadFixture('CB101'), { asOf: FIXTURE_AS_OF })).filter((p) => p.code === 'CB101');
    expect(broken.map((p) => p.severity)).toEqual(['error']);
  });

  test('should suggest the nearest clause for a typo', async () => {
    const [p] = runChecks(await loadFixture('CB104'), { asOf: FIXTURE_AS_OF });
    expect(p!.message).toBe('unknown clause "gbt40144:8.55" in clauses[1]; did you mean "gbt40144:8.5"?');
  });

  test('should name the field, the value and the allowed values for an enum', async () => {
    const [p] = runChecks(await loadFixture('CB101'), { asOf: FIXTURE_AS_OF });
    expect(p!.message).toContain('"status" is "aproved"; expected one of draft, in-review, approved');
    expect(p!.message).toContain('did you mean "approved"?');
    expect(p!.hint).toMatch(/^Expected: Lifecycle/);
  });
});

describe('process and document-control edge cases', () => {
  test('should not judge an hour limit from a date without a time (it would count from midnight)', async () => {
    const root = await materialiseFixture('CB708');
    const file = path.join(root, 'content/evidence/process.yaml');
    const { readFile, writeFile } = await import('node:fs/promises');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    at: "2026-02-02T09:00"\n', ''));
    const problems = runChecks(await loadCorpus({ root }), { asOf: FIXTURE_AS_OF });
    expect(problems.filter((p) => p.code === 'CB708')).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });

  test('should read a cited limit as its value: citing the rule for a limit already written is no major change', async () => {
    const { checkRuleControl } = await import('../../../src/model/rule-control.ts');
    const base = await loadFixture('valid');
    const rule = RuleSchema.parse({ id: 'partner.score.days', label: '评分时限', type: 'duration', value: 3, unit: 'working_days', defined_by: 'SOP-001' });
    const withRule = (c: typeof base, text: (t: string) => string, version: string): typeof base => ({
      ...c,
      rules: { ...c.rules!, data: { rules: [...c.rules!.data.rules, rule] } },
      documents: c.documents.map((d) => (d.id === 'SOP-001' && d.data ? { ...d, text: text(d.text), data: { ...d.data, version } } : d)) as typeof c.documents,
    });
    const before = withRule(base, (t) => t.replace('1. 填写', '1. 3 个工作日内填写'), '1.0');
    const cited = withRule(base, (t) => t.replace('1. 填写', '1. :rule[partner.score.days]内填写'), '1.1');
    expect(checkRuleControl(before, cited, 'main').filter((p) => p.code === 'CB507')).toEqual([]);
    const changed = withRule(base, (t) => t.replace('1. 填写', '1. 5 个工作日内填写'), '1.1');
    expect(checkRuleControl(before, changed, 'main').map((p) => p.message)).toEqual(['SOP-001 went from 1.0 to 1.1, a minor version, but time limits 3个工作日 → 5个工作日']);
  });
});
