// The real handbook built into a temp folder, served on 127.0.0.1, with Chromium ready: the setup every e2e file shares.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';

const run = promisify(execFile);

export interface OpenHandbook {
  /** The built dist folder. */
  readonly out: string;
  readonly site: Awaited<ReturnType<typeof serve>>;
  readonly browser: Browser;
  /** Close the browser and the server, and remove the build. */
  close(): Promise<void>;
}

export interface HandbookOptions {
  /** Folder holding `content/` (default: this repository). */
  readonly root?: string;
  /** Extra build environment, e.g. CLAUSEBOOK_PROFILE. */
  readonly env?: Record<string, string>;
}

/** Build the repository's content as of the handbook's date, serve it and launch Chromium. */
export async function openHandbook(name: string, options: HandbookOptions = {}): Promise<OpenHandbook> {
  const out = await mkdtemp(path.join(tmpdir(), `clausebook-${name}-`));
  const root = options.root ?? path.resolve('.');
  const env = { ...process.env, CLAUSEBOOK_ROOT: root, CLAUSEBOOK_OUT_DIR: out, CLAUSEBOOK_AS_OF: '2026-11-23', ...options.env };
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], { env, maxBuffer: 1 << 24 });
  const site = await serve(out);
  const browser = await launchChromium();
  return {
    out,
    site,
    browser,
    async close() {
      await browser.close();
      await site.close();
      await rm(out, { recursive: true, force: true });
    },
  };
}
