// `npm test`: every Vitest project and, beside it, the type checks; then one closing line `N passed, N failed`
// summed over them (each type checker counts as one test).
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TOOL_ROOT, copyProject, runAstro } from './lib/astro-build.ts';

const run = promisify(execFile);
let passed = 0;
let failed = 0;

/** Record one checker's result: a line when it passes, its whole output when it fails. */
function record(name: string, ok: boolean, output: string) {
  if (ok) passed++;
  else failed++;
  console.log(ok ? `✓ ${name}: no errors` : `✗ ${name} found errors:\n${output.trim()}\n`);
}

// Type checks in a private project copy: `astro check` generates Astro's types into the copy's .astro/,
// which `tsc` then reads, and neither touches the repository's .astro/ (a build may be running there).
// They run while Vitest does (its unit tests wait on child processes much of the time); their lines are
// printed after Vitest's report, so the two outputs do not interleave.
async function typeCheck(): Promise<{ name: string; ok: boolean; output: string }[]> {
  const project = await copyProject('typecheck', ['scripts', 'test']);
  try {
    const astro = await runAstro(project, ['check'], { CLAUSEBOOK_ROOT: TOOL_ROOT, CLAUSEBOOK_HISTORY: 'off' });
    const diagnostics = astro.output.indexOf('[check]');
    const tsc = await run(process.execPath, [path.join(project, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'], { cwd: project, maxBuffer: 1 << 24 }).then(
      ({ stdout }) => ({ ok: true, output: stdout }),
      (error: { stdout: string; stderr: string }) => ({ ok: false, output: error.stdout + error.stderr }),
    );
    return [
      { name: 'astro check', ok: astro.ok, output: diagnostics >= 0 ? astro.output.slice(diagnostics) : astro.output },
      { name: 'tsc --noEmit', ok: tsc.ok, output: tsc.output },
    ];
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
const typeChecks = typeCheck();
typeChecks.catch(() => undefined); // awaited after Vitest; a failure there still ends the run

const dir = mkdtempSync(path.join(tmpdir(), 'clausebook-test-'));
const report = path.join(dir, 'vitest.json');
const vitest = await new Promise<{ status: number | null }>((resolve) => {
  spawn(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  ).on('close', (status) => resolve({ status }));
});
let vitestCounted = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  vitestCounted = json.numPassedTests + json.numFailedTests;
} catch (error) {
  console.error(`vitest wrote no report (${(error as Error).message}); counting the run as one failure`);
  failed += 1;
}
rmSync(dir, { recursive: true, force: true });
console.log('');
for (const { name, ok, output } of await typeChecks) record(name, ok, output);
if (vitest.status !== 0 && failed === 0) failed = 1; // a crash outside any test still fails the run
if (vitestCounted === 0 && failed === 0) {
  console.error('no test ran');
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
