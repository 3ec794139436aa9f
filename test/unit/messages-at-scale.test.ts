// A problem's message and hint stay a readable length however large the handbook: one that listed every
// procedure of a stage grew with the corpus (3,000 ids a hint at 100,000 documents, 800 MB of output).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { writeBenchCorpus } from '../../scripts/bench-corpus.ts';
import { checkContent } from '../../src/model/load/check-content.ts';
import { someOf } from '../../src/model/problem.ts';

test('a list in a message names five items and counts the rest', () => {
  expect(someOf(['A', 'B'])).toBe('A, B');
  expect(someOf(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E and 2 more');
});

test('no message or hint of a 3,000-document corpus is longer than 400 characters', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'clausebook-messages-'));
  try {
    await writeBenchCorpus(root, 3000, process.cwd());
    const { problems } = await checkContent({ root, asOf: '2026-11-23' });
    expect(problems.length).toBeGreaterThan(1000);
    const longest = problems.reduce((a, p) => ((p.message + (p.hint ?? '')).length > (a.message + (a.hint ?? '')).length ? p : a));
    expect((longest.message + (longest.hint ?? '')).length, `${longest.code}: ${longest.message} ${longest.hint}`).toBeLessThanOrEqual(400);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
