// People's journeys through the built handbook, in Chromium, with a screenshot of each step for review
// (test/.output/journeys/, git-ignored). The handbook is a git copy in which one SOP file was renamed.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { initRepo } from '../git-repo.ts';
import { openHandbook } from './handbook.ts';
import type { OpenHandbook } from './handbook.ts';

const SHOTS = path.resolve('test/.output/journeys');
let root: string;
let handbook: OpenHandbook;
let context: BrowserContext;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'clausebook-journeys-'));
  await cp('content', path.join(root, 'content'), { recursive: true });
  const repo = await initRepo(root);
  await repo.commit('Handbook as published', '2026-10-01T09:00:00+08:00');
  await repo.git('mv', 'content/sops/cross-department-workflow.mdx', 'content/sops/cross-department-collaboration.mdx');
  await repo.commit('Rename the cross-department SOP file', '2026-11-02T09:00:00+08:00');
  // The auditor's journey reaches restricted evidence: build what an auditor is given.
  handbook = await openHandbook({ root, env: { CLAUSEBOOK_PROFILE: 'restricted' } });
  context = await handbook.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await handbook?.close();
  await rm(root, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

test('staff: from the home page to the partner selection SOP and its scoring form', async () => {
  const page = await context.newPage();
  await page.goto(`${handbook.site.url}/`);
  await shot(page, '1-staff-home');
  const stage = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /阶段 4/ }) });
  await stage.getByRole('link', { name: '合作伙伴筛选程序' }).click();
  await page.waitForURL(/\/sops\/partner-selection\/$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('合作伙伴筛选程序');
  await shot(page, '2-staff-partner-selection');
  await page.getByRole('link', { name: /TPL-006/ }).first().click();
  await page.waitForURL(/\/templates\/partner-scoring-sheet\/$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('合作伙伴评分表');
  await shot(page, '3-staff-scoring-form');
});

test('auditor: from clause 8.5 to its evidence record and back', async () => {
  const page = await context.newPage();
  await page.goto(`${handbook.site.url}/clauses/`);
  await page.getByRole('link', { name: /^8\.5\b/ }).first().click();
  await page.waitForURL(/\/clauses\/8\.5\/$/);
  // Covered: SOP-004 in force, fresh records; the steps CASE-2026-002 left without a record are findings (NC-2026-082).
  await expect.poll(() => page.getByText('已覆盖').first().isVisible()).toBe(true);
  await shot(page, '4-auditor-clause-8.5');
  const evidence = page.getByRole('region', { name: '证据' }).or(page.locator('section', { has: page.getByRole('heading', { name: '证据' }) }));
  await evidence.getByRole('link', { name: 'EV-2026-023' }).click();
  await page.waitForURL(/\/evidence\/EV-2026-023\/$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('视觉模组合作伙伴评分汇总表及评审会纪要');
  expect(await page.getByText('有效期至').isVisible()).toBe(true);
  await shot(page, '5-auditor-evidence');
  await page.getByRole('link', { name: '8.5', exact: true }).click();
  await page.waitForURL(/\/clauses\/8\.5\/$/);
  await page.goBack();
  await page.waitForURL(/\/evidence\/EV-2026-023\/$/);
  await page.goBack();
  await page.waitForURL(/\/clauses\/8\.5\/$/);
});

test('a stable /id/ link still opens a document whose file was renamed, with the rename in its history', async () => {
  const page = await context.newPage();
  await page.goto(`${handbook.site.url}/id/SOP-009/`);
  await page.waitForURL(/\/sops\/cross-department-collaboration\/$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('跨部门协作七步流程与三级审批程序');
  // The git log is a technical record, folded under the document's own change record: open it.
  await page.locator('summary', { hasText: '技术记录：版本库提交' }).click();
  expect(await page.getByText('Rename the cross-department SOP file').isVisible()).toBe(true);
  expect(await page.getByText('Handbook as published').isVisible()).toBe(true);
  await shot(page, '6-renamed-document');
  const old = await page.goto(`${handbook.site.url}/sops/cross-department-workflow/`);
  expect(old?.status()).toBe(404);
});
