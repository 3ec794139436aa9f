// `npm run build`, `dev` and `preview` (and every build the tests and the bench start): Astro's command
// line, run in this process after one setting of the memory allocator of Astro's bundler.
//
// Rolldown, the bundler, is a native library that allocates with mimalloc, and mimalloc by default gives
// freed memory back lazily and with MADV_FREE: the system takes those pages only when it runs short, and
// until then they count as the process's resident memory. A build of 1,000 generated documents peaked at
// 1.30-1.35 GB. MIMALLOC_PURGE_DECOMMITS=1 with MIMALLOC_PURGE_DELAY=0 gives freed memory back at once
// (MADV_DONTNEED): the same build peaks at 1.04-1.13 GB, in the same time. mimalloc reads its options
// when the library loads, so they are set here, before Astro loads Rolldown; a value already in the
// environment wins. Plain JavaScript, like require-node.mjs, which runs before it.
process.env.MIMALLOC_PURGE_DECOMMITS ??= '1';
process.env.MIMALLOC_PURGE_DELAY ??= '0';
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
