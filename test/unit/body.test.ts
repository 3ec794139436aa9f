// Body analysis: the fast line scanner must agree with the full MDX parse, and parse errors carry lines.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { analyseBody, parseBody, scanBody } from '../../src/model/body.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';

const SAMPLES = [
  '## 目的\n\n见[程序](/id/SOP-001/)与[证据](/evidence/EV-2026-001/)。\n\n### 1. 第一步\n\n文字 [外链](https://example.com)。\n',
  '## 标题\n\n```md\n[不是链接](/id/X/)\n## 不是标题\n```\n\n## 标题\n\n| 表 | 头 |\n|---|---|\n| [表中链接](/id/TPL-001/#填写说明) | 2 |\n',
  '# 一级 #\n\n![图](/img.png "标题")\n\n[锚点](#一级)\n\n~~~\n## code\n~~~\n',
  '段落\n---\n\n正文',
  '## 带 *强调* 的标题\n\n[a](/id/A/)',
  'import X from "y"\n\n<X />\n\n## 之后\n\n[b](/id/B/)',
];

// Rule citations and allowed elements in their plainest form take the line scanner.
const INLINE_FAST = [
  '## 时限\n\n会后 :rule[meeting.minutes.deadline]内发出（见[程序](/id/SOP-013/)），紧急会议 :rule[meeting.minutes.emergency]内。\n',
  '| 指标 | 目标 | 记录 |\n|---|---|---|\n| 按期交付率 | :rule[collab.delivery.on_time_rate] | [共识表](/id/TPL-002/) |\n',
  '达标线为 <kbd>≥ 90%</kbd>，见[说明](#说明)；<mark>重点</mark>与 <sub>下标</sub>。\n',
  '见 <kbd>[链接](/id/A/)</kbd> 与 :rule[a_b_c]、:Rule9[x.y]、:rule[]。\n',
  '```md\n:rule[不是引用]\n<span>不是元素</span>\n```\n\n正文 :rule[x]。\n',
  '| a | b |\n|---|---|\n| <kbd>x</kbd> | :rule[a.b] |\n',
  '- 列表 <kbd>x</kbd><kbd>y</kbd> 项\n- :rule[x.y]:rule[c.d] 项\n\n文字 <kbd><mark>x</mark></kbd>\n',
];
// Everything near them that the scanner must leave to the parser (and still agree with it).
const INLINE_PARSED = [
  ':rule[x](/id/A/)\n',
  '::objectives\n',
  '见 :rule[*强调*]\n',
  '段落 <kbd>未闭合\n\n下一段</kbd>\n',
  '段落 <abbr title="t">x</abbr>\n',
  '段落 <span>x</span>\n',
  '10:am 开会\n',
  '## 标题 :rule[x]\n',
  ':rule[_x_] 与 :rule-[x] 与 a::rule[x]\n',
  '代码 `:rule[x]` 之后\n',
  '<kbd>行首</kbd> 的元素\n',
  '| a | :rule[x|y] |\n|---|---|\n',
  '引用 :rule[x] 与 [:rule[y] 文字](/id/A/)\n',
  '| a | b |\n|---|---|\n| <kbd>x|y</kbd> | z |\n',
  '文字 <kbd><mark>x</kbd></mark>\n',
  '文字 <kbd>a\n</kbd>\n',
  '|---|---|\n---\n',
  '* [10:30[链接](/id/SOP-001/) 与 中:文[锚](#目的)\n',
  '- ]\n    -\n',
  '\t# 标题\n',
  '## ~删除~\n',
  ':0_a[标签\n跨行 [链接](/id/SOP-001/)] 。\n',
  '| <mark>_</mark>|:rule[a.b]\nx_\n',
  '文字 <kbd>*强调*</kbd>\n',
  '* [，]:rule[a.b]c\n',
  '* :rule[q]\n- * #\n',
  '注意:请填写 :rule[a.b]\n',
];

/**
 * Bodies put together at random (a fixed seed) from the pieces the scanner reads and those it must leave
 * to the parser: every one the scanner reads must come out as the parser reads it.
 */
