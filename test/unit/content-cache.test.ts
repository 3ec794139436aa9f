// The content cache: a second check of an unchanged tree reads no file and gives the same problems; a
// changed file is re-read (and only it), whatever its stamp says when the stamp cannot be trusted; a
// changed date, code version or corrupt cache is a miss, never a wrong answer or an error.
import { cp, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeBenchCorpus } from '../../scripts/bench-corpus.ts';
import { checkContent } from '../../src/model/load/check-content.ts';
import { checkContentCached } from '../../src/model/load/cached-check.ts';
import { ContentCache, codeVersion } from '../../src/model/load/content-cache.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';

const asOf = '2026-11-23';
let base: string;
let corpusRoot: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'clausebook-cache-'));
  corpusRoot = path.join(base, 'generated');
  await writeBenchCorpus(corpusRoot, 60, process.cwd());
});
afterAll(() => rm(base, { recursive: true, force: true }));

/** A private copy of the generated tree, its files dated a minute ago (outside the racy window), and a cache folder. */
async function copy(name: string) {
  const root = path.join(base, name);
  await cp(corpusRoot, root, { recursive: true });
  const past = new Date(Date.now() - 60_000);
  for (const file of await listFiles(path.join(root, 'content'))) await utimes(file, past, past);
  return { root, cacheDir: path.join(base, `${name}-cache`) };
}

async function listFiles(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const run = async (root: string, cacheDir: string, date = asOf) => {
  const result = await checkContentCached({ root, asOf: date, cacheDir });
  await result.save();
  return result;
};

test('an unchanged tree is answered from the cache without reading a file, with the same problems', async () => {
  const { root, cacheDir } = await copy('unchanged');
  const plain = await checkContent({ root, asOf });
  const first = await run(root, cacheDir);
  expect(first.cached).toBe(false);
  expect(first.problems).toEqual(plain.problems);
  const second = await run(root, cacheDir);
  expect(second).toMatchObject({ cached: true, read: 0 });
  expect(second.problems).toEqual(plain.problems);
  expect(second.summary).toEqual(first.summary);
});

test('a first run that keeps none of the bytes it read to stamp files (past HELD_BYTES) reads them again and gives the same answer', async () => {
  const { root, cacheDir } = await copy('held');
  const plain = await checkContent({ root, asOf });
  const first = await checkContentCached({ root, asOf, cacheDir, heldBytes: 0 });
  await first.save();
  expect(first.cached).toBe(false);
  expect(first.problems).toEqual(plain.problems);
  const second = await run(root, cacheDir);
  expect(second).toMatchObject({ cached: true, read: 0 });
  expect(second.problems).toEqual(plain.problems);
});

test('a corpus rebuilt from the cache is the corpus loaded from the files: texts, frontmatter sources, data and problems', async () => {
  const { root, cacheDir } = await copy('restored');
  await run(root, cacheDir);
  const cache = await ContentCache.open(cacheDir, root, 'content', await codeVersion(process.cwd()));
  const restored = await loadCorpus({ root, cache });
  expect(cache.read.size).toBe(0);
  const loaded = await loadCorpus({ root });
  expect(restored.documents.length).toBeGreaterThan(50);
  expect(restored.documents).toEqual(loaded.documents);
  expect(restored.evidence).toEqual(loaded.evidence);
  expect(restored.loadProblems).toEqual(loaded.loadProblems);
  // The frontmatter is the part of the text it was, not a text of its own.
  for (const doc of restored.documents) expect(doc.text.includes(doc.source.text), doc.file).toBe(true);
});

test('a changed document is the only file read again, and its new problem is reported', async () => {
  const { root, cacheDir } = await copy('changed');
  await run(root, cacheDir);
  const sop = path.join(root, 'content/sops/sop-0001.mdx');
  const text = await readFile(sop, 'utf8');
  await writeFile(sop, text.replace(/^owner: .*$/m, 'owner: nobody-here'));
  const after = await run(root, cacheDir);
  expect(after).toMatchObject({ cached: false, read: 1 });
  expect(after.problems).toEqual((await checkContent({ root, asOf })).problems);
  expect(after.problems.some((p) => p.file === 'content/sops/sop-0001.mdx' && p.severity === 'error')).toBe(true);
  // Put back, the tree's first result is reused for the parse (the file is read: its stamp changed).
  await writeFile(sop, text);
  const back = await run(root, cacheDir);
  expect(back.problems).toEqual((await checkContent({ root, asOf })).problems);
});

test('a file changed within the racy window, same size and time, is read again', async () => {
  const { root, cacheDir } = await copy('racy');
  const sop = path.join(root, 'content/sops/sop-0002.mdx');
  // Dated this very second (a whole second, as a coarse file system keeps it): the cache is written
  // within two seconds of it, so its stamp is not trusted next time.
  const text = await readFile(sop, 'utf8');
  const second = Math.floor(Date.now() / 1000);
  await utimes(sop, second, second);
  await run(root, cacheDir);
  // Same length, another owner, and the same modification time: only the racy rule catches it.
  await writeFile(sop, text.replace(/^owner: (.*)$/m, (_, owner: string) => `owner: ${'x'.repeat(owner.length)}`));
  await utimes(sop, second, second);
  expect((await stat(sop)).mtimeMs).toBe(second * 1000);
  const after = await run(root, cacheDir);
  expect(after.cached).toBe(false);
  expect(after.problems).toEqual((await checkContent({ root, asOf })).problems);
});

test('another date, another code version or a corrupt cache is a miss', async () => {
  const { root, cacheDir } = await copy('misses');
  await run(root, cacheDir);
  expect((await run(root, cacheDir, '2027-01-05')).cached).toBe(false);
  expect((await run(root, cacheDir, '2027-01-05')).cached).toBe(true);
  // Another code version: nothing of the index is trusted.
  const other = await ContentCache.open(cacheDir, root, 'content', 'another version');
  expect(other.trusted('content/org.yaml', 1, 1)).toBeUndefined();
  expect(other.lastResult(other.runKey('2027-01-05'))).toBeUndefined();
  // A cache file cut short is ignored; the run checks everything and writes a good one.
  const scope = (await listFiles(cacheDir)).find((f) => f.endsWith('index'))!;
  await writeFile(scope, (await readFile(scope)).subarray(0, 100));
  const afterCorruption = await run(root, cacheDir, '2027-01-05');
  expect(afterCorruption.cached).toBe(false);
  expect(afterCorruption.problems).toEqual((await checkContent({ root, asOf: '2027-01-05' })).problems);
  expect((await run(root, cacheDir, '2027-01-05')).cached).toBe(true);
});
