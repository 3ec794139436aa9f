// The findings register on the site: every finding with its status derived from its actions and
// verification, filter pages by state and grade, a page per finding, the CSV and the audit pack section.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

test('should list each finding with the status its facts give, and show one closed and one open', async () => {
  const root = await materialiseFixture('findings-valid');
  dirs.push(root);
  const out = path.join(root, 'dist');
  const result = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });
  expect(result.ok, result.output).toBe(true);
  const file = (p: string) => readFile(path.join(out, p), 'utf8');
  const register = await file('findings/index.html');
  expect(register).toMatch(/<a href="\/findings\/NC-2026-001\/"><code>NC-2026-001<\/code><\/a><\/td><td[^>]*>评分表未按规定权重计算<\/td><td[^>]*>一般不符合<\/td><td[^>]*>内部审核<\/td>.*?<span class="badge finding-closed">已关闭<\/span>/s);
  expect(register).toMatch(/NC-2026-002.*?观察项.*?自查.*?<span class="badge finding-open">未关闭<\/span>/s);
  expect(register).toContain('<a href="/findings/state/closed/">已关闭 1</a>');
  // The chart: NC-2026-001 (8.5, closed) in chapter 8, NC-2026-002 (4.1, open) in chapter 4, with the data table.
  const chart = register.slice(register.indexOf('<figure class="stacked-bars"'), register.indexOf('</figure>'));
  expect(chart).toContain('各章不符合项及其处理状态');
  expect(chart).toContain('<title>8 运行：已关闭 1</title>');
  expect(chart).toContain('<title>4 组织环境：未关闭 1</title>');
  expect(await file('findings/state/open/index.html')).not.toContain('NC-2026-001');
  expect(await file('findings/grade/minor/index.html')).toContain('NC-2026-001');
  const page = await file('findings/NC-2026-001/index.html');
  expect(page).toContain('2026-03-30 由何验证：措施有效，关闭');
  expect(page).toMatch(/停用旧版汇总模板并培训评估小组<\/td><td[^>]*>徐<\/td><td[^>]*><time datetime="2026-03-20">2026-03-20<\/time><\/td><td[^>]*><time datetime="2026-03-18">/);
  const csv = (await file('findings.csv')).split('\r\n');
  expect(csv[0]).toBe('\uFEFFid,title,grade,source,source_record,clauses,documents,relationship,owner,raised,raised_by,state,actions,actions_done,actions_overdue,verification_due,verified_on,verification_result,classification');
  expect(csv).toContain('NC-2026-001,评分表未按规定权重计算,minor,internal-audit,EV-2026-001,gbt40144:8.5,SOP-001,,scm,2026-03-02,he,closed,1,1,0,2026-04-01,2026-03-30,effective,internal');
  const audit = await file('audit/index.html');
  expect(audit).toContain('截至 2026-06-01，不符合项登记共 2 项，未关闭 1 项（其中严重不符合 0 项），有逾期事项的 0 项。');
});
