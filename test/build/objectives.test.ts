// The objectives register on the site: each objective with its indicators, target from its rule, latest
// value, status and trend chart, the facet pages, POL-001's table generated from its objectives, the CSV,
// the due items and the audit pack's section.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { readPage } from '../html.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

test('should show each objective against its rule, generate the policy\'s table and export the periods', async () => {
  const root = await materialiseFixture('objectives-valid');
  dirs.push(root);
  const out = path.join(root, 'dist');
  const result = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });
  expect(result.ok, result.output).toBe(true);
  const file = (p: string) => readPage(path.join(out, p));
  const page = await file('objectives/index.html');
  expect(page).toMatch(/<section class="objective" id="OBJ-2026-01"[^>]*>.*?协作按期交付.*?<span class="badge objective-state-met">达标<\/span>/s);
  expect(page).toContain('<a href="/rules/#collab.delivery.on_time_rate">≥ 90%</a>');
  expect(page).toContain('78%（2025 年）');
  // The trend: a target line, one point per measured period, and the periods table as its text alternative.
  expect(page).toMatch(/<svg class="wide"[^>]*aria-describedby="OBJ-2026-01-on-time-rate-periods"/);
  expect(page).toMatch(/<line [^>]*class="target"/);
  expect(page).toMatch(/<td data-label="期间">2026-Q1<\/td><td[^>]*><time datetime="2026-04-15">2026-04-15<\/time><\/td><td[^>]*>92%.*?<span class="objective-state-met">达标<\/span>.*?<a href="\/evidence\/EV-2026-003\/">EV-2026-003<\/a>/s);
  expect(page).toMatch(/2026-Q2<\/td>.*?尚未到期/s);
  // No chart for an indicator without a measurement; its table says so.
  expect(page).not.toContain('aria-describedby="OBJ-2026-01-satisfaction-periods"');
  expect(await file('objectives/state/met/index.html')).toContain('OBJ-2026-01');
  expect(await file('objectives/owner/lin/index.html')).toContain('OBJ-2026-01');
  // POL-001's table comes from its objectives: the directive is gone, the target is the rule's value.
  const policy = await file('policies/partner-policy/index.html');
  expect(policy).not.toContain('::objectives');
  expect(policy).toMatch(/<table>.*?<th>指标与目标值<\/th>.*?<a href="\/objectives\/#OBJ-2026-01"[^>]*>协作按期交付<\/a>.*?按期完成的协作事项比例 <a href="\/rules\/#collab.delivery.on_time_rate"[^>]*>≥ 90%<\/a>（2025 年为 78%）.*?2026-12-31，按季度、按年统计.*?林（协作管理办公室）/s);
  const csv = (await file('objectives.csv')).split('\r\n');
  expect(csv[0]).toBe('\uFEFFobjective,title,owner,department,deadline,indicator,measure,unit,target_rule,comparator,target,baseline,baseline_period,cadence,period,summary,due,value,state,record,stated_target,objective_state,defined_by');
  expect(csv).toContain('OBJ-2026-01,协作按期交付,lin,cmo,2026-12-31,on-time-rate,按期完成的协作事项比例,%,collab.delivery.on_time_rate,>=,90,78,2025,quarterly,2026-Q1,否,2026-04-15,92,met,EV-2026-003,90,met,POL-001');
  expect(await file('due/index.html')).toContain('协作按期交付：按期完成的协作事项比例（2026-Q2）');
  expect(await file('audit/index.html')).toContain('截至 2026-06-01：1 项协作目标，达标 1 项，未达标 0 项，缺少测量结果 0 项。');
});
