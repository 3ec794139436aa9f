// Every command the README shows runs as written, on a fresh clone of this repository: the code blocks'
// lines and the inline `npm …` commands, in the README's order. The two that install and test are what
// .ci/run runs, word for word; servers are started until they answer and then stopped; the profile
// builds get a small content tree (CLAUSEBOOK_ROOT), the only input a command is given that it does not show.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { materialiseFixture } from '../load-fixture.ts';

const run = promisify(execFile);
const README = await readFile('README.md', 'utf8');

/** Placeholders the README writes in commands (as whole words), and what the test types for them. */
const PLACEHOLDERS: Record<string, string> = { DIR: 'pack-now', 'origin/<base>': 'origin/main' };

/** Run by .ci/run on every submission (installing and the whole test suite cannot run inside the tests). */
const CI_COMMANDS = ['npm ci && npm run build', 'npm test'];
/** Long-running servers: started, asked for their home page, stopped. */
const SERVERS = ['npm run dev', 'npm run preview'];
/** Builds of the three profiles get the small valid fixture as content. */
const SMALL_INPUT = /^CLAUSEBOOK_PROFILE=\w+ +CLAUSEBOOK_OUT_DIR=/;

/** The README's commands in order: lines of ```sh blocks (comments dropped) and inline `npm …` spans, each once. */
function readmeCommands(markdown: string): string[] {
  const found: { at: number; command: string }[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    let at = block.index;
    for (const line of block[1]!.split('\n')) {
      const command = line.replace(/\s+#\s.*$/, '').trim();
      if (command) found.push({ at: at++, command });
    }
  }
  for (const span of markdown.matchAll(/`((?:[A-Z_]+=\S+\s+)*npm (?:ci|test|run)\b[^`]*)`/g)) found.push({ at: span.index, command: span[1]!.trim() });
  const seen = new Set<string>();
  return found.sort((a, b) => a.at - b.at).map((f) => f.command).filter((c) => !seen.has(c) && seen.add(c));
}

/** A command with the README's placeholders filled in; refuses one with a placeholder nobody filled. */
function fillIn(command: string): string {
  let filled = command;
  for (const [placeholder, value] of Object.entries(PLACEHOLDERS)) {
    filled = filled.replace(new RegExp(`(?<![\\w-])${placeholder.replace(/[.*+?^${}()|[\]\\/<>]/g, '\\$&')}(?![\\w-])`, 'g'), value);
  }
  if (/<[^>]+>|\bDIR\b|\bPATH\b|\bPERCENT\b/.test(filled)) throw new Error(`"${command}" has a placeholder the test does not fill: add it to PLACEHOLDERS`);
  return filled;
}

let clone: string;
let small: string;
const env = {
  // The machine's environment without this run's settings (CLAUSEBOOK_*) or Vitest's (NODE_ENV=test would change Astro).
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CLAUSEBOOK_') && !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')),
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
};

beforeAll(async () => {
  // A fresh clone of this repository with its working tree's changes, and the installed packages linked
  // in place of `npm ci` (which .ci/run runs on a fresh machine).
  clone = await mkdtemp(path.join(tmpdir(), 'clausebook-readme-'));
  await run('git', ['clone', '-q', path.resolve('.'), clone]);
  // Everything that differs from HEAD, staged or not (renames included), and new files.
  const list = async (...args: string[]) => (await run('git', [...args, '-z'])).stdout.split('\0').filter(Boolean);
  const changed = [...new Set([...(await list('diff', '--name-only', '--no-renames', 'HEAD')), ...(await list('ls-files', '-o', '--exclude-standard'))])];
  for (const file of changed) {
    if (existsSync(file)) await mkdir(path.dirname(path.join(clone, file)), { recursive: true }).then(() => cp(file, path.join(clone, file)));
    else await rm(path.join(clone, file), { force: true });
  }
  // Uncommitted work becomes one commit of the clone, so `git status` there starts clean.
  if (changed.length) {
    await run('git', ['add', '-A'], { cwd: clone });
    await run('git', ['-c', 'user.name=readme test', '-c', 'user.email=readme@test.invalid', 'commit', '-q', '-m', 'working tree'], { cwd: clone });
  }
  await symlink(path.resolve('node_modules'), path.join(clone, 'node_modules'));
  // A linked node_modules is a file to git, where `npm ci` would make the folder .gitignore names.
  await writeFile(path.join(clone, '.git/info/exclude'), '/node_modules\n');
  small = await materialiseFixture('valid');
});
afterAll(() => Promise.all([clone, small].map((d) => d && rm(d, { recursive: true, force: true }))));

/** Run a command through the shell in the clone, as a person would type it. */
function sh(command: string, extra: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd: clone, env: { ...env, ...extra } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Start a server command, wait for the URL it prints, fetch the home page, stop it. */
function serveOnce(command: string): Promise<{ status: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `exec ${command}`], { cwd: clone, env, detached: true });
    let output = '';
    let asked = false;
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    const onData = async (d: Buffer) => {
      output += d;
      const url = /https?:\/\/(?:localhost|127\.0\.0\.1):\d+\/?/.exec(output)?.[0];
      if (!url || asked) return;
      asked = true;
      // The first request may come while the server still optimises its dependencies: ask until it answers.
      // A request the server holds back is asked again after a minute (Vite may hold one for good).
      let status = 0;
      for (let tries = 0; tries < 50 && status !== 200; tries++) {
        status = await fetch(url, { signal: AbortSignal.timeout(60_000) }).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      stop();
      resolve({ status, output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      if (!asked) reject(new Error(`${command} exited (${code}) before it served anything:\n${output.slice(-3000)}`));
    });
  });
}

const commands = readmeCommands(README);

test('should find the README\'s commands, the two that install and test among them', () => {
  expect(commands).toEqual(expect.arrayContaining(CI_COMMANDS));
  expect(commands.length).toBeGreaterThan(20);
  expect(commands).toContain('npm run audit-pack -- --as-of 2026-11-30 --profile restricted --since 2025-12-01 --out pack');
});

test('should read commands from sh blocks (comments dropped) and inline npm spans, once each, and fill placeholders', () => {
  const sample = 'Run `npm run check` first.\n\n```sh\nnpm run check   # again\nFOO=1 npm run build\n```\n\nThen `npm run audit-pack -- --out DIR` and `npm run coverage -- --base <ref>`.\n';
  expect(readmeCommands(sample)).toEqual(['npm run check', 'FOO=1 npm run build', 'npm run audit-pack -- --out DIR', 'npm run coverage -- --base <ref>']);
  expect(fillIn('npm run audit-pack -- --out DIR')).toBe('npm run audit-pack -- --out pack-now');
  expect(fillIn('CLAUSEBOOK_OUT_DIR=dist npm run build')).toBe('CLAUSEBOOK_OUT_DIR=dist npm run build');
  expect(() => fillIn('npm run coverage -- --base <ref>')).toThrow('has a placeholder the test does not fill');
});

