// Reading content safely: strict UTF-8 with the encoding named, bounded concurrency, case collisions.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { writeBenchCorpus } from '../../scripts/bench-corpus.ts';
import { caseCollisions, decodeContent, mapLimited } from '../../src/model/load/read-files.ts';
import { runChecks } from '../../src/model/checks/index.ts';
import { LIMITS } from '../../src/schema/limits.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';

const run = promisify(execFile);

test('should decode UTF-8 and name GBK and UTF-16 files at the first byte that is not UTF-8', () => {
  expect(decodeContent('a.mdx', new TextEncoder().encode('---\n中文\n'))).toEqual({ text: '---\n中文\n' });
  const gbk = Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x61, 0xd6, 0xd0, 0xce, 0xc4]); // "---\na中文" in GBK
  const fromGbk = decodeContent('b.mdx', gbk);
  expect('problem' in fromGbk && fromGbk.problem).toMatchObject({ code: 'CB408', file: 'b.mdx', line: 2, column: 2 });
  expect('problem' in fromGbk && fromGbk.problem.message).toContain('GBK/GB18030');
  const utf16 = decodeContent('c.mdx', Uint8Array.from([0xff, 0xfe, 0x2d, 0x00, 0x00, 0xd8]));
  expect('problem' in utf16 && utf16.problem.message).toContain('UTF-16');
});

test('should read documents and YAML as text, and leave attachments (a PDF, an image) as bytes it never decodes', async () => {
  const root = await materialiseFixture('valid');
  try {
    await writeFile(path.join(root, 'content/evidence/files/scores.md'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0xe2, 0xe3, 0xcf, 0xd3, 0xff]));
    const problems = runChecks(await loadCorpus({ root }), { asOf: FIXTURE_AS_OF });
    expect(problems.filter((p) => p.code === 'CB408')).toEqual([]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('should refuse an attachment over the size limit without reading it', async () => {
  const root = await materialiseFixture('valid');
  try {
    await truncate(path.join(root, 'content/evidence/files/scores.md'), LIMITS.attachmentBytes + 1);
    const problems = runChecks(await loadCorpus({ root }), { asOf: FIXTURE_AS_OF });
    expect(problems.filter((p) => p.code === 'CB311').map((p) => [p.file, p.message])).toEqual([
      ['content/evidence/files/scores.md', 'the file is 10.0 MiB; attachments kept in the repository are at most 10 MiB'],
    ]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('should never have more than the limit pending, and keep the order of results', async () => {
  let pending = 0;
  let most = 0;
  const results = await mapLimited(Array.from({ length: 200 }, (_, i) => i), 7, async (i) => {
    most = Math.max(most, ++pending);
    await new Promise((r) => setImmediate(r));
    pending--;
    return i * 2;
  });
  expect(most).toBe(7);
  expect(results).toEqual(Array.from({ length: 200 }, (_, i) => i * 2));
});

test('should report every file whose name differs from another only in letter case', () => {
  expect(caseCollisions(['content/sops/a.mdx', 'content/sops/A.mdx', 'content/sops/b.mdx']).map((p) => [p.code, p.file])).toEqual([['CB406', 'content/sops/a.mdx']]);
});

test('should check 3,000 documents with only 256 files open allowed (it once opened every file at once)', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'clausebook-ulimit-'));
  try {
    await writeBenchCorpus(root, 3000, path.resolve('.'));
    const { stdout } = await run('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" scripts/check.ts --root "${root}" --quiet`], { maxBuffer: 1 << 26 });
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 errors, \d+ warnings in 3000 documents/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
