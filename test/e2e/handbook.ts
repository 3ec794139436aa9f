// The real handbook built once per run for these settings (test/site-builds.ts), served on 127.0.0.1,
// with Chromium ready: the setup every e2e file shares.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { sharedBuild } from '../site-builds.ts';

/** The date the handbook's e2e builds are computed for. */
export const HANDBOOK_AS_OF = '2026-12-01';

export interface OpenHandbook {
  /** The built dist folder: shared with other test files, so read it, never change it. */
  readonly out: string;
  readonly site: Awaited<ReturnType<typeof serve>>;
  readonly browser: Browser;
  /** Close the browser and the server. */
  close(): Promise<void>;
}

export interface HandbookOptions {
  /** Folder holding `content/` (default: this repository). */
  readonly root?: string;
  /** Extra build settings, e.g. CLAUSEBOOK_PROFILE. */
  readonly env?: Record<string, string>;
}

/** Build (or reuse this run's build of) the repository's content as of the handbook's date, serve it and launch Chromium. */
export async function openHandbook(options: HandbookOptions = {}): Promise<OpenHandbook> {
  const build = await sharedBuild(options.root ?? path.resolve('.'), { CLAUSEBOOK_AS_OF: HANDBOOK_AS_OF, ...options.env });
  if (!build.ok) throw new Error(`the handbook did not build:\n${build.output.slice(-4000)}`);
  const site = await serve(build.out);
  const browser = await launchChromium();
  return {
    out: build.out,
    site,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
