// The floor for `npm run bench -- --build`: the same generated documents as plain Astro pages, one minimal
// layout, MDX compiled by @astrojs/mdx, no checks, no registers, no filter pages, no exports. What any Astro
// site of these pages costs; clausebook's build is measured against it in the same run. A template:
// floor.ts copies the site next to the generated content with its paths filled in.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  outDir: '__OUT__', // floor.ts fills in the bench's folders when it copies this site
  build: { format: 'directory' },
  telemetry: false,
});
