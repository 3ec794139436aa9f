// Vitest: unit tests under test/unit, build tests under test/build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
