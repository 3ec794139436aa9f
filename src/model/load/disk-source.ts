// The working tree as a content source: listing, reading and stamping files under a root. Kept apart from
// the loader so that a check answered from its cache (cached-check.ts) loads none of the schemas.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProblemArgs } from '../problem.ts';
import type { ContentSource } from './load-corpus.ts';

/** The working tree under `root`. */
export function diskSource(root: string): ContentSource & Required<Pick<ContentSource, 'stat' | 'readShared'>> {
  const skipped: ProblemArgs<'CB407'>[] = [];
  // Stats are kept: a cached check stamps every file before loading, and loading asks again.
  const stats = new Map<string, Promise<{ size: number; mtimeMs: number }>>();
  let shared = new Uint8Array(1 << 16);
  return {
    worktree: root,
    async list(contentDir) {
      skipped.length = 0;
      const entries = await readdir(path.join(root, contentDir), { recursive: true, withFileTypes: true });
      const name = (e: (typeof entries)[number]) => toPosix(path.relative(root, path.join(e.parentPath, e.name)));
      for (const e of entries) if (!e.isFile() && !e.isDirectory()) skipped.push({ file: name(e), kind: e.isSymbolicLink() ? 'symbolic-link' : 'special' });
      return entries.filter((e) => e.isFile()).map(name);
    },
    // Read whole and at once: for the small files a handbook holds, one synchronous read costs less than
    // the four round trips to libuv's threads (open, stat, read, close) of an asynchronous one, and with
    // one file open at a time no open-file limit is ever near.
    read: async (file) => readFileSync(path.join(root, file)),
    readShared(file) {
      const fd = openSync(path.join(root, file), 'r');
      try {
        let length = 0;
        for (;;) {
          if (length === shared.length) {
            const grown = new Uint8Array(shared.length * 2);
            grown.set(shared);
            shared = grown;
          }
          const read = readSync(fd, shared, length, shared.length - length, null);
          if (read === 0) return shared.subarray(0, length);
          length += read;
        }
      } finally {
        closeSync(fd);
      }
    },
    skipped: () => skipped,
    size: async (file) => (await stat(path.join(root, file))).size,
    stat(file) {
      let known = stats.get(file);
      if (!known) {
        const s = statSync(path.join(root, file));
        stats.set(file, (known = Promise.resolve({ size: s.size, mtimeMs: s.mtimeMs })));
      }
      return known;
    },
  };
}

const toPosix = (p: string) => p.split(path.sep).join('/');
