// A stamp of the content folder's files (path, size, modification time): equal stamps, same content.
// The dev server compares stamps to recompute the site's view only after a file was saved.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The stamp of every file below `dir` (an empty stamp when it does not exist), but those `skip` names by their path below `dir`. */
export async function contentStamp(dir: string, skip?: (relative: string) => boolean): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).filter((f) => !skip?.(path.relative(dir, f))).sort();
  const stats = await Promise.all(files.map((f) => stat(f).then((s) => `${f}\0${s.size}\0${s.mtimeMs}`, () => `${f}\0gone`)));
  for (const line of stats) hash.update(`${line}\n`);
  return hash.digest('hex');
}
