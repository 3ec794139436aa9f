// Chinese search quality: each query in test/search-queries.yaml must rank its documents within the top N.
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SEARCH_RANKING } from '../../src/components/search-options.ts';
import type { serve } from '../../scripts/lib/serve.ts';
import { openHandbook } from './handbook.ts';
import type { OpenHandbook } from './handbook.ts';

interface SearchQuery {
  query: string;
  expect: string[];
  top?: number;
  filters?: Record<string, string>;
  /**
   * `keywords`: the query occurs only in the `keywords` frontmatter of the expected documents.
   * `jump`: an id query; the search page must offer a direct link to that one document or record.
   */
  via?: 'keywords' | 'jump';
  /** Why the query still misses; the test then asserts that it does. */
  pending?: string;
}

const queries = parse(readFileSync('test/search-queries.yaml', 'utf8')) as SearchQuery[];
let handbook: OpenHandbook;
let out: string;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
const idByUrl = new Map<string, string>();

beforeAll(async () => {
  handbook = await openHandbook();
  ({ out, site, browser } = handbook);
  // Each /id/<ID>/ page redirects to the document's page: that gives the url → id map.
  for (const id of await readdir(path.join(out, 'id'))) {
    const html = await readFile(path.join(out, 'id', id, 'index.html'), 'utf8');
    const target = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (target) idByUrl.set(target, id);
  }
  page = await (await browser.newContext()).newPage();
  await page.goto(`${site.url}/search/`);
});

afterAll(() => handbook?.close());

/** Run Pagefind's JS API in the search page; returns the urls of the first `top` results. */
async function searchUrls(query: string, filters: Record<string, string>, top: number): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() in a function body.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const r = await pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(r.results.slice(0, ${top}).map((x) => x.data()));
    return data.map((d) => d.url);
  })()`);
}

test.each(queries.filter((q) => q.via !== 'jump'))('should rank $expect in the top results for "$query"', async ({ query, expect: ids, top = 5, filters = {}, pending }) => {
  const urls = await searchUrls(query, filters, top);
  const found = urls.map((u) => idByUrl.get(u.replace(/\.html$/, '').replace(/\/?$/, '/')) ?? u);
  if (pending) {
    expect(ids.every((id) => found.includes(id)), `"${query}" passes now: remove its pending note`).toBe(false);
    return;
  }
  for (const id of ids) expect(found, `${query} ${JSON.stringify(filters)}`).toContain(id);
});

test.each(queries.filter((q) => q.via === 'jump'))('should offer a direct link to $expect for "$query"', async ({ query, expect: [id] }) => {
  const ui = await page.context().newPage();
  await ui.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  const link = ui.getByRole('link', { name: `直接打开 ${id}` });
  await link.waitFor();
  await link.click();
  await ui.waitForURL(id!.startsWith('EV-') ? `**/evidence/${id}/` : (url) => idByUrl.get(url.pathname) === id);
  await ui.close();
});

test('should name each result by id, title, type and status, with an excerpt long enough to read', async () => {
  const ui = await page.context().newPage();
  await ui.goto(`${site.url}/search/?q=${encodeURIComponent('合作伙伴筛选')}`);
  await ui.locator('.pagefind-ui__result-link').first().waitFor();
  const titles = await ui.locator('.pagefind-ui__result-link').allTextContents();
  expect(titles).toContain('SOP-004 合作伙伴筛选程序 · 程序 · 已批准');
  // Documents and records lead with their id.
  expect(titles.filter((title) => /合作伙伴/.test(title)).every((title) => /^[A-Z]+-[\w-]+ /.test(title))).toBe(true);
  const excerpt = (await ui.locator('.pagefind-ui__result-excerpt').first().textContent()) ?? '';
  expect(excerpt.length).toBeGreaterThan(40);
  await ui.close();
});

test('should offer no direct link for an id that does not exist', async () => {
  const ui = await page.context().newPage();
  await ui.goto(`${site.url}/search/?q=SOP-999`);
  await ui.waitForLoadState('networkidle');
  expect(await ui.getByRole('link', { name: /直接打开/ }).count()).toBe(0);
  await ui.close();
});

test.each(queries.filter((q) => q.via === 'keywords'))('should owe the hit for "$query" to keywords alone', ({ query, expect: ids }) => {
  // The term must sit in the expected documents' `keywords:` line and nowhere else in content/.
  const owners: string[] = [];
  for (const folder of ['policies', 'sops', 'templates', 'cases']) {
    for (const file of readdirSync(path.join('content', folder))) {
      const lines = readFileSync(path.join('content', folder, file), 'utf8').split('\n');
      expect(lines.filter((l) => l.includes(query) && !l.startsWith('keywords:')), file).toEqual([]);
      if (lines.some((l) => l.startsWith('keywords:') && l.includes(query))) owners.push(lines.find((l) => l.startsWith('id:'))!.slice(3).trim());
    }
  }
  expect(owners.sort()).toEqual([...ids].sort());
});
