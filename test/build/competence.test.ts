// The competence register on the site: the matrix as of the build's date (a valid assessment and a role
// holder never assessed, in words), the role requirements, who audited what, competence.csv, the
// competence sheet of coverage.xlsx, the audit pack section and the next assessments on /due/ and in the feed.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { readPage } from '../html.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

test('should show who holds which role, when they were assessed and until when, on every surface', async () => {
  // CB944: 何 and 徐 assessed on 2026-02-01, 钱 holds relationship-manager and was never assessed (a warning).
  const root = await materialiseFixture('CB944');
  dirs.push(root);
  const out = path.join(root, 'dist');
  const result = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });
  expect(result.ok, result.output).toBe(true);
  const file = (p: string) => readPage(path.join(out, p));
  const page = await file('competence/index.html');
  expect(page).toContain('3 个角色任职：评估有效 2 个，0 个即将到期，1 个需要评估。');
  expect(page).toMatch(/<tr id="he"><th scope="row">何 <span class="muted">质量管理部<\/span><\/th><td[^>]*class="attention-ok"[^>]*>.*?有效.*?2026-02-01 评估.*?胜任.*?有效至 2027-02-01/s);
  expect(page).toMatch(/<tr id="qian">.*?<td[^>]*class="attention-overdue"[^>]*>.*?未评估/s);
  expect(page).toContain('通过内审员培训考试');
  expect(page).toMatch(/EV-2026-011.*?年度内部审核报告.*?2026-03-10 至 2026-03-12.*?何.*?（组长）.*?有效.*?未发现/s);
  const csv = (await file('competence.csv')).split('\r\n');
  expect(csv[0]).toBe('\uFEFFperson,name,department,role,held,state,assessed_on,assessment,result,assessor,record,valid_until,next_due,overdue');
  expect(csv).toContain('he,何,quality,internal-auditor,是,valid,2026-02-01,CA-2026-001,competent,lin,EV-2026-010,2027-02-01,2027-02-01,否');
  expect(csv).toContain('qian,钱,scm,relationship-manager,是,never,,,,,,,,是');
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(path.join(out, 'coverage.xlsx'));
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet('competence')!;
  expect(sheet.getRow(1).getCell(1).value).toBe('person');
  expect(sheet.rowCount).toBe(4);
  const audit = await file('audit/index.html');
  expect(audit).toContain('<section id="competence" class="pack-section" tabindex="0">');
  expect(audit).toContain('截至 2026-06-01：3 个角色任职中，评估有效 2 个，需要评估 1 个；0 名审核员审核了本人的工作。');
  const due = await file('due/index.html');
  expect(due).toMatch(/能力评估<\/td><td[^>]*><a href="\/competence\/#qian">qian<\/a> 钱：关系经理/);
  expect(due).toMatch(/<a href="\/competence\/#he">he<\/a> 何：内审员/);
  const feed = await file('calendar.ics');
  expect(feed).toContain('assessment-qian-relationship-manager');
  expect(feed).toContain('assessment-he-internal-auditor');
});
