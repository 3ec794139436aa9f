// Site builds shared by every test file of one `npm test` run: the first file that asks for a build of
// some content with some settings makes it (in a private project copy, see scripts/lib/astro-build.ts);
// every later file gets the same output. Test files must treat a shared output as read-only.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { buildIsolated } from '../scripts/lib/astro-build.ts';
import type { AstroRun } from '../scripts/lib/astro-build.ts';
import { DEFAULT_PROFILE } from '../src/model/profile.ts';

export interface SharedBuild extends AstroRun {
  /** The built site (when `ok`). */
  readonly out: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's shared builds (test/global-setup.ts). */
    buildCache: string;
  }
}

const inFlight = new Map<string, Promise<SharedBuild>>();

/**
 * The site built from `root` (the folder holding content/) with these CLAUSEBOOK_* settings, once per run.
 * The key is the root and the settings; content under a root does not change during a run.
 */
export function sharedBuild(root: string, settings: Record<string, string>): Promise<SharedBuild> {
  // The default profile written out, so that a build asked for with and without it is one build.
  const env = { CLAUSEBOOK_ROOT: path.resolve(root), CLAUSEBOOK_PROFILE: DEFAULT_PROFILE, ...settings };
  const key = createHash('sha256').update(JSON.stringify(Object.entries(env).sort())).digest('hex').slice(0, 16);
  let build = inFlight.get(key);
  if (!build) {
    build = buildOnce(path.join(inject('buildCache'), key), env);
    inFlight.set(key, build);
  }
  return build;
}

async function buildOnce(dir: string, env: Record<string, string>): Promise<SharedBuild> {
  const out = path.join(dir, 'dist');
  const record = path.join(dir, 'result.json');
  // Build files run two at a time (vitest.config.ts), each in its own process: the one that creates the
  // folder builds; another that asks for the same build waits for its record (written last, by a rename).
  const builder = path.join(dir, 'builder');
  const mine = await mkdir(dir).then(() => true, (error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? false : Promise.reject(error)));
  if (!mine) return { ...(await waitForRecord(record, builder)), out };
  await writeFile(builder, String(process.pid));
  const result = await buildIsolated(out, env, 'shared');
  await writeFile(`${record}.part`, JSON.stringify(result));
  await rename(`${record}.part`, record);
  return { ...result, out };
}

/** Another process's build result, once written; throws if that process ended without writing it. */
async function waitForRecord(record: string, builder: string): Promise<AstroRun> {
  for (;;) {
    if (existsSync(record)) return JSON.parse(await readFile(record, 'utf8')) as AstroRun;
    const pid = Number(await readFile(builder, 'utf8').catch(() => ''));
    if (pid && !isAlive(pid) && !existsSync(record)) throw new Error(`the process that built ${path.dirname(record)} (${pid}) ended without a result`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
