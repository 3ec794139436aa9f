// Which built pages Pagefind reads. Only pages whose <main> carries data-pagefind-body are indexed (a
// document, an evidence record, the rules, the guide…); Pagefind still parses every other page to find
// that out, so it is handed those pages alone, by a glob of their paths: the same index, byte for byte,
// in half the time (the handbook's 121 of 409 pages: 0.2 s instead of 0.4).

/** Whether a built page is one Pagefind indexes. */
export function isSearchable(html: string): boolean {
  return /<main\b[^>]*\sdata-pagefind-body(?=[\s>=/])/.test(html);
}

/** Paths written into a glob as they are: letters, digits, `_`, `-`, `.` and `/` (none has a meaning in one). */
const PLAIN_PATH = /^[\p{L}\p{N}_./-]+$/u;

/**
 * A glob for Pagefind's addDirectory that matches exactly `pages` (paths relative to the output folder,
 * `/`-separated), or undefined to let it read the whole folder: when no page is marked (Pagefind then
 * indexes every page) or a path holds anything but plain characters. Either way the index is the same.
 */
export function searchableGlob(pages: readonly string[]): string | undefined {
  if (pages.length === 0 || pages.some((page) => !PLAIN_PATH.test(page))) return undefined;
  return pages.length === 1 ? pages[0] : `{${[...pages].sort().join(',')}}`;
}
