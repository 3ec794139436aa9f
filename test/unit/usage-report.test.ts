// The bench's usage report (scripts/lib/usage-report.mjs) counts the CPU time of a child the process did
// not wait for before exiting: Pagefind's binary, which pagefind.close() kills without waiting, was left
// out of clausebook's CPU time when the build's last step was that close.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const REPORT = path.resolve('scripts/lib/usage-report.mjs');
// A child that spends half a second of CPU (however long that takes here), says so and keeps running;
// the parent exits as soon as it hears it, without waiting for the child.
const PARENT = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', 'while (process.cpuUsage().user < 500000); console.log("spent"); setTimeout(() => {}, 60000)']);
child.stdout.on('data', () => { child.kill(); process.exit(0); });
`;

test('should count the CPU time of a child that was killed but not waited for', () => {
  const run = spawnSync(process.execPath, ['--import', REPORT, '-e', PARENT], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const file = path.join(tmpdir(), `clausebook-usage-${run.pid}.json`);
  const { cpu } = JSON.parse(readFileSync(file, 'utf8')) as { cpu: number };
  rmSync(file);
  expect(cpu).toBeGreaterThanOrEqual(0.5);
});
