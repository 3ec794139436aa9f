// The build and the dev server check content with the content cache beside Astro's (site/index.ts): what an
// earlier run parsed of a file whose stamp is unchanged is reused, and a file whose stamp changed is read.
// Shown here by a change the stamp cannot see (same size, time set back): only a run that used the cache
// still has the old title.
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkContent } from '../../src/model/load/check-content.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';

let root: string;
let cacheDir: string;
const POLICY = 'content/policies/partner-policy.mdx';
const titleOf = async (options: { cacheDir?: string }) => (await checkContent({ root, asOf: FIXTURE_AS_OF, ...options })).corpus.documents.find((d) => d.file === POLICY)?.data?.title;

beforeAll(async () => {
  root = await materialiseFixture('valid');
  cacheDir = await mkdtemp(path.join(tmpdir(), 'clausebook-check-cache-'));
  // Files older than the cache's index, so their stamps are trusted (a file changed just before a run is read again).
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const file of await readdir(path.join(root, 'content'), { recursive: true })) await utimes(path.join(root, 'content', file), hourAgo, hourAgo);
});
afterAll(() => Promise.all([root, cacheDir].map((d) => rm(d, { recursive: true, force: true }))));

test('should reuse what it parsed of a file whose stamp is unchanged, and read a file whose stamp changed', async () => {
  expect(await titleOf({ cacheDir })).toBe('合作伙伴制度');
  const file = path.join(root, POLICY);
  const { mtime } = await stat(file);
  // The same number of bytes, the same time: the stamp cannot tell.
  await writeFile(file, (await readFile(file, 'utf8')).replace('title: 合作伙伴制度', 'title: 合作伙伴规则'));
  await utimes(file, mtime, mtime);
  expect(await titleOf({ cacheDir })).toBe('合作伙伴制度');
  expect(await titleOf({})).toBe('合作伙伴规则');
  // A new time: read again.
  const now = new Date(Date.now() - 1_800_000);
  await utimes(file, now, now);
  expect(await titleOf({ cacheDir })).toBe('合作伙伴规则');
});
