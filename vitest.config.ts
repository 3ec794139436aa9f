// Vitest projects: fast unit tests in parallel; then builds and browser tests two files at a time (each
// build is a whole Astro run in its own project copy, and a build several files share is made once,
// test/site-builds.ts); component tests with Astro's Vite plugins. No time limits on work: a test's
// duration depends on the machine and its load, never its result (speed is measured by `npm run bench`).
// Only a hang guard: no test or hook here takes more than a few minutes on a 2-core machine, and a CI
// run has 15 minutes in all, so one that runs 15 minutes is stuck, and fails naming itself rather than
// using up CI's time.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const HANG_GUARD = 15 * 60_000;

export default defineConfig({
  test: {
    testTimeout: HANG_GUARD,
    hookTimeout: HANG_GUARD,
    // Vitest keeps a core free by default, which is one worker on a 2-core machine; many unit tests wait
    // for a child process (the CLI, git), so a worker per core is faster.
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // After the unit tests (their own group), two at a time: a build file keeps about one core busy.
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'], maxWorkers: 2, sequence: { groupOrder: 1 } } },
      'test/components/vitest.config.ts',
    ],
  },
});
