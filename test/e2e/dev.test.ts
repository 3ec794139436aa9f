// `npm run dev` on a fixture copy: saving a bad content file shows the check's error in the terminal and
// on the page (a banner the dev server renders), and fixing it clears the banner.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { ASTRO_CLI, copyProject } from '../../scripts/lib/astro-build.ts';
import { freePort } from '../../scripts/lib/serve.ts';

let root: string;
let project: string;
let dev: ChildProcess;
let output = '';
let browser: Browser;
let page: Page;
let url: string;
const POLICY = 'content/policies/partner-policy.mdx';


/**
 * Poll until `ok`, however long that takes on this machine; fail at once if the dev server has exited.
 * A wait of ten minutes for what takes seconds is a hang, not a slow machine: it fails with what was awaited
 * and what the server said (a CI run once spent its 90 minutes here and printed nothing).
 */
const HANG = 10 * 60_000;
async function until(what: string, ok: () => boolean | Promise<boolean>) {
  const since = Date.now();
  for (;;) {
    if (await ok()) return;
    if (dev.exitCode !== null) throw new Error(`the dev server exited (${dev.exitCode}) while waiting for ${what}; it said:\n${output.slice(-3000)}`);
    if (Date.now() - since > HANG) throw new Error(`still waiting for ${what} after ${HANG / 60_000} minutes; the dev server said:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Page loads whose Vite client has connected its live-reload socket, counted from the page's console. */
let connected = 0;
/**
 * Visit `pathname` until `shown` is visible and the page's live-reload socket is connected. The first
 * visits may land while Vite still optimises dependencies: it may reload the page (the navigation aborts,
 * net::ERR_ABORTED on a fresh clone) or hold a module back, so the page's load event may never fire and
 * its client never connect. Each visit therefore waits for the response only, at most a minute, and the
 * page is visited again after two seconds without both.
 */
async function visit(pathname: string, shown: () => Promise<boolean>) {
  let looks = 0;
  let loads = -1;
  await until(`${pathname} with a connected live reload`, async () => {
    if (loads >= 0 && connected > loads && (await shown().catch(() => false))) return true;
    if (looks++ % 40 === 0) {
      loads = connected;
      await page.goto(`${url}${pathname}`, { waitUntil: 'commit', timeout: 60_000 }).catch(() => undefined);
    }
    return false;
  });
}

beforeAll(async () => {
  root = await materialiseFixture('valid');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  // A private project copy: the dev server's .astro/ is not the one `npm run build` in the repository uses.
  project = await copyProject('dev');
  dev = spawn(process.execPath, [ASTRO_CLI, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    // Without Vitest's own variables (VITEST, NODE_ENV=test): Astro would behave as under test.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')), CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off', FORCE_COLOR: '0' },
  });
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  await until('the dev server', () => output.includes('watching for file changes'));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.text() === '[vite] connected.') connected++;
  });
  // The banner appears when the server tells the page to reload: only a connected page hears it.
  const heading = page.getByRole('heading', { level: 1, name: '合作伙伴制度' });
  await visit('/policies/partner-policy/', () => heading.isVisible());
});

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  await Promise.all([root, project].map((d) => d && rm(d, { recursive: true, force: true })));
});

const banner = () => page.getByRole('alert', { name: /内容检查发现/ });

test('should show a fresh error in the terminal and on the page, and clear it when fixed', async () => {
  const file = path.join(root, POLICY);
  const good = await readFile(file, 'utf8');
  const before = output.length;
  const saved = Date.now();
  await writeFile(file, good.replace('clauses: [gbt40144:4.1, gbt40144:8.5]', 'clauses: [gbt40144:4.1, gbt40144:8.55]'));
  await until('the banner', () => banner().isVisible().catch(() => false));
  const shownAfter = Date.now() - saved;
  const text = (await banner().textContent({ timeout: 60_000 })) ?? '';
  expect(text).toContain(`${POLICY}:12:25  error  CB104  unknown clause "gbt40144:8.55"`);
  await until('the terminal report', () => output.slice(before).includes(`${POLICY}:12:25  error  CB104`));
  console.log(`dev: error shown ${shownAfter} ms after saving`);

  await writeFile(file, good);
  await until('the banner to clear', async () => (await banner().count()) === 0);
  await until('the clean report', () => output.slice(before).includes(`${POLICY}: no problems`));
  expect(await page.getByRole('heading', { level: 1 }).textContent({ timeout: 60_000 })).toBe('合作伙伴制度');
});

test('should show an edited body after saving, rendered by the documents\' loader', async () => {
  const file = path.join(root, POLICY);
  const good = await readFile(file, 'utf8');
  await writeFile(file, good.replace('按[筛选程序]', '本句在开发服务器中修改。按[筛选程序]'));
  const edited = page.getByText('本句在开发服务器中修改。');
  await until('the edited body', () => edited.isVisible().catch(() => false));
  await writeFile(file, good);
  await until('the body as it was', async () => (await edited.count()) === 0);
});

test('should say on the search page of the dev server how to get search, which only a build makes', async () => {
  const hint = page.getByText('搜索索引在构建网站时生成，开发服务器中没有。要试用搜索，请运行 npm run build，再运行 npm run preview。');
  // The search page's script is the first client code the dev server serves: Vite may optimise its
  // dependencies on that first visit and reload (see visit).
  await visit('/search/', () => hint.isVisible());
});
