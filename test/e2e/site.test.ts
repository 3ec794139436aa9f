// The built handbook in a real browser: search, filters, print view, no other hosts (small screens: narrow.test.ts).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { serve } from '../../scripts/lib/serve.ts';
import { openHandbook } from './handbook.ts';
import type { OpenHandbook } from './handbook.ts';

let handbook: OpenHandbook;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let context: BrowserContext;
const foreign: string[] = [];

beforeAll(async () => {
  handbook = await openHandbook();
  ({ site, browser } = handbook);
  context = await browser.newContext();
  // Every request must go to the local server: record anything else and refuse it.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.url) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
});

afterAll(() => handbook?.close());

test('should find partner documents for a Chinese query typed in the header search box', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await page.getByRole('searchbox', { name: '搜索手册' }).fill('合作伙伴');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.waitForURL(/\/search\/\?q=/);
  const result = page.getByRole('link', { name: '合作伙伴筛选程序' }).first();
  await result.waitFor();
  await result.click();
  await page.waitForURL(/\/sops\/partner-selection\//);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('合作伙伴筛选程序');
});

test('should narrow an index as the reader types, and filter by department without JavaScript', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/sops/`);
  const rows = page.locator('tbody tr:visible');
  const all = await rows.count();
  await page.getByLabel('在列表中查找：').fill('投诉');
  expect(await rows.count()).toBeLessThan(all);
  expect(await rows.first().textContent()).toContain('客户投诉处理程序');

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${site.url}/sops/`);
  expect(await plain.getByLabel('在列表中查找：').isVisible()).toBe(false);
  await plain.getByText('部门', { exact: true }).click();
  await plain.getByRole('link', { name: '客户服务部' }).click();
  await plain.waitForURL(/\/sops\/department\/cs\//);
  expect(await plain.locator('tbody tr').count()).toBeGreaterThan(0);
  await noScript.close();
});

test('should print a blank form without the navigation', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/forms/TPL-006/`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
  expect(await page.getByRole('heading', { name: /合作伙伴评分表/ }).isVisible()).toBe(true);
});

test('should load nothing from another host and no script on document pages', async () => {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  for (const id of ['POL-001', 'SOP-009', 'TPL-001', 'CASE-2026-001']) await page.goto(`${site.url}/id/${id}/`, { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  expect(foreign).toEqual([]);
});

test('should sort the evidence register by a column the reader clicks', async () => {
  const page = await context.newPage();
  await page.goto(`${site.url}/evidence/`);
  const firstDate = () => page.locator('tbody tr').first().locator('time').first().textContent();
  const newest = await firstDate();
  await page.getByRole('columnheader', { name: '日期' }).click();
  const oldest = await firstDate();
  expect(oldest! < newest!).toBe(true);
  expect(await page.getByRole('columnheader', { name: '日期' }).getAttribute('aria-sort')).toBe('ascending');
  // The heading is a button a keyboard reaches: Enter sorts the other way.
  await page.getByRole('button', { name: '日期' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.getByRole('columnheader', { name: '日期' }).getAttribute('aria-sort')).toBe('descending');
  expect(await firstDate()).toBe(newest);
});

test('should enforce a Content-Security-Policy on every page that the site itself never violates', async () => {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => violations.push(`${page.url()}: ${e.message}`));
  // Search (Pagefind's script, WebAssembly, index fetches), the sortable register, the filtered index, the print view, the audit page.
  await page.goto(`${site.url}/search/?q=合作伙伴`);
  await page.locator('.pagefind-ui__result-link').first().waitFor();
  await page.goto(`${site.url}/evidence/`);
  await page.getByRole('columnheader', { name: '日期' }).click();
  expect(await page.getByRole('columnheader', { name: '日期' }).getAttribute('aria-sort')).toBe('ascending');
  await page.goto(`${site.url}/sops/`);
  await page.getByLabel('在列表中查找：').fill('合作');
  for (const path of ['/', '/forms/TPL-001/', '/audit/', '/id/SOP-004/']) await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  expect(violations).toEqual([]);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  // The policy is in force: an inline script added by someone else does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('should print a document with its running header and page numbers in the margins, over no content', async () => {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const page = await context.newPage();
  await page.goto(`${site.url}/sops/partner-selection/`);
  const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-print-'));
  const pdf = path.join(dir, 'sop.pdf');
  await writeFile(pdf, await page.pdf({ preferCSSPageSize: true }));
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 1 << 26 });
  await rm(dir, { recursive: true, force: true });
  const pages = stdout.split('<page ').slice(1).map((p) => [...p.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, y0, y1, text]) => ({ y0: Number(y0), y1: Number(y1), text: text! })));
  expect(pages.length).toBeGreaterThan(1);
  for (const [i, words] of pages.entries()) {
    const header = words.find((w) => w.text === 'SOP-004');
    // The page number "n / total" is the lowest line of the page.
    const footer = words.filter((w) => w.text === `${i + 1}`).sort((a, b) => b.y0 - a.y0)[0];
    expect(header, `page ${i + 1} has the running header`).toBeDefined();
    const content = words.filter((w) => w.y0 > header!.y1);
    // Everything but the header line and the page number lies between them.
    expect(words.filter((w) => w.y1 <= header!.y1 + 0.5 && w.y0 >= header!.y0 - 0.5).length + content.length, `page ${i + 1}`).toBe(words.length);
    const body = content.filter((w) => Math.abs(w.y0 - footer!.y0) > 0.5);
    expect(footer!.y0, `page ${i + 1}'s number is below its content`).toBeGreaterThan(Math.max(...body.map((w) => w.y1)));
  }
});
