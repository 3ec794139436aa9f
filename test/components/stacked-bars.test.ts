// StackedBars.astro and the chart data of the home and coverage pages: bars drawn at build time, a title and
// a description the SVG names, labels given the room their characters need, and the numbers in a table.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import StackedBars from '../../src/components/chart/StackedBars.astro';
import type { EvidenceRecord } from '../../src/model/corpus.ts';
import type { EvidenceState } from '../../src/model/states.ts';
import type { Evidence } from '../../src/schema/index.ts';
import { evidenceByMonth, evidenceByStage, findingsByChapter } from '../../src/site/charts.ts';

const segments = [{ key: 'fresh', label: '有效', cls: 'fresh' }, { key: 'stale', label: '已过期', cls: 'stale' }, { key: 'due', label: '即将过期', cls: 'due' }];
const rows = [
  { label: '1 运行意识', href: '/stages/1/', values: { fresh: 3, stale: 1 } },
  { label: '2 知识', href: '/stages/2/', values: { fresh: 0, stale: 0 } },
];

test('should draw each row\'s segments, name its title and description, and give the numbers in a table', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(StackedBars, { props: { id: 'c', title: '各阶段证据', description: '按时效计数。', segments, rows } });
  // Two sizes, each naming the caption and the description.
  expect(html.match(/<svg class="(wide|narrow)"[^>]*role="img" aria-labelledby="c-title" aria-describedby="c-desc"/g)).toHaveLength(2);
  expect(html).toContain('<figcaption id="c-title">各阶段证据</figcaption>');
  // One rect per non-empty segment per size, each with its value as a tooltip; an empty row draws none.
  expect(html.match(/<rect[^>]*class="seg fresh"/g)).toHaveLength(2);
  expect(html).toContain('<title>1 运行意识：有效 3</title>');
  expect(html).not.toContain('2 知识：');
  // A segment no row has is left out of the legend and the table.
  expect(html).not.toContain('即将过期');
  // The label column fits five characters of Chinese (13 px each) and the digit.
  const label = html.match(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end" class="label">1 运行意识<\/text>/);
  expect(Number(label![1])).toBeGreaterThanOrEqual(4 * 13 + 0.58 * 13 * 2);
  const table = html.slice(html.indexOf('<table'));
  expect(table).toMatch(/<th scope="row"><a href="\/stages\/1\/">1 运行意识<\/a><\/th><td>3<\/td><td>1<\/td><td>4<\/td>/);
  expect(table).toMatch(/<th scope="row"><a href="\/stages\/2\/">2 知识<\/a><\/th><td>0<\/td><td>0<\/td><td>0<\/td>/);
  expect(html).not.toContain('<script');
});

type Rec = EvidenceRecord & { readonly data: Evidence; readonly id: string };
const rec = (id: string, date: string, clauses: string[]) => ({ id, data: { id, date, clauses } }) as unknown as Rec;
const records = [rec('EV-1', '2026-01-05', ['gbt40144:8.2']), rec('EV-2', '2026-01-20', ['gbt40144:8.2', 'gbt40144:8.3']), rec('EV-3', '2025-03-01', ['gbt40144:8.3']), rec('EV-4', '2026-02-01', ['gbt40144:9.2'])];
const states = new Map<string, EvidenceState>([
  ['EV-1', { freshness: 'fresh' } as EvidenceState], ['EV-2', { freshness: 'due' } as EvidenceState], ['EV-3', { freshness: 'stale' } as EvidenceState], ['EV-4', { freshness: 'fresh' } as EvidenceState],
]);

test('should count records by month and by the stage whose clause they prove, each by freshness', () => {
  expect(evidenceByMonth(records, states).map((m) => [m.month, m.counts.fresh, m.counts.due, m.counts.stale])).toEqual([
    ['2025-03', 0, 0, 1], ['2026-01', 1, 1, 0], ['2026-02', 1, 0, 0],
  ]);
  const stages = [1, 2, 3].map((stage) => ({ stage, clause: { id: `8.${stage + 1}`, ref: `gbt40144:8.${stage + 1}`, title: `阶段${stage}` } }));
  expect(evidenceByStage(records, states, stages).map((s) => [s.stage, s.clause, s.counts.fresh, s.counts.due, s.counts.stale])).toEqual([
    [1, '8.2', 1, 1, 0], [2, '8.3', 0, 1, 1], [3, '8.4', 0, 0, 0],
  ]);
  // A record whose freshness is unknown (withheld from this edition) is not counted.
  expect(evidenceByStage(records, new Map(), stages).every((s) => Object.values(s.counts).every((n) => n === 0))).toBe(true);
});

test('should count findings in each chapter their clauses belong to, by state', () => {
  const findings = [
    { clauses: ['gbt40144:8.5', 'gbt40144:9.2'], state: 'open' as const },
    { clauses: ['gbt40144:8.1', 'gbt40144:8.3'], state: 'closed' as const },
    { clauses: ['gbt40144:10.2'], state: 'verifying' as const },
  ];
  const chapters = [{ id: '8', title: '运行' }, { id: '9', title: '绩效评价' }, { id: '10', title: '改进' }, { id: '4', title: '组织环境' }];
  expect(findingsByChapter(findings, chapters).map((c) => [c.id, c.counts.open, c.counts.verifying, c.counts.closed])).toEqual([
    ['8', 1, 0, 1], ['9', 1, 0, 0], ['10', 0, 1, 0], ['4', 0, 0, 0],
  ]);
});
