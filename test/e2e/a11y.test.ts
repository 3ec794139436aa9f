// Quality gates on the built handbook: axe (WCAG 2.1 A/AA) on one page of every type in light and dark,
// keyboard reachability, and html-validate over every built page.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { ConfigData } from 'html-validate';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { serve } from '../../scripts/lib/serve.ts';
import { openHandbook } from './handbook.ts';
import type { OpenHandbook } from './handbook.ts';

let handbook: OpenHandbook;
let out: string;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

/** One page of every type the handbook renders. */
const PAGES = [
  '/', '/policies/', '/sops/', '/templates/', '/cases/', '/sops/department/cs/',
  '/policies/partner-collaboration/', '/sops/partner-selection/', '/templates/partner-scoring-sheet/', '/forms/TPL-006/',
  '/cases/batch-quality-joint-investigation/', '/clauses/8.5/', '/clauses/', '/coverage/', '/applicability/',
  '/evidence/', '/evidence/EV-2026-001/', '/relationships/', '/relationships/jiangnan-gearbox-supply/', '/findings/', '/findings/NC-2026-002/', '/objectives/', '/objectives/state/missed/', '/due/', '/stages/4/', '/reviews/', '/glossary/', '/guide/', '/audit/', '/search/?q=合作伙伴', '/404.html',
];

beforeAll(async () => {
  handbook = await openHandbook();
  ({ out, site, browser } = handbook);
});

afterAll(() => handbook?.close());

/** A fresh context (axe needs one, not `browser.newPage()`) in the given colour scheme, local requests only. */
async function openContext(colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme });
  await context.route('**/*', (route) => (route.request().url().startsWith(site.url) ? route.continue() : route.abort()));
  return context;
}

/** Run `task` once fewer than `limit` others run: pages are checked side by side, each in its own context. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    while (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
const sideBySide = limiter(2);

// Both schemes on one load of each page, every WCAG 2.1 A/AA rule in each: the light scheme, then the
// dark one emulated on the same page (the CSS changes through prefers-color-scheme; the page is not loaded again).
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.concurrent.each(PAGES)('should find no WCAG 2.1 A/AA violation on %s, in light and dark', (url) => sideBySide(async () => {
  const context = await openContext('light');
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}${url}`);
    if (url.startsWith('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor();
    const light = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const dark = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const lines = (scheme: string, violations: typeof light.violations) => violations.flatMap((v) => v.nodes.map((n) => `${scheme}: ${v.id}: ${n.target.join(' ')}: ${v.help}`));
    const report = [...lines('light', light.violations), ...lines('dark', dark.violations)];
    expect(report, report.join('\n')).toEqual([]);
  } finally {
    await context.close();
  }
}));

test('should reach the skip link first, then the search box, by keyboard, with a visible focus outline', async () => {
  const context = await openContext('light');
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
  const outline = (locator: Locator) => locator.evaluate((el) => { const s = getComputedStyle(el); return `${s.outlineStyle} ${s.outlineWidth}`; });
  // Tab order: skip link, the site name (a link home), the search box, its button, then the primary
  // navigation's first group (a disclosure the reader may fold).
  const stops = [
    page.getByRole('link', { name: '跳到正文' }),
    page.getByRole('link', { name: '协作管理体系手册', exact: true }),
    page.getByRole('searchbox', { name: '搜索手册' }),
    page.getByRole('button', { name: '搜索' }),
    page.getByRole('navigation', { name: '主导航' }).locator('summary').first(),
  ];
  for (const stop of stops) {
    await page.keyboard.press('Tab');
    expect(await isFocused(stop)).toBe(true);
    expect(await outline(stop)).not.toMatch(/^none|\b0px$/);
  }
  await context.close();
});

test('should validate every built page with html-validate', async () => {
  const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => path.join(out, f));
  expect(files.length).toBeGreaterThan(100);
  // The build lives in a temp dir, so hand the repository's config over instead of letting it search upward.
  // .htmlvalidate.json is plain JSON (html-validate reads it with JSON.parse), so its one relaxation is explained here:
  // `valid-id: relaxed` keeps HTML5's own id rules (non-empty, no spaces) but allows the ids we publish as anchors,
  // the clause rows `gbt40144-8.5` (dots) and Sätteri's Chinese heading ids such as `2026年度协作目标` (leading digit).
  const config = JSON.parse(await readFile('.htmlvalidate.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new FileSystemConfigLoader({ ...config, root: true }));
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${path.relative(out, result.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors, errors.slice(0, 60).join('\n')).toEqual([]);
});
