// `npm test`: every test runner in turn, then one closing line `N passed, N failed` summed over them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'clausebook-test-'));
const report = path.join(dir, 'vitest.json');
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
} catch (error) {
  console.error(`vitest wrote no report (${(error as Error).message}); counting the run as one failure`);
  failed += 1;
}
rmSync(dir, { recursive: true, force: true });
if (vitest.status !== 0 && failed === 0) failed = 1; // a crash outside any test still fails the run
if (passed + failed === 0) {
  console.error('no test ran');
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
