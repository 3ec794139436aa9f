// `npm run dev` on a fixture copy: saving a bad content file shows the check's error in the terminal and
// on the page (a banner the dev server renders), and fixing it clears the banner.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { ASTRO_CLI, copyProject } from '../../scripts/lib/astro-build.ts';

let root: string;
let project: string;
let dev: ChildProcess;
let output = '';
let browser: Browser;
let page: Page;
let url: string;
const POLICY = 'content/policies/partner-policy.mdx';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

/** Poll until `ok`, however long that takes on this machine; fail at once if the dev server has exited. */
async function until(what: string, ok: () => boolean | Promise<boolean>) {
  for (;;) {
    if (await ok()) return;
    if (dev.exitCode !== null) throw new Error(`the dev server exited (${dev.exitCode}) while waiting for ${what}; it said:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
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
  // The first requests may land while Vite still optimises dependencies: retry until the page renders
  // (each visit waits for the response only, as on the search page below).
  const heading = page.getByRole('heading', { level: 1, name: '合作伙伴制度' });
  let looks = 0;
  await until('the document page', async () => {
    if (await heading.isVisible().catch(() => false)) return true;
    if (looks++ % 40 === 0) await page.goto(`${url}/policies/partner-policy/`, { waitUntil: 'commit' }).catch(() => undefined);
    return false;
  });
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
  const text = (await banner().textContent()) ?? '';
  expect(text).toContain(`${POLICY}:12:25  error  CB104  unknown clause "gbt40144:8.55"`);
  await until('the terminal report', () => output.slice(before).includes(`${POLICY}:12:25  error  CB104`));
  console.log(`dev: error shown ${shownAfter} ms after saving`);

  await writeFile(file, good);
  await until('the banner to clear', async () => (await banner().count()) === 0);
  await until('the clean report', () => output.slice(before).includes(`${POLICY}: no problems`));
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('合作伙伴制度');
});

test('should say on the search page of the dev server how to get search, which only a build makes', async () => {
  const hint = page.getByText('搜索索引在构建网站时生成，开发服务器中没有。要试用搜索，请运行 npm run build，再运行 npm run preview。');
  // The search page's script is the first client code the dev server serves: Vite may optimise its
  // dependencies on that first visit and reload, which aborts the navigation (net::ERR_ABORTED on a fresh
  // clone) or leaves it waiting for a module that never comes (the page's load event never fires, and
  // pages here wait without a time limit). So the visit waits only for the response, the hint is looked
  // for a while, and the page is visited again until it shows.
  let looks = 0;
  await until('the hint', async () => {
    if (await hint.isVisible().catch(() => false)) return true;
    if (looks++ % 40 === 0) await page.goto(`${url}/search/`, { waitUntil: 'commit' }).catch(() => undefined);
    return false;
  });
});
