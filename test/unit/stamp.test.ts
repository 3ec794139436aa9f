// The content folder's stamp: paths, sizes and modification times; a change to a file it skips leaves it as it was.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentStamp } from '../../src/model/load/stamp.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clausebook-stamp-'));
  await mkdir(path.join(dir, 'sops'));
  await writeFile(path.join(dir, 'rules.yaml'), 'rules: []\n');
  await writeFile(path.join(dir, 'sops', 'a.mdx'), '---\nid: SOP-001\n---\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const skipSops = (file: string) => file.split(path.sep)[0] === 'sops';

test('should change when a file changes, and not when only a skipped file does', async () => {
  const whole = await contentStamp(dir);
  const registers = await contentStamp(dir, skipSops);
  await writeFile(path.join(dir, 'sops', 'a.mdx'), '---\nid: SOP-001\ntitle: 新\n---\n');
  expect(await contentStamp(dir)).not.toBe(whole);
  expect(await contentStamp(dir, skipSops)).toBe(registers);
  const later = new Date(Date.now() + 60_000);
  await utimes(path.join(dir, 'rules.yaml'), later, later);
  expect(await contentStamp(dir, skipSops)).not.toBe(registers);
});

test('should be the stamp of nothing for a folder that does not exist', async () => {
  expect(await contentStamp(path.join(dir, 'absent'))).toBe(await contentStamp(path.join(dir, 'also-absent')));
});
