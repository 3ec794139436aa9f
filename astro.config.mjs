// Astro configuration: static output, MDX, and the clausebook integration (checks + search index).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import clausebook from './src/integrations/clausebook.ts';

export default defineConfig({
  outDir: process.env.CLAUSEBOOK_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [clausebook(), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module carries a harmless module-level directive.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
