// What a newcomer meets first: `npm ci` accepts the lock on every platform, and an old Node stops every
// npm script with one line instead of a stack trace.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeVersionProblem, requiredNode } from '../../scripts/require-node.mjs';

const run = promisify(execFile);
const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** `npm ci --dry-run` over package.json and the given lock text: what a fresh clone's `npm ci` would say. */
async function npmCiDryRun(lock: string): Promise<{ ok: boolean; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-lock-'));
  dirs.push(dir);
  await copyFile('package.json', path.join(dir, 'package.json'));
  await writeFile(path.join(dir, 'package-lock.json'), lock);
  // Run npm with the Node that runs the tests: npm_execpath is set when the tests were started by npm.
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] as const : ['npm', []] as const;
  try {
    const { stdout, stderr } = await run(npm[0], [...npm[1], 'ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: e.stdout + e.stderr };
  }
}

describe('package-lock.json', () => {
  test('should be accepted by npm ci as it is', async () => {
    const result = await npmCiDryRun(await readFile('package-lock.json', 'utf8'));
    expect(result.output).not.toContain('Missing:');
    expect(result.ok, result.output).toBe(true);
  });

  test('should hold the optional binaries of the native dependencies for macOS and Windows too', async () => {
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, unknown> };
    for (const name of ['@pagefind/darwin-arm64', '@pagefind/windows-x64', '@astrojs/compiler-binding-darwin-arm64', '@astrojs/compiler-binding-win32-x64-msvc', '@rolldown/binding-darwin-arm64']) {
      expect(Object.keys(lock.packages), name).toContain(`node_modules/${name}`);
    }
  });

  test('should be refused when another platform\'s binary is missing (the check above can fail)', async () => {
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, unknown> };
    delete lock.packages['node_modules/@pagefind/darwin-arm64'];
    const result = await npmCiDryRun(JSON.stringify(lock, null, 2));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Missing: @pagefind/darwin-arm64@');
  });
});

// Debian's Node on these machines is older than the floor: run the real thing under it when it is there.
const oldNode = '/usr/bin/node';
const hasOldNode = await run(oldNode, ['-p', 'process.version']).then(
  ({ stdout }) => nodeVersionProblem(stdout.trim(), requiredNode(pkg.engines.node)) !== undefined,
  () => false,
);

describe('the Node version guard', () => {
  const floor = requiredNode(pkg.engines.node);

  test('should read the floor from package.json engines', () => {
    expect(floor).toEqual([22, 12]);
    expect(() => requiredNode('^22')).toThrow('is not of the form ">=MAJOR.MINOR"');
  });

  test('should accept the floor and anything newer', () => {
    for (const version of ['v22.12.0', 'v22.13.1', 'v23.0.0', 'v24.22.3']) expect(nodeVersionProblem(version, floor)).toBeUndefined();
  });

  test('should refuse an older Node in one line naming the version found, the one needed and how to get it', () => {
    for (const version of ['v20.20.2', 'v22.11.0', 'v18.0.0']) {
      const message = nodeVersionProblem(version, floor) ?? '';
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toContain(`found ${version}`);
      expect(message).toContain('22.12 or newer');
      expect(message).toContain('.nvmrc');
    }
  });

  test('should run before every npm script', () => {
    for (const [name, command] of Object.entries(pkg.scripts)) expect(command, name).toMatch(/^node scripts\/require-node\.mjs && /);
  });

  test('should name the same major version for version managers as the README recommends', async () => {
    expect((await readFile('.nvmrc', 'utf8')).trim()).toBe('24');
    expect((await readFile('.node-version', 'utf8')).trim()).toBe('24');
  });

  test.runIf(hasOldNode)(
    'should stop `node scripts/require-node.mjs` under an old Node with the one line and exit 1',
    async () => {
      const result = await run(oldNode, ['scripts/require-node.mjs']).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^clausebook needs Node\.js 22\.12 or newer, found v\d+\./);
    },
  );
});
