// A case's timeline on its page: drawn at build time as SVG with a table beside it, the breaches of its
// procedure marked (a missed 2-hour limit, a step without a record); an SOP page lists its steps as data.
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { readPage } from '../html.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Build a process fixture, with its breach adopted as a transition so the site builds. */
async function build(code: 'CB705' | 'CB706' | 'CB708') {
  const root = await materialiseFixture(code);
  dirs.push(root);
  await appendFile(path.join(root, 'content/org.yaml'), `check_transitions:\n  - { code: ${code}, reason: 测试：偏离已记录为不符合项，整改中。, until: 2026-12-31 }\n`);
  const out = path.join(root, 'dist');
  const result = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });
  expect(result.ok, result.output).toBe(true);
  const page = (p: string) => readPage(path.join(out, p, 'index.html'));
  return Object.assign(page, { file: (name: string) => readPage(path.join(out, name)) });
}

describe('a case that missed a 2-hour limit', () => {
  test('should draw its timeline with the late step marked, and say so in the table', async () => {
    const page = await build('CB708');
    const html = await page('cases/process-case');
    const timeline = html.slice(html.indexOf('<figure class="timeline"'), html.indexOf('</figure>'));
    expect(timeline).toMatch(/<svg viewBox="0 0 720 \d+" role="img"/);
    expect(timeline).toMatch(/<g class="step breach"[^>]*>\s*<text[^>]*>1\. 初步评估<\/text>/);
    expect(timeline).toMatch(/<tr class="breach"[^>]*><td[^>]*>1\. 初步评估<\/td>.*?<td[^>]*>2026-02-03T15:00<\/td><td[^>]*>2 小时<\/td><td[^>]*>超过时限<\/td>/);
    expect(html).not.toMatch(/<script(?![^>]*type="application\/json")/);
    const sop = await page('sops/partner-selection');
    expect(sop).toContain('程序步骤一览');
    expect(sop).toMatch(/<li value="1"><p class="step-title">初步评估<\/p><dl class="step-facts"><div><dt>负责<\/dt><dd>供应链管理部<\/dd><\/div><div><dt>时限<\/dt><dd>自启动起 2 小时内<\/dd>/);
    expect(sop).toContain('已有 1 次执行记录：0 次按程序完成，1 次有偏离。');
    // The same figures in coverage.json and the audit pack.
    const coverage = JSON.parse(await page.file('coverage.json')) as { process: unknown };
    expect(coverage.process).toEqual({ instances: 1, followed: 0, breaches: [{ instance: 'CASE-2026-002', sop: 'SOP-001', step: 1, kind: 'late' }] });
    const audit = await page('audit');
    expect(audit).toContain('案例记录中共有 1 次程序执行，0 次按程序完成；发现偏离 1 处。');
    expect(audit).toContain('CASE-2026-002 SOP-001 第 1 步超过时限');
  });
});

describe('a case with a step missing', () => {
  test('should mark the step without a record', async () => {
    const html = await (await build('CB706'))('cases/process-case');
    expect(html).toMatch(/<tr class="breach"[^>]*><td[^>]*>2\. 评分<\/td><td[^>]*>—<\/td>.*?<td[^>]*>缺少记录<\/td>/);
    expect(html).toMatch(/<circle cx="\d+(\.\d+)?" cy="\d+(\.\d+)?" r="5" class="missing"/);
  });
});

describe('a scoring summary that used other weights than its form', () => {
  test('should show the recomputed totals on the record page and mark the step of the case as a breach', async () => {
    const page = await build('CB705');
    const record = await page('evidence/EV-2026-014');
    const table = record.slice(record.indexOf('<table class="cards-on-phone record-results"'), record.indexOf('</table>'));
    expect(table).toMatch(/表单权重 60%，记录用 50%/);
    expect(table).toMatch(/<th scope="row"[^>]*>甲公司<\/th>.*?<td[^>]*>3\.5<\/td><td class="recomputed"[^>]*>3\.6<strong> （不一致）<\/strong><\/td>/s);
    expect(table).toMatch(/<th scope="row"[^>]*>乙公司<\/th>.*?<td[^>]*>3\.9<\/td><td class="recomputed"[^>]*>3\.9<\/td>/s);
    expect(record).toContain('（SOP-001 第 2 步）');
    const single = await page('evidence/EV-2026-012');
    expect(single).toContain('加权总分：记录写的是 3.8，表单按规定权重计算为 3.6，不一致。');
    const caseHtml = await page('cases/process-case');
    expect(caseHtml).toMatch(/<tr class="breach"[^>]*><td[^>]*>2\. 评分<\/td>.*?<td[^>]*>计算结果与表单不符<\/td>/);
    const coverage = JSON.parse(await page.file('coverage.json')) as { process: { breaches: unknown[] } };
    expect(coverage.process.breaches).toEqual([{ instance: 'CASE-2026-002', sop: 'SOP-001', step: 2, kind: 'result' }]);
  });
});
