// The build's settings: read in one module, validated, documented, and the same from flags and variables.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { BUNDLER_ALLOCATOR, SETTINGS, SettingsError, setBundlerAllocator, settingsFrom } from '../../src/settings.ts';

const run = promisify(execFile);

test('should give every setting its default', () => {
  const s = settingsFrom({}, undefined);
  expect(s).toMatchObject({ root: path.resolve('.'), outDir: './dist', locale: 'zh-CN', history: true, profile: 'internal', base: '/', chromium: '/usr/bin/chromium' });
  expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(settingsFrom({ CLAUSEBOOK_HISTORY: 'off', CLAUSEBOOK_BASE: 'handbook', CLAUSEBOOK_AS_OF: '2028-02-29' })).toMatchObject({ history: false, base: '/handbook/', asOf: '2028-02-29' });
});

test('should refuse an impossible date, an unknown profile, locale or history switch in one line naming the variable', () => {
  const refused = (values: Record<string, string>) => {
    try {
      settingsFrom(values);
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };
  expect(refused({ CLAUSEBOOK_AS_OF: '2026-02-30' })).toBe('CLAUSEBOOK_AS_OF: "2026-02-30" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-30');
  expect(refused({ CLAUSEBOOK_AS_OF: '2026-2-3' })).toContain('is not a date');
  expect(refused({ CLAUSEBOOK_PROFILE: 'secret' })).toBe('CLAUSEBOOK_PROFILE: unknown value "secret"; use one of: public, internal, restricted');
  expect(refused({ CLAUSEBOOK_LOCALE: 'fr' })).toBe('CLAUSEBOOK_LOCALE: unknown value "fr"; use one of: zh-CN, en');
  expect(refused({ CLAUSEBOOK_HISTORY: 'no' })).toBe('CLAUSEBOOK_HISTORY: unknown value "no"; use one of: on, off');
});

test('should refuse an impossible --as-of and CLAUSEBOOK_AS_OF alike, in one line, from the CLI and the build', async () => {
  const flag = await run(process.execPath, ['scripts/check.ts', '--as-of', '2026-02-30']).catch((e: { code: number; stdout: string; stderr: string }) => e);
  expect(flag).toMatchObject({ code: 2, stderr: '--as-of: "2026-02-30" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-30\n' });
  const variable = await run(process.execPath, ['scripts/check.ts'], { env: { ...process.env, CLAUSEBOOK_AS_OF: '2026-02-30' } }).catch((e: { code: number; stderr: string }) => e);
  expect(variable).toMatchObject({ code: 2, stderr: 'CLAUSEBOOK_AS_OF: "2026-02-30" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-30\n' });
  const build = await run(process.execPath, ['scripts/astro.mjs', 'build'], { env: { ...process.env, CLAUSEBOOK_AS_OF: '2026-02-30' } }).catch((e: { code: number; stdout: string; stderr: string }) => e);
  expect(build).toMatchObject({ code: 1 });
  expect(`${'stdout' in build ? build.stdout : ''}${build.stderr}`.trim()).toBe('CLAUSEBOOK_AS_OF: "2026-02-30" is not a date; write a real day as YYYY-MM-DD, e.g. 2026-11-30');
});

test('should set the bundler allocator\'s options where the environment has none, and keep a value it has', async () => {
  const env: Record<string, string | undefined> = { MIMALLOC_PURGE_DELAY: '10' };
  setBundlerAllocator(env);
  expect(env).toEqual({ MIMALLOC_PURGE_DECOMMITS: BUNDLER_ALLOCATOR.MIMALLOC_PURGE_DECOMMITS, MIMALLOC_PURGE_DELAY: '10' });
  // Every Astro command goes through scripts/astro.mjs, which sets them before Astro loads.
  const scripts = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const command of ['build', 'dev', 'preview']) expect(scripts[command]).toContain(`node scripts/astro.mjs ${command}`);
});

test('should read process.env in src/settings.ts only', async () => {
  const files = [
    ...(await readdir('src', { recursive: true })).map((f) => path.join('src', String(f))),
    ...(await readdir('scripts', { recursive: true })).map((f) => path.join('scripts', String(f))),
    'astro.config.mjs',
  ].filter((f) => /\.(ts|mjs|astro)$/.test(f));
  const readers: string[] = [];
  for (const file of files) if ((await readFile(file, 'utf8')).includes('process.env')) readers.push(file);
  expect(readers).toEqual([path.join('src', 'settings.ts')]);
});

test('should document every variable in the README', async () => {
  const readme = await readFile('README.md', 'utf8');
  for (const name of Object.keys(SETTINGS)) expect(readme, name).toContain(`| \`${name}\` |`);
});
