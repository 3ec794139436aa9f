// Straight double quotes in a body become Chinese quotation marks, paired within each block.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import remarkQuotes from '../../src/integrations/remark-quotes.ts';

// Astro's Markdown pipeline as astro.config.mjs sets it: its smartypants off, this plugin first.
const processor = await createMarkdownProcessor({ smartypants: false, remarkPlugins: [remarkQuotes], syntaxHighlight: false });
const render = async (markdown: string) => (await processor.render(markdown)).code.trim();

test('should open and close the quotes of a Chinese sentence, which English smartypants printed as two closing marks', async () => {
  expect(await render('对应公司年度战略中"巡检产品线升级"的重点任务。')).toBe('<p>对应公司年度战略中“巡检产品线升级”的重点任务。</p>');
  expect(await render('预约解决"谁先用"，维护责任解决"谁来管"。')).toBe('<p>预约解决“谁先用”，维护责任解决“谁来管”。</p>');
});

test('should pair quotes across a link and emphasis within one block, and start again in the next', async () => {
  expect(await render('落实 [支持管理制度](/id/POL-005/) 中"资源**统筹**配置"的要求。\n\n第二段"再开"。')).toBe('<p>落实 <a href="/id/POL-005/">支持管理制度</a> 中“资源<strong>统筹</strong>配置”的要求。</p>\n<p>第二段“再开”。</p>');
  expect(await render('| 列 |\n|---|\n| 结论为"不满足" |')).toContain('<td>结论为“不满足”</td>');
  expect(await render('## 何为"协作"')).toContain('>何为“协作”</h2>');
});

test('should leave a block with an unpaired quote, single quotes and code as written', async () => {
  expect(await render('尺寸为 5" 的屏幕。')).toBe('<p>尺寸为 5" 的屏幕。</p>');
  expect(await render("It's 'fine' -- ok...")).toBe("<p>It's 'fine' -- ok...</p>");
  expect(await render('命令 `grep "x"` 照写，"这里"换。')).toBe('<p>命令 <code>grep "x"</code> 照写，“这里”换。</p>');
});
