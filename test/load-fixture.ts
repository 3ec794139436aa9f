// Fixtures: `valid/` is a whole small content tree; `<CODE>/` overlays it with the files that
// trigger one problem (and may list files to delete in remove.txt).
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/model/load/load-corpus.ts';
import type { Corpus } from '../src/model/corpus.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The date fixture results are computed for. */
export const FIXTURE_AS_OF = '2026-06-01';

/** Copy `valid/` plus the named overlay into a temp folder; returns that folder. */
export async function materialiseFixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `clausebook-${name.replaceAll('/', '-')}-`));
  await cp(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  if (name !== 'valid') {
    await cp(path.join(FIXTURES, name), dir, { recursive: true, filter: (src) => path.basename(src) !== 'remove.txt' });
    const removals = await readFile(path.join(FIXTURES, name, 'remove.txt'), 'utf8').catch(() => '');
    for (const file of removals.split('\n').filter(Boolean)) await rm(path.join(dir, file));
  }
  return dir;
}

/** Load a fixture's corpus. */
export async function loadFixture(name: string): Promise<Corpus> {
  const dir = await materialiseFixture(name);
  try {
    return await loadCorpus({ root: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
