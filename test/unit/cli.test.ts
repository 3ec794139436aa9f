// The check and coverage commands as editors and CI call them: formats and exit codes.
import { execFile } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES, FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function cli(script: string, fixture: string, ...args: string[]) {
  const dir = await materialiseFixture(fixture);
  dirs.push(dir);
  try {
    const { stdout } = await run(process.execPath, [`scripts/${script}.ts`, '--root', dir, '--as-of', FIXTURE_AS_OF, ...args]);
    return { code: 0, stdout, dir };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout, dir };
  }
}

test('should print file:line:col, severity, code, message and hint, and exit 1 on an error', async () => {
  const { code, stdout } = await cli('check', 'CB104');
  expect(code).toBe(1);
  expect(stdout).toContain('content/policies/typo-clause.mdx:12:25  error  CB104  unknown clause "gbt40144:8.55" in clauses[1]; did you mean "gbt40144:8.5"?\n    Clause ids come from');
  expect(stdout).toMatch(/1 error, 0 warnings in 5 documents and 2 evidence records/);
});

test('should exit 0 on warnings only', async () => {
  const { code, stdout } = await cli('check', 'CB201');
  expect(code).toBe(0);
  expect(stdout).toContain('warning  CB201');
});

test('should write all of a large JSON report into a pipe before it exits (the handbook\'s is over 64 KB)', async () => {
  // process.exit() after writing to a pipe cut the report at the pipe's buffer: the JSON did not parse.
  const { stdout } = await run(process.execPath, ['scripts/check.ts', '--format', 'json'], { maxBuffer: 1 << 26 });
  expect(stdout.length).toBeGreaterThan(65_536);
  const report = JSON.parse(stdout) as { problems: unknown[]; warnings: number };
  expect(report.problems.length).toBe(report.warnings);
});

test('should print valid JSON with every problem for machines', async () => {
  const { code, stdout } = await cli('check', 'CB202', '--format', 'json');
  expect(code).toBe(1);
  const report = JSON.parse(stdout);
  expect(report).toMatchObject({ version: 1, errors: 1, warnings: 1, documents: 5 });
  expect(report.problems.map((p: { code: string }) => p.code)).toEqual(['CB201', 'CB202']);
});

test('should print GitHub annotations for pull requests', async () => {
  const { stdout } = await cli('check', 'CB302', '--format', 'github');
  expect(stdout.trim()).toBe(
    '::error file=content/policies/dead-link.mdx,line=17,col=2,title=CB302 Broken internal link::link to unknown document "SOP-404"; did you mean "SOP-001"?%0ALink documents as `/id/<ID>/` with an id that exists.',
  );
});

test('should explain a code and refuse an unknown format', async () => {
  const explained = await run(process.execPath, ['scripts/check.ts', '--explain', 'cb104']);
  expect(explained.stdout).toContain('CB104  error    Unknown clause reference');
  const bad = await cli('check', 'valid', '--format', 'xml');
  expect(bad.code).toBe(2);
});

test('should print the coverage table and write coverage.json', async () => {
  const { code, stdout, dir } = await cli('coverage', 'valid');
  expect(code).toBe(0);
  expect(stdout).toMatch(/8\.5\s+合作伙伴筛选\s+covered\s+POL-001 SOP-001\s+1\/1/);
  expect(stdout).toContain('3 requirement clauses: 2 covered, 0 addressed, 0 gap, 1 excluded');
  const json = JSON.parse(await readFile(path.join(dir, 'coverage.json'), 'utf8'));
  expect(json.version).toBe(1);
  expect(json.totals.covered).toBe(2);
});

test('should keep docs/checks.md in step with the code catalogue', async () => {
  const { stdout } = await run(process.execPath, ['scripts/check.ts', '--list-codes', '--format', 'markdown']);
  expect(await readFile('docs/checks.md', 'utf8')).toBe(stdout);
  expect(stdout).toContain('| CB104 | error | Unknown clause reference |');
});

test('should write each export format and fail under a covered share', async () => {
  const csv = await cli('coverage', 'valid', '--format', 'csv', '--out', '-');
  expect(csv.code).toBe(0);
  expect(csv.stdout.startsWith('\uFEFFclause,')).toBe(true);
  const md = await cli('coverage', 'valid', '--format', 'markdown', '--out', '-');
  expect(md.stdout).toContain('2 of 2 applicable requirement clauses covered (100%).');
  const xlsx = await cli('coverage', 'valid', '--format', 'xlsx', '--out', 'c.xlsx');
  expect((await readFile(path.join(xlsx.dir, 'c.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  const ok = await cli('coverage', 'valid', '--format', 'json', '--out', '-', '--fail-under', '100');
  expect(ok.code).toBe(0);
  const as = await cli('coverage', 'valid', '--format', 'json', '--out', '-', '--fail-under', '60', '--as-of', '2027-06-01');
  expect(as.code).toBe(1);
  expect(as.stdout + '').toContain('"asOf": "2027-06-01"');
});

describe('check output that leads to the error', () => {
  /** The CB304 fixture (a public policy linking a confidential one: a warning) plus CB104's bad clause (an error). */
  async function mixed(...args: string[]) {
    const dir = await materialiseFixture('CB304');
    dirs.push(dir);
    const typo = path.join(dir, 'content/policies/typo-clause.mdx');
    await cp(path.join(FIXTURES, 'CB104', 'content/policies/typo-clause.mdx'), typo);
    await writeFile(typo, (await readFile(typo, 'utf8')).replace('id: POL-002', 'id: POL-009'));
    return run(process.execPath, ['scripts/check.ts', '--root', dir, '--as-of', FIXTURE_AS_OF, ...args]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
  }

  test('should print the errors first, then the warnings, and the counts by severity on the last line', async () => {
    const { code, stdout } = await mixed();
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    const error = lines.findIndex((l) => l.includes('error  CB104'));
    const warning = lines.findIndex((l) => l.includes('warning  CB304'));
    expect(error).toBeGreaterThanOrEqual(0);
    expect(warning).toBeGreaterThan(error);
    // The warning's file (open.mdx) sorts before the error's (typo-clause.mdx): the order is by severity first.
    expect(lines[warning]).toMatch(/^content\/policies\/open\.mdx:/);
    expect(lines.at(-1)).toMatch(/^1 error, 1 warning in \d+ documents and \d+ evidence records \(\d+\.\d+ s\)$/);
  });

  test('should list errors only with --quiet, and say that warnings were left out', async () => {
    const { code, stdout } = await mixed('--quiet');
    expect(code).toBe(1);
    expect(stdout).toContain('error  CB104');
    expect(stdout).not.toContain('CB304');
    expect(stdout.trimEnd().split('\n').at(-1)).toContain('1 error, 1 warning in');
    expect(stdout).toContain('(warnings not shown: drop --quiet to list them)');
  });

  test('should keep only the warnings that concern the build of a given --profile', async () => {
    // The public policy's link to a confidential one breaks in the public and internal builds, not in the restricted one.
    const internal = await mixed('--profile', 'internal');
    expect(internal.stdout).toContain('warning  CB304');
    expect(internal.stdout).toContain('Readers of the public and internal builds will see only the id');
    expect(internal.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 error, 1 warning for an internal build in /);
    const restricted = await mixed('--profile', 'restricted');
    expect(restricted.stdout).not.toContain('CB304');
    expect(restricted.stdout).toContain('error  CB104');
    expect(restricted.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 error, 0 warnings for a restricted build in /);
  });
});