test('should run the README\'s install-and-test commands in .ci/run exactly as written', async () => {
  const ci = (await readFile('.ci/run', 'utf8')).split('\n');
  for (const command of CI_COMMANDS) expect(ci.some((line) => line === command || line.startsWith(`${command} ||`)), command).toBe(true);
  expect(ci.join('\n')).not.toMatch(/npm install(?! --prefix)/);
});

describe.each(commands.filter((c) => !CI_COMMANDS.includes(c)).map((c) => [c]))('%s', (command) => {
  test('should run as written on a fresh clone', async () => {
    if (SERVERS.includes(command)) {
      const served = await serveOnce(command);
      expect(served.status, served.output).toBe(200);
      return;
    }
    const result = await sh(fillIn(command), SMALL_INPUT.test(command) ? { CLAUSEBOOK_ROOT: small } : {});
    expect(result.code, result.output.slice(-4000)).toBe(0);
    expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
  });
});

test('should leave nothing for git to add but what the commands are for (.gitignore covers every output)', async () => {
  // After every command above: sites, packs, exports, screenshots are ignored; the new SOP draft and
  // the CODEOWNERS line `npm run new` keeps current are the only changes, as the README says.
  const status = (await run('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: clone })).stdout.split('\n').filter(Boolean);
  const changes = status.map((line) => line.slice(3));
  expect(changes.filter((f) => f !== 'content/sops/gong-ying-shang-tui-chu-ping-shen.mdx' && f !== '.github/CODEOWNERS')).toEqual([]);
  expect(changes).toContain('content/sops/gong-ying-shang-tui-chu-ping-shen.mdx');
});
