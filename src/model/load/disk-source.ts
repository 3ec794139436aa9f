// The working tree as a content source: listing, reading and stamping files under a root. Kept apart from
// the loader so that a check answered from its cache (cached-check.ts) loads none of the schemas.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProblemArgs } from '../problem.ts';
import type { ContentSource } from './load-corpus.ts';

/** The working tree under `root`. */
export function diskSource(root: string): ContentSource {
  const skipped: ProblemArgs<'CB407'>[] = [];
  // Stats are kept: a cached check stamps every file before loading, and loading asks again.
  const stats = new Map<string, Promise<{ size: number; mtimeMs: number }>>();
  return {
    worktree: root,
    async list(contentDir) {
      skipped.length = 0;
      const entries = await readdir(path.join(root, contentDir), { recursive: true, withFileTypes: true });
      const name = (e: (typeof entries)[number]) => toPosix(path.relative(root, path.join(e.parentPath, e.name)));
      for (const e of entries) if (!e.isFile() && !e.isDirectory()) skipped.push({ file: name(e), kind: e.isSymbolicLink() ? 'symbolic-link' : 'special' });
      return entries.filter((e) => e.isFile()).map(name);
    },
    read: (file) => readFile(path.join(root, file)),
    skipped: () => skipped,
    size: async (file) => (await stat(path.join(root, file))).size,
    stat(file) {
      let known = stats.get(file);
      if (!known) stats.set(file, (known = stat(path.join(root, file)).then((s) => ({ size: s.size, mtimeMs: s.mtimeMs }))));
      return known;
    },
  };
}

const toPosix = (p: string) => p.split(path.sep).join('/');
