// Vitest projects: fast unit tests in parallel; builds and browser tests one file at a time (each build
// is a whole Astro run); component tests with Astro's Vite plugins. No time limits: a test's duration
// depends on the machine and its load, never its result (speed is measured by `npm run bench`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 0,
    hookTimeout: 0,
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'], fileParallelism: false } },
      'test/components/vitest.config.ts',
    ],
  },
});
