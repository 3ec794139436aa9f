// `npm run build`, `dev` and `preview` (and every build the tests and the bench start): Astro's command
// line, run in this process after the memory allocator of Astro's bundler is set to give freed memory
// back at once (BUNDLER_ALLOCATOR in src/settings.ts). The allocator reads its options when it loads, so
// they are set here, before Astro loads the bundler.
import { setBundlerAllocator } from '../src/settings.ts';

setBundlerAllocator();
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
