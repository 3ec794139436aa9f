// The risk register on the site: heat maps whose counts link to the cell's risks, facet pages, a page per
// risk, joint risks on the relationship page, the CSV, the XLSX sheet, due items and the audit pack section.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';

let root: string;
let out: string;
const file = (p: string) => readFile(path.join(out, p), 'utf8');
beforeAll(async () => {
  root = await materialiseFixture('risks-valid');
  out = path.join(root, 'dist');
  const result = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off', CLAUSEBOOK_PROFILE: 'restricted' });
  expect(result.ok, result.output).toBe(true);
});
afterAll(() => rm(root, { recursive: true, force: true }));

test('should draw both heat maps as tables whose counts link to their cell, with the level in words', async () => {
  const page = await file('risks/index.html');
  expect(page.match(/<table class="heat-map"/g)).toHaveLength(2);
  // Inherent: RSK-001 at likelihood 4 × impact 4 (high 16); residual: it and RSK-002 at 2 × 3.
  expect(page).toMatch(/<td class="lvl-high"><a href="\/risks\/inherent\/4x4\/"><strong aria-hidden="true">1<\/strong><span class="visually-hidden">可能性 4 × 影响程度 4 = 16（高）：1 条<\/span><\/a><small aria-hidden="true">高16<\/small><\/td>/);
  expect(page).toMatch(/<a href="\/risks\/residual\/2x3\/"><strong aria-hidden="true">2<\/strong><span class="visually-hidden">可能性 2 × 影响程度 3 = 6（低）：2 条<\/span><\/a>/);
  expect(page).toMatch(/<a href="\/risks\/level\/medium\/"[^>]*>中 2<\/a>/);
  expect(await file('risks/residual/2x3/index.html')).toMatch(/RSK-001[\s\S]*RSK-002/);
  expect(await file('risks/inherent/4x4/index.html')).not.toContain('RSK-002');
  expect(await file('risks/relationship/REL-001/index.html')).not.toContain('RSK-005');
  expect(await file('risks/category/other/index.html')).toContain('RSK-005');
});

test('should show a risk with its ratings, approval, actions and next review as of the build date', async () => {
  const page = await file('risks/RSK-003/index.html');
  expect(page).toContain('高于风险偏好，已经有效批准。');
  expect(page).toContain('2026-03-01 由林批准，有效期至 2026-12-31');
  expect(page).toMatch(/3 × 4 = 12/);
  expect(page).toContain('下次复核应于 2026-08-15 前完成。');
  expect(await file('risks/RSK-002/index.html')).toContain('在风险偏好以内，不需要批准。');
  const rel = await file('relationships/vision-partner/index.html');
  expect(rel).toMatch(/本关系的风险<\/h3>[\s\S]*RSK-001[\s\S]*联合[\s\S]*RSK-004/);
  expect(rel).not.toMatch(/本关系的风险<\/h3>[\s\S]*RSK-005/);
});

test('should export the register as CSV with a BOM and as a sheet of coverage.xlsx, and list its duties as due', async () => {
  const csv = (await file('risks.csv')).split('\r\n');
  expect(csv[0]!.startsWith('\uFEFFid,title,category,relationship,joint,')).toBe(true);
  expect(csv).toContain('RSK-003,模组批次质量不稳定,quality,REL-001,是,zhou,scm,2026-02-18,EV-2026-107,3,4,12,medium,2,4,8,medium,是,mitigate,treating,1,0,0,是,lin,2026-12-31,,2026-05-15,2026-08-15,否,confidential');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(out, 'coverage.xlsx'));
  const sheet = workbook.getWorksheet('risks')!;
  expect(sheet.rowCount).toBe(6);
  const due = await file('due/index.html');
  expect(due).toContain('/risks/RSK-003/');
  expect(due).toContain('风险复核');
  expect(await file('calendar.ics')).toContain('UID:risk-review-RSK-003@clausebook');
  expect(await file('calendar/scm.ics')).toContain('UID:risk-action-RSK-003-1@clausebook');
  const audit = await file('audit/index.html');
  expect(audit).toMatch(/id="risks"[\s\S]*heat-map[\s\S]*高于风险偏好、没有有效批准的风险（0）/);
});
