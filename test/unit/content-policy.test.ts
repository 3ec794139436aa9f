// The build's second line: whatever a body holds, what reaches the page is the declared MDX subset.
// Rendered here by the site's own body pipeline (src/integrations/body-pipeline.ts, what the documents'
// loader runs), with no check in front: so the dev server, which renders before `check` would refuse,
// shows none of it either. The body is parsed as MDX and never compiled: nothing in it can run.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/integrations/body-pipeline.ts';
import { urlProblem } from '../../src/model/content-policy.ts';
import { settings } from '../../src/settings.ts';

/** A body as a document file of no published document renders it (nothing of the handbook's is added). */
async function compiled(body: string): Promise<string> {
  return (await renderBody(body, path.join(settings().root, 'content/policies/not-a-document.mdx'), 0)).html;
}

describe('the body sanitiser', () => {
  test('should drop import, export, expressions and components, so none of them reaches the page', async () => {
    const code = await compiled("import { execSync } from 'node:child_process'\n\nexport const who = execSync('id')\n\n正文 {who} 与 {process.exit(1)}。\n\n<Secret />\n\n<abbr title={who}>缩写</abbr>\n");
    for (const gone of ['execSync', 'child_process', 'process.exit', 'Secret', 'who']) expect(code).not.toContain(gone);
    expect(code).toContain('正文');
  });

  test('should drop script, iframe, style and event attributes, and keep the allowed HTML', async () => {
    const code = await compiled('<script>alert(1)</script>\n\n<iframe src="https://example.com/"></iframe>\n\n<a href="/id/SOP-003/">机密程序的标题</a>\n\n按 <kbd>Ctrl</kbd>，见 <abbr title="合作管理办公室" style="color: red" onclick="x()">CMO</abbr>。\n');
    // A JSX link would bypass the restricted-link replacement: it goes with its text.
    for (const gone of ['alert', 'iframe', 'example.com', 'color: red', 'onclick', '/id/SOP-003/', '机密程序的标题']) expect(code).not.toContain(gone);
    expect(code).toContain('<kbd>Ctrl</kbd>');
    expect(code).toContain('合作管理办公室');
  });

  test('should remove javascript:, data: and http: links and images from another host, and keep https:, mailto: and site links', async () => {
    const code = await compiled('[a](javascript:alert(1)) [b](data:text/html,x) [c](http://example.com/) ![d](https://example.com/t.png) [i](//evil.example/)\n\n[e](https://example.org/) [f](mailto:cmo@example.com) [g](/id/SOP-001/) ![h](/images/a.png)\n');
    for (const gone of ['javascript:', 'data:text', 'http://example.com', 'https://example.com/t.png', 'evil.example']) expect(code).not.toContain(gone);
    for (const kept of ['https://example.org/', 'mailto:cmo@example.com', '/id/SOP-001/', '/images/a.png']) expect(code).toContain(kept);
  });

  test('should keep GFM tables, task lists, footnotes and heading text as Markdown renders them', async () => {
    const code = await compiled('## 标题\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] 完成\n\n脚注[^1]\n\n[^1]: 说明\n');
    for (const kept of ['<div class="table-wrap"><table>', 'type="checkbox"', 'user-content-fn-1', '<h2 id="标题">标题</h2>']) expect(code).toContain(kept);
  });
});

describe('the body pipeline', () => {
  test('should read HTML as MDX does: elements alone on their lines are blocks, inside text they stay inline', async () => {
    const html = await compiled('<details open>\n<summary>更多</summary>\n\n补充说明。\n\n</details>\n\n<kbd>Ctrl</kbd> <kbd>C</kbd>\n\n按 <kbd>Ctrl</kbd> 复制。\n');
    expect(html).toContain('<details open><summary>更多</summary><p>补充说明。</p></details>');
    expect(html).toContain('</details>\n<kbd>Ctrl</kbd>\n<kbd>C</kbd>\n<p>');
    expect(html).toContain('<p>按 <kbd>Ctrl</kbd> 复制。</p>');
  });

  test('should give headings the ids the page\'s contents link to, and report them', async () => {
    const { html, headings } = await renderBody('## 目的\n\n正文。\n\n## 目的\n', path.join(settings().root, 'content/policies/x.mdx'), 0);
    expect(headings).toEqual([{ depth: 2, slug: '目的', text: '目的' }, { depth: 2, slug: '目的-1', text: '目的' }]);
    expect(html).toContain('<h2 id="目的-1">目的</h2>');
  });
});

describe('the address rule', () => {
  test('should allow site-relative, https: and mailto: links and site images only', () => {
    for (const url of ['/id/SOP-001/', '#目的', 'other.mdx', 'https://example.com/', 'MAILTO:a@b.cn']) expect(urlProblem(url, 'link'), url).toBeUndefined();
    for (const url of ['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'data:x', 'http://x', 'file:///etc/passwd', '//evil.example/', '\\\\evil\\x']) {
      expect(urlProblem(url, 'link'), url).toBeDefined();
    }
    expect(urlProblem('/images/a.png', 'image')).toBeUndefined();
    expect(urlProblem('https://example.com/a.png', 'image')).toEqual({ reason: 'image-scheme', scheme: 'https' });
  });
});
