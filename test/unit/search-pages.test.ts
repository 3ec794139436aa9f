// Pagefind is handed only the pages it indexes (src/integrations/search-pages.ts): the index made from
// the glob is the index made from the whole folder, byte for byte, and only marked pages are in it.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { isSearchable, searchableGlob } from '../../src/integrations/search-pages.ts';

const dirs: string[] = [];
afterAll(async () => {
  await pagefind.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const page = (body: string, marked: boolean) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>页</title></head><body><nav>导航菜单</nav><main id="main"${marked ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body}的正文。</p></main></body></html>`;

/** Every file Pagefind wrote, by path, as bytes in base64. */
async function indexOf(site: string, glob: string | undefined): Promise<Map<string, string>> {
  const out = await mkdtemp(path.join(tmpdir(), 'clausebook-pagefind-'));
  dirs.push(out);
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  const added = await index!.addDirectory({ path: site, ...(glob ? { glob } : {}) });
  expect(added.errors).toEqual([]);
  await index!.writeFiles({ outputPath: out });
  const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(await Promise.all(files.map(async (e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(out, file), (await readFile(file)).toString('base64')] as const;
  })));
}

describe('the pages Pagefind reads', () => {
  test('should build the same index from the marked pages alone as from the whole folder, Chinese paths included', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'clausebook-site-'));
    dirs.push(site);
    const pages: Record<string, [string, boolean]> = {
      'index.html': ['首页', false],
      'sops/partner-selection/index.html': ['合作伙伴选择程序', true],
      'glossary/合作关系/index.html': ['合作关系术语', true],
      'sops/department/cs/index.html': ['客服部程序清单', false],
    };
    for (const [file, [body, marked]] of Object.entries(pages)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), page(body, marked));
    }
    const searchable = [];
    for (const file of Object.keys(pages)) if (isSearchable(await readFile(path.join(site, file), 'utf8'))) searchable.push(file);
    expect(searchable.sort()).toEqual(['glossary/合作关系/index.html', 'sops/partner-selection/index.html']);
    const glob = searchableGlob(searchable);
    expect(glob).toBe('{glossary/合作关系/index.html,sops/partner-selection/index.html}');
    const whole = await indexOf(site, undefined);
    const marked = await indexOf(site, glob);
    expect([...marked.keys()].filter((f) => f.startsWith('fragment/'))).toHaveLength(2);
    expect(marked).toEqual(whole);
  });

  test('should read the whole folder when no page is marked or a path holds glob syntax', () => {
    expect(searchableGlob([])).toBeUndefined();
    expect(searchableGlob(['a/index.html', 'b{c}/index.html'])).toBeUndefined();
    expect(searchableGlob(['a*/index.html'])).toBeUndefined();
    expect(searchableGlob(['a,b/index.html'])).toBeUndefined();
    expect(searchableGlob(['only/index.html'])).toBe('only/index.html');
  });

  test('should tell a marked <main> from the attribute written anywhere else', () => {
    expect(isSearchable('<main id="main" lang="zh-CN" data-pagefind-body>')).toBe(true);
    expect(isSearchable('<main data-pagefind-body="">')).toBe(true);
    expect(isSearchable('<main id="main"><p>data-pagefind-body</p>')).toBe(false);
    expect(isSearchable('<main id="main" data-pagefind-bodyx>')).toBe(false);
  });
});
