// `npm run audit-pack`: the handbook as it stood on an audit date, as one PDF (printed by Chromium from the
// site's /audit/ page) and a bundle of exports with a manifest of SHA-256 hashes. `--verify <dir>` re-hashes.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { emptyTree, gitSource, resolveCommit } from '../src/model/load/git-source.ts';
import { isoToday } from '../src/model/dates.ts';
import { SettingsError, settingsWith } from '../src/settings.ts';
import type { Profile } from '../src/model/profile.ts';
import { CHROMIUM_PATH, launchChromium } from './lib/browser.ts';
import { MANIFEST, verifyPack, writeManifest } from './lib/manifest.ts';
import { serve } from './lib/serve.ts';
import { TOOL_ROOT, buildIsolated } from './lib/astro-build.ts';

const run = promisify(execFile);
const EXPORTS = ['coverage.json', 'coverage.csv', 'coverage.xlsx', 'soa.csv'];
const PDF = 'audit-pack.pdf';
const USAGE = `Usage: npm run audit-pack -- --out DIR [--as-of YYYY-MM-DD | --ref GIT-REF] [--profile public|internal|restricted] [--since YYYY-MM-DD|GIT-REF] [--root DIR]
       npm run audit-pack -- --verify DIR
  --as-of   the content as it stood on that date (its last commit on or before it), computed as of that date
  --ref     the content at a commit, branch or tag (as of its commit date unless --as-of is given too)
  default   the working tree, as of today`;

class UsageError extends Error {}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        out: { type: 'string' }, 'as-of': { type: 'string' }, ref: { type: 'string' }, profile: { type: 'string' }, since: { type: 'string' },
        root: { type: 'string', default: '.' }, verify: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();

