// The relationship register on the site: a relationship's page shows its stage strip, gates, plan, joint
// parts, evaluations with the scores their forms compute and its maturity profile; the register lists
// every relationship with its stage and the portfolio by class and stage; what joint working lacks is said.
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { readPage } from '../html.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function build(name: 'relationship-valid' | 'CB805') {
  const root = await materialiseFixture(name);
  dirs.push(root);
  if (name === 'CB805') await appendFile(path.join(root, 'content/org.yaml'), 'check_transitions:\n  - { code: CB805, reason: 测试：联合退出策略正在与伙伴商定。, until: 2026-12-31 }\n');
  const out = path.join(root, 'dist');
  const result = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });
  expect(result.ok, result.output).toBe(true);
  return (p: string) => readPage(path.join(out, p));
}

describe('a relationship at stage 6 with its joint parts and evaluations', () => {
  test('should show its stage strip, gates, parts, scored evaluations and maturity profile', async () => {
    const file = await build('relationship-valid');
    const html = await file('relationships/vision-partner/index.html');
    const strip = html.slice(html.indexOf('<ol class="lifecycle-strip"'), html.indexOf('</ol>', html.indexOf('<ol class="lifecycle-strip"')));
    expect(strip.match(/<li class="stage-passed"/g)).toHaveLength(5);
    expect(strip).toMatch(/<li class="stage-current" aria-current="step">.*?阶段 6.*?价值创造.*?当前阶段/s);
    expect(strip.match(/<li class="stage-agreed"/g)).toHaveLength(2);
    expect(strip).toMatch(/阶段 4.*?合作伙伴筛选.*?已完成.*?<time datetime="2026-02-06">/s);
    expect(html).toMatch(/<td[^>]*>阶段 4 合作伙伴筛选<\/td><td[^>]*><time datetime="2026-02-06">2026-02-06<\/time><\/td><td[^>]*>同意进入下一阶段<\/td><td[^>]*>协作高级负责人<\/td><td[^>]*><a href="\/evidence\/EV-2026-013\/">EV-2026-013<\/a>、<a href="\/evidence\/EV-2026-014\/">EV-2026-014<\/a><\/td>/);
    expect(html).toContain('EV-2026-108</a></dd>');
    // The selection's score is what TPL-001 computes for the partner's row of the summary (4 × 60 % + 3 × 40 %).
    const trend = html.slice(html.indexOf('<figure class="score-trend"'), html.indexOf('</figure>', html.indexOf('<figure class="score-trend"')));
    expect(trend).toMatch(/<svg class="wide"[^>]*role="img"/);
    expect(trend).toMatch(/class="value">3\.6<\/text>/);
    expect(trend).toContain('推荐线 3.5');
    expect(trend).toMatch(/<td[^>]*>筛选评分<\/td><td[^>]*><time datetime="2026-02-05">2026-02-05<\/time><\/td><td[^>]*>3\.6<\/td>/);
    const maturity = html.slice(html.indexOf('<figure class="maturity"'), html.indexOf('</figure>', html.indexOf('<figure class="maturity"')));
    expect(maturity).toMatch(/class="label">信任与开放<\/text>/);
    expect(maturity).toMatch(/<td[^>]*>退出准备<\/td><td[^>]*>2<\/td>/);
    expect(html).toContain('2026-07-15 前（每 3 个月一次，上次 2026-04-15）');
    expect(html).not.toMatch(/<script(?![^>]*type="application\/json")/);
    // The register: the relationship with its stage and next review, and the portfolio by class and stage.
    const register = await file('relationships/index.html');
    expect(register).toMatch(/<td[^>]*><a href="\/id\/REL-001\/">REL-001 视觉模组联合开发合作<\/a><\/td><td[^>]*>甲公司<\/td><td[^>]*>技术供应<\/td><td[^>]*>A 类<\/td><td[^>]*>阶段 6 价值创造<\/td><td[^>]*>周<\/td><td[^>]*><span><time datetime="2026-07-15">2026-07-15<\/time><\/span><\/td>/);
    const portfolio = register.slice(register.indexOf('<table class="portfolio"'), register.indexOf('</table>', register.indexOf('<table class="portfolio"')));
    expect(portfolio).toMatch(/<th scope="row"><a href="\/relationships\/class\/A\/">A 类<\/a><\/th>(<td class="muted">·<\/td>){5}<td class="count">1<\/td>/);
    expect(await file('relationships/class/A/index.html')).toContain('REL-001');
    // Stages are one folded page, a section per stage, which the portfolio's stage heading links to.
    expect(portfolio).toContain('href="/relationships/stage/#v-6"');
    const byStage = await file('relationships/stage/index.html');
    const stage6 = byStage.slice(byStage.indexOf('id="v-6"'), byStage.indexOf('</section>', byStage.indexOf('id="v-6"')));
    expect(stage6).toContain('REL-001');
    // The gates' records prove their stages' clauses: 8.2 is covered by the stage-1 gate's record alone.
    const coverage = JSON.parse(await file('coverage.json')) as { clauses: { id: string; evidence: { id: string }[]; relationships: { id: string; stage: number; gate?: string; fresh?: boolean }[] }[] };
    const c82 = coverage.clauses.find((c) => c.id === '8.2')!;
    expect(c82.evidence.map((e) => e.id)).toContain('EV-2026-101');
    expect(c82.relationships).toEqual([{ id: 'REL-001', stage: 6, gate: '2026-01-16', fresh: true }]);
    // The exports and the audit pack carry the register.
    const csv = await file('relationships.csv');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFid,title,partner,partner_type,class,stage,manager,sponsor,contract_start,contract_end,value_band,gates,missing_joint_parts,last_score,last_evaluation,next_review,review_overdue,exit_activated,classification');
    expect(csv.split('\r\n')[1]).toBe('REL-001,视觉模组联合开发合作,甲公司,technology-supplier,A,6,zhou,lin,2026-03-01,2028-02-29,200-500 万元,1:2026-01-16 2:2026-01-20 3:2026-01-25 4:2026-02-06 5:2026-03-01,,3.6,2026-02-05,2026-07-15,否,,internal');
    const audit = await file('audit/index.html');
    expect(audit).toContain('登记在册的合作关系 1 项，其中 0 项已进入携手合作阶段却缺少联合安排，0 项绩效评审逾期。');
    expect(audit).toMatch(/<td>REL-001 视觉模组联合开发合作<\/td><td>甲公司<\/td><td>A<\/td><td>6<\/td><td>1 2026-01-16；2 2026-01-20；3 2026-01-25；4 2026-02-06；5 2026-03-01<\/td>/);
    const clausePage = await file('clauses/8.2/index.html');
    expect(clausePage).toContain('处于或已过阶段 1 的合作关系');
    expect(clausePage).toMatch(/REL-001 视觉模组联合开发合作<\/a><\/td><td[^>]*>阶段 6<\/td><td[^>]*><time datetime="2026-01-16">2026-01-16<\/time> <span class="freshness-fresh">记录有效<\/span><\/td>/);
  });
});

describe('a relationship at stage 6 without a joint exit strategy', () => {
  test('should say on its page and in the register what joint working lacks', async () => {
    const file = await build('CB805');
    const html = await file('relationships/vision-partner/index.html');
    expect(html).toContain('已到阶段 6，但还缺少：联合退出策略。');
    expect(html).toMatch(/联合退出策略<\/dt><dd><span class="missing">无记录<\/span>/);
    expect(await file('relationships/index.html')).toContain('已到阶段 6，但还缺少：联合退出策略。');
  });
});