function randomBodies(count: number, seed: number): string[] {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const inline = ['文字', ' ', '，', '。', ':rule[a.b]', ':rule[x_y.z]', ':Rule[q]', ':rule[]', '<kbd>', '</kbd>', '<mark>', '</mark>', '<sub>x</sub>', '<kbd>≥ 90%</kbd>', '[链接](/id/SOP-001/)', '[锚](#目的)', '|', '*', '_', '`', '(', ')', '[', ']', ':', 'a:b', '10:30', 'x', '-', '#', '!', '~', '<br />', '<span>s</span>', ':rule[a.b](/x)', '::rule[y]', '"引"', '中:文', '10:00，', ':0_a[', '中:文[x]', 'é:é[y]', ':rule[a.b]c', '  ', '---'];
  const starts = ['', '', '', '- ', '1. ', '## ', '   ', '    ', '> ', '| ', '\t', '* '];
  const whole = ['', '|---|---|', '---', '```', '===', '| a | b |'];
  return Array.from({ length: count }, () => {
    const lines = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
      if (next() < 0.25) return pick(whole);
      let line = pick(starts);
      for (let k = 1 + Math.floor(next() * 6); k > 0; k--) line += pick(inline);
      return line;
    });
    return `${lines.join('\n')}\n`;
  });
}

const realBodies = (() => {
  const root = path.resolve('content');
  const out: string[] = [];
  for (const folder of ['policies', 'sops', 'templates', 'cases']) {
    for (const file of readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.mdx'))) {
      out.push(splitFrontmatter(readFileSync(path.join(root, folder, file), 'utf8'))!.body);
    }
  }
  return out;
})();

test.each(SAMPLES.map((s, i) => [i, s]))('should agree with the full parse on sample %i', (_, body) => {
  expect(analyseBody(body as string, 10)).toEqual(parseBody(body as string, 10));
});

test.each([...INLINE_FAST, ...INLINE_PARSED].map((s, i) => [i, s]))('should agree with the full parse on citations and elements, sample %i', (_, body) => {
  expect(analyseBody(body as string, 10)).toEqual(parseBody(body as string, 10));
});

test('should read plain rule citations and allowed elements without the parser', () => {
  for (const body of INLINE_FAST) expect(scanBody(body, 0), body).toBeDefined();
  expect(scanBody(INLINE_FAST[0]!, 3)!.directives).toEqual([
    { name: 'rule', kind: 'text', label: 'meeting.minutes.deadline', line: 6, column: 4 },
    { name: 'rule', kind: 'text', label: 'meeting.minutes.emergency', line: 6, column: 65 },
  ]);
  for (const body of INLINE_PARSED.slice(0, -1)) expect(scanBody(body, 0), body).toBeUndefined();
});

test('should agree with the full parse on every random body it reads', () => {
  const read = randomBodies(3000, 7).filter((body) => scanBody(body, 0) !== undefined);
  // About a fifth take the scanner: enough to reach every piece it reads.
  expect(read.length).toBeGreaterThan(300);
  for (const body of read) expect(analyseBody(body, 5), JSON.stringify(body)).toEqual(parseBody(body, 5));
});

test('should agree with the full parse on every document of the handbook', () => {
  expect(realBodies.length).toBeGreaterThan(0);
  for (const body of realBodies) expect(analyseBody(body, 20)).toEqual(parseBody(body, 20));
});

test('should take the fast path for plain Chinese bodies and defer MDX syntax to the parser', () => {
  expect(scanBody(SAMPLES[0]!, 0)).toBeDefined();
  expect(scanBody(SAMPLES[5]!, 0)).toBeUndefined();
  expect(scanBody(SAMPLES[3]!, 0)).toBeUndefined(); // setext heading
});

test('should give heading slugs as the site renders them and de-duplicate repeats', () => {
  const info = analyseBody(SAMPLES[1]!, 0);
  expect(info.headings.map((h) => h.slug)).toEqual(['标题', '标题-1']);
  expect(info.links.map((l) => [l.url, l.line, l.column])).toEqual([['/id/TPL-001/#填写说明', 12, 3]]);
});

test('should report where MDX stops parsing', () => {
  const info = analyseBody('## 目的\n\n分数 <3 淘汰。\n', 4);
  expect(info.parseError).toMatchObject({ line: 7, column: 5 });
});

test('should report an unclosed tag at the tag, with the file\'s own line numbers in the message', () => {
  const info = analyseBody('## 目的\n\n正文。\n\n<details>\n\n内容\n', 14);
  expect(info.parseError).toEqual({ message: 'Expected a closing tag for `<details>` (19:1-19:10)', line: 19, column: 1 });
});

test('should treat HTML named after an Object property (<constructor>) as any other removed element, not crash', () => {
  const info = analyseBody('段落 <constructor>x</constructor> 与 <hasownproperty>y</hasownproperty>。\n', 0);
  expect(info.findings.map((f) => [f.kind, f.detail])).toEqual([
    ['html', { kind: 'element', element: 'constructor' }],
    ['html', { kind: 'element', element: 'hasownproperty' }],
  ]);
});
