// `npm run bench -- --lighthouse`: Lighthouse 13 (performance, accessibility) on the built handbook's home page and a
// document page, through Debian's Chromium. Lighthouse is fetched at its pinned version by `npm exec` on first use,
// so the 100-odd packages it needs stay out of every install and CI run.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from './lib/browser.ts';
import { serve } from './lib/serve.ts';
import { childEnv } from '../src/settings.ts';
import { ASTRO_CLI } from './lib/astro-build.ts';

const run = promisify(execFile);
const LIGHTHOUSE = 'lighthouse@13.5.0';
const PAGES = ['/', '/sops/partner-selection/'];
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync';

export interface LighthouseScore {
  readonly page: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly lcpMs: number;
  readonly totalBytes: number;
}

/** Build the real handbook, serve it, and run Lighthouse on PAGES (its default: mobile, simulated slow 4G and CPU). */
export async function lighthouse(repoRoot: string): Promise<LighthouseScore[]> {
  const work = await mkdtemp(path.join(tmpdir(), 'clausebook-lighthouse-'));
  const out = path.join(work, 'dist');
  try {
    await run(process.execPath, [ASTRO_CLI, 'build'], {
      cwd: repoRoot, env: childEnv({ CLAUSEBOOK_ROOT: repoRoot, CLAUSEBOOK_OUT_DIR: out }), maxBuffer: 1 << 26,
    });
    const site = await serve(out);
    try {
      const scores: LighthouseScore[] = [];
      for (const page of PAGES) {
        const report = path.join(work, `report-${scores.length}.json`);
        await run('npm', ['exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', `${site.url}${page}`,
          '--only-categories=performance,accessibility', '--output=json', `--output-path=${report}`, '--quiet',
          `--chrome-flags=${CHROME_FLAGS}`], { cwd: work, env: childEnv({ CHROME_PATH: CHROMIUM_PATH }), maxBuffer: 1 << 26 });
        const json = JSON.parse(await readFile(report, 'utf8')) as {
          categories: Record<string, { score: number }>;
          audits: Record<string, { numericValue?: number }>;
        };
        scores.push({
          page,
          performance: json.categories.performance!.score,
          accessibility: json.categories.accessibility!.score,
          lcpMs: Math.round(json.audits['largest-contentful-paint']?.numericValue ?? NaN),
          totalBytes: json.audits['total-byte-weight']?.numericValue ?? NaN,
        });
      }
      return scores;
    } finally {
      await site.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
