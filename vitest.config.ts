// Vitest: unit tests under test/unit, build tests under test/build; component tests run in their own
// project with Astro's Vite plugins (test/unit/vitest.container.config.ts).
import { defineConfig } from 'vitest/config';
import { COMPONENT_TESTS } from './test/unit/vitest.container.config.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'], exclude: COMPONENT_TESTS },
      },
      'test/unit/vitest.container.config.ts',
    ],
  },
});
