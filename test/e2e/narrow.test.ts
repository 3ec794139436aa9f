// Every page of the real handbook on a phone (390 px) and a desk (1280 px): nothing scrolls sideways, no
// table cell is narrower than two Chinese characters, and no date or id breaks over two lines.
import { readdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openHandbook } from './handbook.ts';
import type { OpenHandbook } from './handbook.ts';

let handbook: OpenHandbook;
let routes: string[];

beforeAll(async () => {
  handbook = await openHandbook();
  routes = (await readdir(handbook.out, { recursive: true }))
    .map(String)
    // /id/<ID>/ pages only redirect to the document's page.
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind') && !f.startsWith('id/'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
});

afterAll(() => handbook?.close());

/** What on the page breaks the layout rules, as readable lines. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    for (const cell of document.querySelectorAll('td, th')) {
      if (!visible(cell) || !cell.textContent?.trim()) continue;
      const s = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      // clientWidth is rounded to whole pixels: a cell exactly two characters wide may read up to 1 px less.
      if (inner < 2 * parseFloat(s.fontSize) - 1) out.push(`cell "${cell.textContent.trim().slice(0, 20)}" is ${Math.round(inner)} px wide`);
    }
    for (const el of document.querySelectorAll('td time, td code, .badge')) {
      if (visible(el) && el.getClientRects().length > 1) out.push(`"${el.textContent}" breaks over two lines`);
    }
    // A cell holding only a date, an id or a version, however it is marked up, keeps it on one line.
    const whole = /^(\d{4}-\d{2}-\d{2}|[A-Z]{2,4}-\d{4}-\d{3,}|[A-Z]{2,4}-\d{3,}|V\d+(\.\d+)+)$/;
    for (const cell of document.querySelectorAll('td, th')) {
      const text = cell.textContent?.trim() ?? '';
      if (!visible(cell) || !whole.test(text)) continue;
      const range = document.createRange();
      range.selectNodeContents(cell);
      // Nested inline boxes (a link around code) sit a pixel or two apart on one line; a second line is a font size lower.
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const height = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
      if (height > 1.8 * parseFloat(getComputedStyle(cell).fontSize)) out.push(`"${text}" breaks over two lines`);
    }
    return out;
  });
}

test('should lay out every page at 390 px and at 1280 px: no sideways scroll, no cell under two characters, no broken date or id', async () => {
  expect(routes.length).toBeGreaterThan(100);
  // The phone in dark mode, the desk in light: layout does not depend on the scheme, both get looked at.
  // Each page is loaded once and laid out at both widths (a resize lays the page out anew).
  const context = await handbook.browser.newContext({ viewport: { width: 390, height: 900 }, colorScheme: 'dark' });
  // Three tabs share the routes: a page mostly waits for its load, so they take about the time of one.
  const found: string[][] = await Promise.all([0, 1, 2].map(async (tab) => {
    const page = await context.newPage();
    const out: string[] = [];
    for (const route of routes.filter((_, i) => i % 3 === tab)) {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${handbook.site.url}${route}`, { waitUntil: 'load' });
      for (const p of (await layoutProblems(page)).slice(0, 5)) out.push(`${route} at 390 px: ${p}`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      for (const p of (await layoutProblems(page)).slice(0, 5)) out.push(`${route} at 1280 px: ${p}`);
    }
    return out;
  }));
  await context.close();
  expect(found.flat().sort()).toEqual([]);
});

test('should report a page that scrolls sideways, a one-character cell and a broken date', async () => {
  const context = await handbook.browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  const cells = Array.from({ length: 12 }, (_, i) => `<td>第${i}列内容</td>`).join('');
  await page.setContent(`<main><table style="width:100%;border-collapse:collapse"><tr>${cells}</tr></table><div style="width:600px">宽</div><table style="width:60px"><tr><td><time>2026-03-01</time></td></tr></table><table style="width:60px"><tr><td><span>2026-03-02</span></td></tr></table></main>`);
  const found = await layoutProblems(page);
  await context.close();
  expect(found[0]).toMatch(/^scrolls sideways by \d+ px$/);
  expect(found.some((p) => /^cell "第\d列内容" is \d+ px wide$/.test(p))).toBe(true);
  expect(found).toContain('"2026-03-01" breaks over two lines');
  expect(found).toContain('"2026-03-02" breaks over two lines');
});