try {
  if (values.help) {
    console.log(USAGE);
  } else if (values.verify) {
    const result = await verifyPack(path.resolve(values.verify));
    for (const line of result.problems) console.log(`  ${line}`);
    console.log(result.ok ? `verified: all ${result.checked} files match ${MANIFEST}` : `NOT VERIFIED: ${result.problems.length} problem(s)`);
    process.exitCode = result.ok ? 0 : 1;
  } else {
    await buildPack();
  }
} catch (error) {
  console.error(`audit-pack: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}

async function buildPack(): Promise<void> {
  if (!values.out) throw new UsageError(`--out DIR is required.\n\n${USAGE}`);
  const root = path.resolve(values.root!);
  const out = path.resolve(values.out);
  let profile: Profile;
  try {
    // The flags on top of the environment, checked by the same rules as a build's settings.
    ({ profile } = settingsWith({ CLAUSEBOOK_PROFILE: values.profile, CLAUSEBOOK_AS_OF: values['as-of'] }, { CLAUSEBOOK_PROFILE: '--profile', CLAUSEBOOK_AS_OF: '--as-of' }));
  } catch (error) {
    throw error instanceof SettingsError ? new UsageError(error.message) : error;
  }
  const asOfFlag = values['as-of'];
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not at ${CHROMIUM_PATH}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`);

  const started = performance.now();
  const steps = values.since ? 6 : 5;
  let step = 0;
  const progress = (what: string) => console.log(`[${++step}/${steps}] ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const work = await mkdtemp(path.join(tmpdir(), 'clausebook-pack-'));
  try {
    // 1. Which content, as of which date.
    progress('reading the history');
    const needsHistory = values.ref !== undefined || asOfFlag !== undefined || values.since !== undefined;
    if (needsHistory) await requireFullHistory(root);
    let commit: string | undefined;
    let asOf: string;
    if (values.ref) {
      commit = await resolveCommit(root, values.ref);
      asOf = asOfFlag ?? (await git(root, 'show', '-s', '--format=%cs', commit)).trim();
    } else if (asOfFlag) {
      commit = await commitOn(root, asOfFlag);
      asOf = asOfFlag;
    } else {
      asOf = isoToday();
    }
    const head = commit ? undefined : await git(root, 'rev-parse', '--short', 'HEAD').then((s) => s.trim(), () => undefined);
    const commitLabel = commit ? commit.slice(0, 12) : `working tree${head ? ` on ${head}` : ''}`;
    let contentRoot = root;
    if (commit) {
      contentRoot = path.join(work, 'content-root');
      const source = await gitSource(root, commit);
      for (const file of await source.list('content')) {
        await mkdir(path.dirname(path.join(contentRoot, file)), { recursive: true });
        await writeFile(path.join(contentRoot, file), await source.read(file));
      }
    }
    console.log(`      content: ${commitLabel}; as of ${asOf}; profile ${profile}`);
    let since: string | undefined;
    if (values.since) {
      progress('reading the earlier state for the change log');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since)) since = await resolveCommit(root, values.since);
      else {
        since = await commitOn(root, values.since).catch(() => undefined);
        // Before the first commit the handbook was empty: everything in it since then is new.
        if (!since) {
          since = await emptyTree(root);
          console.log(`      --since ${values.since} is before the first commit (${await firstCommitDate(root)}): the change log starts at the beginning of the history`);
        }
      }
    }

    // 2. Build the site of that content: the /audit/ page and the exports.
    progress('building the handbook of that date');
    const dist = path.join(work, 'dist');
    // In a private copy of the site's source, so a build running in the repository does not disturb it.
    const built = await buildIsolated(dist, {
      CLAUSEBOOK_ROOT: contentRoot, CLAUSEBOOK_AS_OF: asOf, CLAUSEBOOK_PROFILE: profile,
      CLAUSEBOOK_HISTORY: 'off', CLAUSEBOOK_PAST: 'on', CLAUSEBOOK_COMMIT: commitLabel, ...(since ? { CLAUSEBOOK_SINCE: since, CLAUSEBOOK_GIT_ROOT: root } : {}),
    }, 'audit-pack');
    if (!built.ok) throw new Error(`the build of ${commitLabel} failed:\n${built.output.slice(-4000)}`);

    // 3. Print.
    progress('printing the PDF with Chromium');
    await mkdir(out, { recursive: true });
    await clearEarlierPack(out);
    const site = await serve(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}/audit/`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: path.join(out, PDF), format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
    } finally {
      await browser.close();
      await site.close();
    }

    // 4. The bundle and its manifest.
    progress('writing the bundle and its manifest');
    for (const file of EXPORTS) await copyFile(path.join(dist, file), path.join(out, file));
    const coverage = JSON.parse(await readFile(path.join(out, 'coverage.json'), 'utf8')) as { standard: string };
    const org = await readFile(path.join(contentRoot, 'content/org.yaml'), 'utf8');
    const pkg = JSON.parse(await readFile(path.join(TOOL_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    const manifest = await writeManifest(out, {
      tool: { name: pkg.name, version: pkg.version },
      organisation: /^name:\s*(.+)$/m.exec(org)?.[1]?.trim() ?? '',
      standard: coverage.standard,
      asOf,
      commit: commitLabel,
      profile,
      ...(since ? { since: since === (await emptyTree(root)) ? 'beginning' : since.slice(0, 12) } : {}),
    }, [PDF, ...EXPORTS]);
    progress(`done: ${manifest.files.length} files and ${MANIFEST} in ${path.relative(process.cwd(), out) || out}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd, maxBuffer: 1 << 24 })).stdout;
}

/** A dated pack needs every commit: refuse a shallow clone, or a folder outside git, with the fix. */
async function requireFullHistory(root: string): Promise<void> {
  const shallow = await git(root, 'rev-parse', '--is-shallow-repository').catch(() => {
    throw new Error(`${root} is not in a git repository; --as-of, --ref and --since read the history. Build from a clone of the handbook.`);
  });
  if (shallow.trim() === 'true') throw new Error('this clone is shallow, so earlier states of the handbook are missing. Run `git fetch --unshallow` (in GitHub Actions: actions/checkout with fetch-depth: 0).');
}

/** The last commit on or before the end of `date`; an error when the history starts later. */
async function commitOn(root: string, date: string): Promise<string> {
  const commit = (await git(root, 'rev-list', '-1', `--before=${date} 23:59:59`, 'HEAD')).trim();
  if (commit) return commit;
  throw new Error(`${date} is before the first commit of the handbook (${await firstCommitDate(root)}); pick a date on or after it.`);
}

/** Date of the repository's first commit, YYYY-MM-DD. */
async function firstCommitDate(root: string): Promise<string> {
  return (await git(root, 'log', '--reverse', '--format=%cs')).split('\n')[0] ?? '';
}

/** Remove the files of a pack written here before, so the new manifest lists exactly what is there. */
async function clearEarlierPack(out: string): Promise<void> {
  const text = await readFile(path.join(out, MANIFEST), 'utf8').catch(() => undefined);
  if (!text) return;
  const { files } = JSON.parse(text) as { files: { path: string }[] };
  for (const file of files) await rm(path.join(out, file.path), { force: true });
  await rm(path.join(out, MANIFEST), { force: true });
}
