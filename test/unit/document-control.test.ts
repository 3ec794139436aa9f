// `check --base <ref>`: document control (CB501-CB505) over a fixture git repository, one rule at a time.
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { editFile, initRepo } from '../git-repo.ts';
import type { TestRepo } from '../git-repo.ts';

const run = promisify(execFile);
let repo: TestRepo;
const SOP = 'content/sops/partner-selection.mdx';
const DRAFT = `---
id: POL-002
title: 草拟中的制度
summary: 测试。
status: draft
version: "0.1"
owner: cmo
classification: internal
clauses: [gbt40144:4.1]
---

## 目的

草稿。
`;

async function check(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/check.ts', '--root', repo.dir, '--as-of', FIXTURE_AS_OF, '--base', 'main']);
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const edit = (file: string, from: string | RegExp, to: string) => editFile(repo.dir, file, from, to);

beforeAll(async () => {
  const dir = await materialiseFixture('valid');
  await writeFile(path.join(dir, 'content/policies/draft-policy.mdx'), DRAFT);
  repo = await initRepo(dir);
  await repo.commit('Handbook at the base', '2026-05-01T09:00:00+08:00');
});
afterEach(async () => {
  await repo.git('checkout', '-q', '--', '.');
  await repo.git('clean', '-fdq');
});
afterAll(() => rm(repo.dir, { recursive: true, force: true }));

test('should pass when nothing changed', async () => {
  const { code, out } = await check();
  expect(out).not.toMatch(/CB50\d/);
  expect(code).toBe(0);
});

test('CB501: an approved SOP whose body changed without a new version fails with the file, both versions and the fix', async () => {
  await edit(SOP, '1. 填写', '1. 认真填写');
  const { code, out } = await check();
  expect(code).toBe(1);
  expect(out).toMatch(/content\/sops\/partner-selection\.mdx:6:10 {2}error {2}CB501 {2}approved content\/sops\/partner-selection\.mdx \(SOP-001\) changed since main \([0-9a-f]{7}\): version 1\.0 there, still 1\.0 here/);
  expect(out).toContain('Raise it: `version: "1.1"` (or "2.0" for a major change), and add `{ version: "1.1", date: YYYY-MM-DD, summary: 改了什么、为什么 }` to `changes`.');
});

test('CB501: moving only the review date is a confirmation, not a revision', async () => {
  await edit(SOP, 'review_by: 2027-02-01', 'review_by: 2027-06-01');
  expect((await check()).out).not.toContain('CB501');
});

test('CB501: reopening an approved document as a draft needs a new version', async () => {
  await edit(SOP, 'status: approved', 'status: draft');
  const { code, out } = await check();
  expect(code).toBe(1);
  expect(out).toContain('CB501  approved SOP-001 was reopened as draft but keeps version 1.0');
  await edit(SOP, 'version: "1.0"', 'version: "1.1"');
  expect((await check()).out).not.toMatch(/CB50\d/);
});

test('CB501: retiring an approved document changes its status only; a changed text needs a new version', async () => {
  await edit(SOP, 'status: approved', 'status: retired');
  await edit(SOP, '1. 填写', '1. 随意填写');
  const { code, out } = await check();
  expect(code).toBe(1);
  expect(out).toMatch(/CB501 {2}approved content\/sops\/partner-selection\.mdx \(SOP-001\) was retired and its text changed since main \([0-9a-f]{7}\), still at version 1\.0/);
  expect(out).toContain('Withdrawing changes only `status`');
  await edit(SOP, 'version: "1.0"', 'version: "1.1"');
  await edit(SOP, /templates: \[TPL-001\]/, 'templates: [TPL-001]\nchanges:\n  - { version: "1.1", date: 2026-05-20, summary: 停用前最后修订。 }');
  expect((await check()).out).not.toMatch(/CB50\d/);
});

test('CB502: a new version without a changes entry fails; with one it passes', async () => {
  await edit(SOP, '1. 填写', '1. 认真填写');
  await edit(SOP, 'version: "1.0"', 'version: "1.1"');
  const missing = await check();
  expect(missing.code).toBe(1);
  expect(missing.out).toContain('CB502  approved SOP-001 (1.0 in main');
  expect(missing.out).toContain('has no `changes` entry for version 1.1');
  await edit(SOP, 'templates: [TPL-001]', 'templates: [TPL-001]\nchanges:\n  - { version: "1.1", date: 2026-05-20, summary: 明确填写要求。 }');
  const recorded = await check();
  expect(recorded.out).not.toMatch(/CB50\d/);
  expect(recorded.code).toBe(0);
});

test('CB502: a major version names its approvers; a version may not go down', async () => {
  await edit(SOP, 'version: "1.0"', 'version: "2.0"');
  await edit(SOP, 'templates: [TPL-001]', 'templates: [TPL-001]\nchanges:\n  - { version: "2.0", date: 2026-05-20, summary: 重写筛选流程。 }');
  expect((await check()).out).toContain('CB502  major version 2.0 of SOP-001 (1.0 in main');
  await edit(SOP, 'summary: 重写筛选流程。 }', 'summary: 重写筛选流程。, approvers: [collab-exec] }');
  expect((await check()).out).not.toMatch(/CB50\d/);
  await edit(SOP, 'version: "2.0"', 'version: "0.9"');
  expect((await check()).out).toContain('CB502  SOP-001 version went back from 1.0 in main');
});

test('CB503: deleting an approved document fails; retiring it passes', async () => {
  await rm(path.join(repo.dir, SOP));
  const deleted = await check();
  expect(deleted.code).toBe(1);
  expect(deleted.out).toMatch(/content\/sops\/partner-selection\.mdx:1:1 {2}error {2}CB503 {2}approved SOP-001 \(version 1\.0 in main \([0-9a-f]{7}\)\) was deleted/);
  expect(deleted.out).toContain('set `status: retired`');
  await repo.git('checkout', '-q', '--', SOP);
  await edit(SOP, 'status: approved', 'status: retired');
  expect((await check()).out).not.toMatch(/CB50\d/);
});

test('CB504: an id may not change', async () => {
  await edit('content/policies/draft-policy.mdx', 'id: POL-002', 'id: POL-003');
  const { code, out } = await check();
  expect(code).toBe(1);
  expect(out).toContain('content/policies/draft-policy.mdx:2:5  error  CB504  content/policies/draft-policy.mdx was POL-002 in main');
  expect(out).toContain('and is now POL-003');
});

test('CB505: status moves along draft → in-review → approved only', async () => {
  await edit('content/policies/draft-policy.mdx', 'status: draft', 'status: approved');
  const skipped = await check();
  expect(skipped.code).toBe(1);
  expect(skipped.out).toContain('CB505  POL-002 moved from draft in main');
  expect(skipped.out).toContain('From draft a document may move to in-review.');
  await edit('content/policies/draft-policy.mdx', 'status: approved', 'status: in-review');
  expect((await check()).out).not.toMatch(/CB50\d/);
});

test('CB505: a new document does not start superseded; a new draft is fine', async () => {
  await writeFile(path.join(repo.dir, 'content/policies/new-policy.mdx'), DRAFT.replace('POL-002', 'POL-004').replace('草拟中的制度', '新制度'));
  expect((await check()).out).not.toMatch(/CB50\d/);
  await edit('content/policies/new-policy.mdx', 'status: draft', 'status: superseded');
  expect((await check()).out).toContain('CB505  new document POL-004 starts as superseded');
});

const POLICY = 'content/policies/partner-policy.mdx';

test('CB506: a rule whose value changes needs a new version of its defining document; check lists who cites it', async () => {
  await edit('content/rules.yaml', 'value: 200', 'value: 300');
  const { code, out } = await check();
  expect(code).toBe(1);
  expect(out).toMatch(/content\/rules\.yaml:4:5 {2}error {2}CB506 {2}rule partner\.contract\.ceo_approval changed from >= 200 万元 to >= 300 万元 since main \([0-9a-f]{7}\), but POL-001 stays at version 1\.0/);
  expect(out).toMatch(/Rules changed since main \([0-9a-f]{7}\):\n {2}partner\.contract\.ceo_approval: >= 200 万元 → >= 300 万元 \(defined by POL-001; cited by POL-001\)/);
  // A minor version is not enough: a rule's value is a major change (org.yaml document_control).
  await edit(POLICY, 'version: "1.0"', 'version: "1.1"');
  await edit(POLICY, '  - { version: "1.0", date: 2026-01-15, summary: 首次发布。 }', '  - { version: "1.0", date: 2026-01-15, summary: 首次发布。 }\n  - { version: "1.1", date: 2026-05-20, summary: 提高审批金额。 }');
  const minor = await check();
  expect(minor.out).toContain('CB507  POL-001 went from 1.0 to 1.1, a minor version, but partner.contract.ceo_approval >= 200 万元 → >= 300 万元');
  await edit(POLICY, 'version: "1.1"', 'version: "2.0"');
  await edit(POLICY, '{ version: "1.1", date: 2026-05-20, summary: 提高审批金额。 }', '{ version: "2.0", date: 2026-05-20, summary: 提高审批金额。, approvers: [ceo] }');
  const major = await check();
  expect(major.out).not.toMatch(/CB50\d/);
  expect(major.code).toBe(0);
});

test('CB507: added steps or changed time limits under a minor version fail; org.yaml can say which changes are major', async () => {
  await edit(SOP, '1. 填写', '1. 三个工作日内填写');
  await edit(SOP, 'version: "1.0"', 'version: "1.1"');
  await edit(SOP, 'templates: [TPL-001]', 'templates: [TPL-001]\nchanges:\n  - { version: "1.1", date: 2026-05-20, summary: 增加时限。 }');
  expect((await check()).out).not.toContain('CB507');
  await edit(SOP, '1. 三个工作日内填写', '1. 3 个工作日内填写\n2. 交回评分表');
  const { code, out } = await check();
  expect(code).toBe(1);
  expect(out).toContain('CB507  SOP-001 went from 1.0 to 1.1, a minor version, but steps 1 → 2; time limits none → 3个工作日');
  await edit('content/org.yaml', 'roles:', 'document_control: { major_changes: [rule_value, roles] }\nroles:');
  expect((await check()).out).not.toContain('CB507');
});

test('CB507: a limit spelt another way is no change ("3 个工作日" and "3工作日", "2 个小时" and "2小时", "30 天" and "30日")', async () => {
  await edit(SOP, '1. 填写', '1. 3工作日内填写，2小时内通知，30日内归档');
  await repo.commit('Limits spelt one way', '2026-05-02T09:00:00+08:00');
  try {
    await edit(SOP, '1. 3工作日内填写，2小时内通知，30日内归档', '1. 3 个工作日内填写，2 个小时内通知，30 天内归档');
    await edit(SOP, 'version: "1.0"', 'version: "1.1"');
    await edit(SOP, 'templates: [TPL-001]', 'templates: [TPL-001]\nchanges:\n  - { version: "1.1", date: 2026-05-20, summary: 时限的写法统一。 }');
    expect((await check()).out).not.toContain('CB507');
    await edit(SOP, '30 天内归档', '20 天内归档');
    expect((await check()).out).toContain('CB507  SOP-001 went from 1.0 to 1.1, a minor version, but time limits 2小时, 30日, 3工作日 → 20天, 2个小时, 3个工作日');
  } finally {
    await repo.git('checkout', '-q', '--', '.');
    await repo.git('reset', '-q', '--hard', 'HEAD~1');
  }
});
