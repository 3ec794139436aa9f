// `npm run bench -- --dev`: `npm run dev` over a clone of the handbook in a private project copy, and the
// time from saving an SOP's body to the dev server serving the page with the edit, five saves in a row.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ASTRO_CLI, cloneHandbook, copyProject } from './lib/astro-build.ts';
import { freePort } from './lib/serve.ts';
import { childEnv } from '../src/settings.ts';

export interface DevFigures {
  /** Milliseconds from each save to the first response that shows it. */
  readonly saves: readonly number[];
  readonly page: string;
}

const SAVES = 5;
/** How long the dev server may take to start, or a page to show a save, before the bench gives up. */
const HANG_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function devBench(repoRoot: string, asOf: string): Promise<DevFigures> {
  const work = await mkdtemp(path.join(tmpdir(), 'clausebook-dev-bench-'));
  const project = await copyProject('bench-dev');
  const clone = await cloneHandbook(repoRoot, work);
  const port = await freePort();
  const dev = spawn(process.execPath, [ASTRO_CLI, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project, env: childEnv({ ASTRO_TELEMETRY_DISABLED: '1', CLAUSEBOOK_ROOT: clone, CLAUSEBOOK_AS_OF: asOf }), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout.on('data', (d) => (output += d));
  dev.stderr.on('data', (d) => (output += d));
  /** The page's HTML when `shows` holds, polled every 10 ms; an exited server or a hang fails with what it said. */
  const until = async (url: string, shows: (html: string) => boolean, what: string) => {
    const since = Date.now();
    for (;;) {
      if (dev.exitCode !== null) throw new Error(`the dev server exited (${dev.exitCode}) while waiting for ${what}:\n${output.slice(-3000)}`);
      if (Date.now() - since > HANG_MS) throw new Error(`no ${what} after ${HANG_MS / 1000} s:\n${output.slice(-3000)}`);
      const html = await fetch(url).then((r) => (r.ok ? r.text() : ''), () => '');
      if (shows(html)) return;
      await sleep(10);
    }
  };
  try {
    const sop = (await readdir(path.join(clone, 'content/sops'))).sort()[0]!;
    const file = path.join(clone, 'content/sops', sop);
    const url = `http://127.0.0.1:${port}/sops/${sop.replace(/\.mdx$/, '')}/`;
    const original = await readFile(file, 'utf8');
    await until(url, (html) => html.length > 0, 'first page');
    const saves: number[] = [];
    for (let n = 0; n < SAVES; n++) {
      const marker = `本段为第${n + 1}次保存所加。`;
      const saved = performance.now();
      await writeFile(file, `${original}\n${marker}\n`);
      await until(url, (html) => html.includes(marker), `save ${n + 1} on the page`);
      saves.push(performance.now() - saved);
      // The watcher's debounce and the reload settle before the next save.
      await sleep(300);
    }
    return { saves, page: `content/sops/${sop}` };
  } finally {
    const exited = dev.exitCode === null ? new Promise((resolve) => dev.once('exit', resolve)) : undefined;
    dev.kill();
    await exited;
    await Promise.all([work, project].map((d) => rm(d, { recursive: true, force: true })));
  }
}
