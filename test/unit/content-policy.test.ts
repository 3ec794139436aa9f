// The build's second line: whatever a body holds, what reaches the page is the declared MDX subset.
// Compiled here with MDX itself (as Astro compiles documents) and the site's rehype plugin, with no check
// in front: so the dev server, which renders before `check` would refuse, runs no code either.
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import rehypeContentPolicy from '../../src/integrations/rehype-content-policy.ts';
import { urlProblem } from '../../src/model/content-policy.ts';

async function compiled(body: string): Promise<string> {
  return String(await compile(body, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeContentPolicy] }));
}

describe('the body sanitiser', () => {
  test('should drop import, export, expressions and components, so none of them reaches the compiled module', async () => {
    const code = await compiled("import { execSync } from 'node:child_process'\n\nexport const who = execSync('id')\n\n正文 {who} 与 {process.exit(1)}。\n\n<Secret />\n\n<abbr title={who}>缩写</abbr>\n");
    for (const gone of ['execSync', 'child_process', 'process.exit', 'Secret', 'who']) expect(code).not.toContain(gone);
    expect(code).toContain('正文');
  });

  test('should drop script, iframe, style and event attributes, and keep the allowed HTML', async () => {
    const code = await compiled('<script>alert(1)</script>\n\n<iframe src="https://example.com/"></iframe>\n\n<a href="/id/SOP-003/">机密程序的标题</a>\n\n按 <kbd>Ctrl</kbd>，见 <abbr title="合作管理办公室" style="color: red" onclick="x()">CMO</abbr>。\n');
    // A JSX link would bypass the restricted-link replacement: it goes with its text.
    for (const gone of ['alert', 'iframe', 'example.com', 'color: red', 'onclick', '/id/SOP-003/', '机密程序的标题']) expect(code).not.toContain(gone);
    expect(code).toMatch(/_components\.kbd|"kbd"/);
    expect(code).toContain('合作管理办公室');
  });

  test('should remove javascript:, data: and http: links and images from another host, and keep https:, mailto: and site links', async () => {
    const code = await compiled('[a](javascript:alert(1)) [b](data:text/html,x) [c](http://example.com/) ![d](https://example.com/t.png) [i](//evil.example/)\n\n[e](https://example.org/) [f](mailto:cmo@example.com) [g](/id/SOP-001/) ![h](/images/a.png)\n');
    for (const gone of ['javascript:', 'data:text', 'http://example.com', 'https://example.com/t.png', 'evil.example']) expect(code).not.toContain(gone);
    for (const kept of ['https://example.org/', 'mailto:cmo@example.com', '/id/SOP-001/', '/images/a.png']) expect(code).toContain(kept);
  });

  test('should keep GFM tables, task lists, footnotes and heading text as Markdown renders them', async () => {
    const code = await compiled('## 标题\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] 完成\n\n脚注[^1]\n\n[^1]: 说明\n');
    for (const kept of ['"table"', 'checkbox', 'user-content-fn-1', '标题']) expect(code).toContain(kept);
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
