// `npm run check` and `npm run build` run one list of checks: on every fixture they agree on whether
// the content may be built, and the build prints exactly the error lines `check` prints (hints included).
// CB405 (CODEOWNERS) and CB501-CB505 (document control, with a base) once ran in `check` only.
// On every fixture, `check` is compared with what the integration decides at build start
// (`contentVerdict(checkedContent(settings))`, the two calls its `astro:config:setup` makes, given the
// settings the build would read), and every fixture `check` accepts is built; real builds of error
// fixtures prove the build prints that verdict word for word and stops (an Astro start per error
// fixture cost a second each and proved nothing more).
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { contentVerdict } from '../../src/integrations/content-verdict.ts';
import { childEnv, settingsFrom } from '../../src/settings.ts';
import { checkedContent } from '../../src/site/index.ts';
import { FIXTURE_AS_OF, FIXTURES, materialiseFixture } from '../load-fixture.ts';
import { editFile, initRepo } from '../git-repo.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** `check`'s error lines for an internal build: each problem line with its hint line. */
async function checkErrors(root: string, extra: readonly string[] = []): Promise<{ ok: boolean; lines: string[] }> {
  const args = ['scripts/check.ts', '--root', root, '--as-of', FIXTURE_AS_OF, '--profile', 'internal', '--quiet', ...extra];
  const out = await run(process.execPath, args).then(({ stdout }) => ({ ok: true, text: stdout }), (e: { stdout: string }) => ({ ok: false, text: e.stdout }));
  return { ok: out.ok, lines: problemLines(out.text) };
}

/** Lines of printed problems (`file:line:col  error  CODE  message`) and the hint under each. */
function problemLines(text: string): string[] {
  const lines = text.split('\n');
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (!/^\S+:\d+:\d+ {2}error {2}CB\d{3} /.test(line)) return;
    kept.push(line);
    if (lines[i + 1]?.startsWith('    ')) kept.push(lines[i + 1]!);
  });
  return kept.sort();
}

/** The settings of a fixture's build (its environment is this process's, as `buildIsolated` passes it on). */
const buildSettings = (root: string, env: Record<string, string> = {}) => ({ CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off', ...env });

async function build(root: string, env: Record<string, string> = {}) {
  const result = await buildIsolated(path.join(root, 'dist'), buildSettings(root, env));
  // The build prefixes its log lines with a time and [clausebook]; the problem lines follow as printed.
  return { ok: result.ok, lines: problemLines(result.output), output: result.output };
}

/** What the integration decides at the start of that build: the message it stops with, if any. */
async function verdict(root: string, env: Record<string, string> = {}) {
  const { refusal } = contentVerdict(await checkedContent(settingsFrom(childEnv(buildSettings(root, env)))));
  return { ok: refusal === undefined, lines: problemLines(refusal ?? ''), refusal };
}

const fixtures = readdirSync(FIXTURES).filter((name) => /^CB\d{3}$/.test(name));

describe('every fixture', () => {
  // Concurrent: each build runs in its own copy of the project.
  test.concurrent.each(fixtures)('%s: check and the build\'s verdict agree, line for line, and what check accepts builds', async (name) => {
    const root = await materialiseFixture(name);
    dirs.push(root);
    const [checked, decided] = await Promise.all([checkErrors(root), verdict(root)]);
    // A failing check names its errors (so the comparison below compares something).
    if (!checked.ok) expect(checked.lines.length).toBeGreaterThan(0);
    expect(decided.lines).toEqual(checked.lines);
    expect(decided.ok).toBe(checked.ok);
    if (!checked.ok) return;
    // What check lets through, Astro builds to the end.
    const built = await build(root);
    expect(built.lines).toEqual(checked.lines);
    expect(built.ok, built.output.slice(-4000)).toBe(true);
  });
});

// A few error fixtures (references, CODEOWNERS, processes, relationships): the build prints the
// verdict's message (every error line with its hint) as it is, and stops.
const STOPPED = ['CB104', 'CB405', 'CB604', 'CB801'];

test.concurrent.each(STOPPED)('%s: the build prints the verdict and stops', async (name) => {
  const root = await materialiseFixture(name);
  dirs.push(root);
  const [checked, decided, built] = await Promise.all([checkErrors(root), verdict(root), build(root)]);
  expect(checked.ok).toBe(false);
  expect(built.ok).toBe(false);
  expect(built.output).toContain(decided.refusal);
  expect(built.lines).toEqual(checked.lines);
});

test('document control: a build given CLAUSEBOOK_CONTROL_BASE fails with the CB501 lines check --base prints', async () => {
  const root = await materialiseFixture('valid');
  dirs.push(root);
  const repo = await initRepo(root);
  await repo.commit('Handbook at the base', '2026-05-01T09:00:00+08:00');
  await editFile(root, 'content/sops/partner-selection.mdx', '1. 填写', '1. 认真填写');
  const checked = await checkErrors(root, ['--base', 'main']);
  expect(checked.lines.join('\n')).toMatch(/error {2}CB501 /);
  const [built, decided] = await Promise.all([build(root, { CLAUSEBOOK_CONTROL_BASE: 'main' }), verdict(root, { CLAUSEBOOK_CONTROL_BASE: 'main' })]);
  expect(built.ok).toBe(false);
  expect(built.lines).toEqual(checked.lines);
  expect(built.output).toContain(decided.refusal);
  // Without a base, neither judges document control.
  expect((await checkErrors(root)).lines.join('\n')).not.toMatch(/CB50\d/);
});

test('a base that names no commit stops the build with one line', async () => {
  const root = await materialiseFixture('valid');
  dirs.push(root);
  await initRepo(root).then((repo) => repo.commit('Handbook', '2026-05-01T09:00:00+08:00'));
  const built = await build(root, { CLAUSEBOOK_CONTROL_BASE: 'no-such-branch' });
  expect(built.ok).toBe(false);
  expect(built.output).toContain('git ref "no-such-branch" names no commit');
  expect(built.output).not.toMatch(/\n\s+at /);
});
