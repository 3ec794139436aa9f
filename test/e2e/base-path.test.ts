// A site served below a path (GitHub Pages project site): CLAUSEBOOK_BASE=/handbook/ puts the base in front
// of every link the pages write, and navigation and search work from a server that only answers below it.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { normaliseBase, prefixInternalUrls } from '../../src/integrations/base-path.ts';

const BASE = '/handbook/';
let root: string;
let out: string;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  root = await materialiseFixture('valid');
  out = path.join(root, 'dist');
  const built = await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_BASE: 'handbook', CLAUSEBOOK_HISTORY: 'off' });
  expect(built.ok, built.output).toBe(true);
  site = await serve(out, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(root, { recursive: true, force: true });
});

test('should normalise the base and prefix only root-relative URLs that lack it', () => {
  expect(['', '/', 'handbook', '/handbook', 'handbook/', '/handbook/'].map(normaliseBase)).toEqual(['/', '/', BASE, BASE, BASE, BASE]);
  const html = '<a href="/sops/">x</a><a href="//cdn.example/x">y</a><a href="https://e.example/">z</a><script src="/handbook/_astro/a.js"></script><form action="/search/"></form><meta http-equiv="refresh" content="0; url=/sops/x/">';
  expect(prefixInternalUrls(html, BASE)).toBe('<a href="/handbook/sops/">x</a><a href="//cdn.example/x">y</a><a href="https://e.example/">z</a><script src="/handbook/_astro/a.js"></script><form action="/handbook/search/"></form><meta http-equiv="refresh" content="0; url=/handbook/sops/x/">');
  expect(prefixInternalUrls(html, '/')).toBe(html);
});

test('should write no root-relative URL outside the base, and every one should resolve', async () => {
  const pages = (await readdir(out, { recursive: true })).map(String).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  const outside: string[] = [];
  const missing: string[] = [];
  for (const page of pages) {
    const html = await readFile(path.join(out, page), 'utf8');
    for (const [, url] of html.matchAll(/\s(?:href|src|action)="(\/(?!\/)[^"#?]*)/g)) {
      if (!url!.startsWith(BASE)) outside.push(`${page}: ${url}`);
      const rest = url!.slice(BASE.length);
      const exists = await readFile(path.join(out, rest, rest === '' || rest.endsWith('/') ? 'index.html' : '')).then(() => true, () => false);
      if (!exists) missing.push(`${page}: ${url}`);
    }
  }
  expect(outside).toEqual([]);
  expect(missing).toEqual([]);
});

test('should navigate and search from a server that answers only below the base', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}${BASE}`);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '程序文件' }).click();
  await page.waitForURL(`**${BASE}sops/`);
  await page.getByRole('link', { name: /合作伙伴筛选程序/ }).first().click();
  await page.waitForURL(`**${BASE}sops/partner-selection/`);
  await page.getByRole('searchbox', { name: '搜索手册' }).fill('合作伙伴');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.waitForURL(`**${BASE}search/?q=*`);
  const result = page.locator('.pagefind-ui__result-link').first();
  await result.waitFor();
  expect(await result.getAttribute('href')).toMatch(/^\/handbook\//);
  await result.click();
  await page.waitForURL(new RegExp(`${BASE}(policies|sops|templates|cases)/`));
  expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
});
