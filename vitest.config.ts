// Vitest: unit tests under test/unit, build tests under test/build; component tests (test/components)
// run in their own project with Astro's Vite plugins.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'] } },
      'test/components/vitest.config.ts',
    ],
  },
});
