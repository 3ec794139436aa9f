// The working tree's reads: readShared() gives a file's bytes in one reused buffer, whatever the file's size.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { diskSource } from '../../src/model/load/disk-source.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

test('should read every file whole into the shared buffer: empty, small, exactly its size and past it', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'clausebook-disk-'));
  dirs.push(root);
  const sizes = [0, 5, 1 << 16, (1 << 16) + 1, 300_000, 7];
  for (const [i, size] of sizes.entries()) await writeFile(path.join(root, `f${i}`), Buffer.from(Array.from({ length: size }, (_, k) => (k * 7 + i) % 251)));
  const source = diskSource(root);
  for (const [i] of sizes.entries()) {
    const bytes = source.readShared!(`f${i}`);
    expect(Buffer.from(bytes).equals(readFileSync(path.join(root, `f${i}`))), `f${i}`).toBe(true);
  }
  // One buffer: a view is valid until the next read.
  const first = source.readShared!('f1');
  const copy = first.slice();
  source.readShared!('f5');
  expect(first.buffer).toBe(source.readShared!('f5').buffer);
  expect([...copy]).toEqual([...readFileSync(path.join(root, 'f1'))]);
});
