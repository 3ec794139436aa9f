// How far V8 lets the heap grow past what is alive before it collects, for the processes whose memory is
// the loaded corpus: every command of scripts/cli.ts (`check`, `coverage`…) and the bench's check.
//
// After each full collection V8 sets the next limit at the live size times a factor it chooses from its
// own speed, up to about 2 here: a 100,000-document check, whose corpus is about 1.2 GB alive, peaked at
// 1.9-2.15 GiB of RSS, most of it garbage not yet collected. A fixed factor of 1.15 peaked at 1.5-1.75 GiB
// (cold and cached runs), cost nothing measurable at 10,000 documents and 0-15 % of the time at
// 100,000. It is a factor, not a limit: a larger tree still gets all the memory it needs, where
// --max-old-space-size would stop it. The flag is read at every collection, so setting it at run time works.
import { setFlagsFromString } from 'node:v8';

/** The heap may grow to 1 + HEAP_GROWING_PERCENT / 100 times what is alive after a full collection. */
export const HEAP_GROWING_PERCENT = 15;

let bounded = false;

/** Bound the heap's growth for the rest of this process (once; later calls do nothing). */
export function boundHeapGrowth(): void {
  if (bounded) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  bounded = true;
}
