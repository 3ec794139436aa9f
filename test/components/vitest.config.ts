// Vitest project for Astro component tests: Astro's Vite plugins compile `.astro` files for the
// container API. `configFile: false` skips astro.config.mjs, so the clausebook integration does not
// load and check the whole corpus before every run.
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  { test: { name: 'components', include: ['test/components/**/*.test.ts'], testTimeout: 15 * 60_000 } },
  { configFile: false, devToolbar: { enabled: false }, logLevel: 'warn' },
);
