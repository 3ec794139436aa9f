// DocControl.astro: the document-control header shows what a reader must trust about a document.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import DocControl from '../../src/components/DocControl.astro';
import { OrgSchema, PolicySchema } from '../../src/schema/index.ts';
import { reviewState } from '../../src/model/states.ts';

const org = OrgSchema.parse({ name: '测试', scope: '范围', departments: [{ id: 'scm', name: '供应链管理部' }], roles: [{ id: 'ceo', name: '总经理' }] });
const data = PolicySchema.parse({
  id: 'POL-009', title: '测试制度', summary: '摘要。', status: 'approved', version: '2.1', owner: 'scm', approvers: ['ceo'],
  effective: '2025-01-01', review_by: '2026-01-01', classification: 'confidential', clauses: ['gbt40144:8.5'],
});

test('should show id, version, status, owner and approvers by name, dates, classification and clause links', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(DocControl, { props: { data, org, review: reviewState(data, '2026-06-01'), stages: [4] } });
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  for (const expected of ['POL-009', 'V2.1', '已批准', '供应链管理部', '总经理', '2025-01-01', '2026-01-01', '已逾期', '机密', '阶段 4']) {
    expect(text).toContain(expected);
  }
  expect(html).toContain('href="/clauses/8.5/"');
  expect(html).toContain('<time datetime="2026-01-01">');
});

test('should not flag a review that is not yet due', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(DocControl, { props: { data, org, review: reviewState(data, '2025-12-31'), stages: [] } });
  expect(html).not.toContain('已逾期');
});

test('should show the review date a cadence sets, and the cadence, when review_by is left out', async () => {
  const container = await AstroContainer.create();
  const cadenced = PolicySchema.parse({ ...data, review_by: undefined, review_every: '12 months', changes: [{ version: '2.1', date: '2025-03-01', summary: '修订。' }] });
  const html = await container.renderToString(DocControl, { props: { data: cadenced, org, review: reviewState(cadenced, '2026-06-01'), stages: [] } });
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(html).toContain('<time datetime="2026-03-01">');
  expect(text).toContain('（每 12 个月复审一次）');
  expect(text).toContain('已逾期');
});
