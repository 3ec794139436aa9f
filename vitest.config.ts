// Vitest projects: fast unit tests in parallel; builds and browser tests one file at a time (they share
// Astro's .astro/ folder); component tests with Astro's Vite plugins.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'], fileParallelism: false } },
      'test/components/vitest.config.ts',
    ],
  },
});
