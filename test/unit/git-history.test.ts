// readHistory against throw-away git repositories with fixed dates and authors.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readHistory } from '../../src/model/load/git-history.ts';
import type { HistoryResult, Revision } from '../../src/model/load/git-history.ts';

const run = promisify(execFile);
let base: string;
let repo: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'clausebook-git-'));
  repo = path.join(base, 'repo');
  await mkdir(path.join(repo, 'site/content/sops'), { recursive: true });
  await git(repo, 'init', '-q');
  await write('site/content/sops/partner-selection.mdx', 'v1');
  await write('site/content/sops/old name.mdx', 'renamed file\n'.repeat(20));
  await commit('Add partner selection', 'Li Lei', '2026-01-05T10:00:00+08:00');
  await write('site/content/sops/partner-selection.mdx', 'v2');
  await write('site/content/sops/old name.mdx', 'renamed file\n'.repeat(20) + 'edited\n');
  await commit('Tighten partner criteria', 'Han Meimei', '2026-02-11T07:30:00+08:00');
  await git(repo, 'mv', 'site/content/sops/old name.mdx', 'site/content/sops/new-name.mdx');
  await write('site/content/sops/合作伙伴评估.mdx', '中文');
  await commit('Rename and add 合作伙伴评估', 'Wang Fang', '2026-03-01T09:00:00+08:00');
  await write('site/content/sops/partner-selection.mdx', 'v3');
  await commit('Fix typo', 'Li Lei', '2026-04-20T08:00:00+08:00');
  await write('site/content/sops/draft.mdx', 'not committed');
});

afterAll(() => rm(base, { recursive: true, force: true }));

test('should list three commits on one file, newest first, dated in the author time zone', async () => {
  const history = await revisionsOf(repo, ['site/content/sops/partner-selection.mdx']);
  expect(history.get('site/content/sops/partner-selection.mdx')!.map(summary)).toEqual([
    ['2026-04-20', 'Li Lei', 'Fix typo'],
    ['2026-02-11', 'Han Meimei', 'Tighten partner criteria'],
    ['2026-01-05', 'Li Lei', 'Add partner selection'],
  ]);
  expect(history.get('site/content/sops/partner-selection.mdx')![0]!.hash).toMatch(/^[0-9a-f]{40}$/);
});

test('should follow a rename to the file history under its old name', async () => {
  const history = await revisionsOf(repo, ['site/content/sops/new-name.mdx']);
  expect(history.get('site/content/sops/new-name.mdx')!.map((r) => r.message)).toEqual([
    'Rename and add 合作伙伴评估',
    'Tighten partner criteria',
    'Add partner selection',
  ]);
});

test('should redact the subject of every commit that also touched a withheld file, under its old name too', async () => {
  // "old name.mdx" (now new-name.mdx) stands for a withheld document: the commits that changed it may name it.
  const result = await readHistory(repo, ['site/content/sops/partner-selection.mdx'], new Set(['site/content/sops/new-name.mdx']));
  if (!result.ok) throw new Error(result.message);
  expect(result.revisions.get('site/content/sops/partner-selection.mdx')!.map((r) => [r.date, r.redacted, r.message])).toEqual([
    ['2026-04-20', false, 'Fix typo'],
    ['2026-02-11', true, ''],
    ['2026-01-05', true, ''],
  ]);
});

test('should read a file with a Chinese name', async () => {
  const history = await revisionsOf(repo, ['site/content/sops/合作伙伴评估.mdx']);
  expect(history.get('site/content/sops/合作伙伴评估.mdx')!.map(summary)).toEqual([['2026-03-01', 'Wang Fang', 'Rename and add 合作伙伴评估']]);
});

test('should give an empty list for an untracked file and a missing one', async () => {
  const history = await revisionsOf(repo, ['site/content/sops/draft.mdx', 'site/content/sops/nowhere.mdx']);
  expect([...history]).toEqual([
    ['site/content/sops/draft.mdx', []],
    ['site/content/sops/nowhere.mdx', []],
  ]);
});

test('should take paths relative to a root below the top of the work tree', async () => {
  const history = await revisionsOf(path.join(repo, 'site'), ['content/sops/partner-selection.mdx', 'content/sops/new-name.mdx']);
  expect(history.get('content/sops/partner-selection.mdx')!.length).toBe(3);
  expect(history.get('content/sops/new-name.mdx')!.length).toBe(3);
});

test('should give every file an empty list in a repository without commits', async () => {
  const empty = path.join(base, 'empty');
  await mkdir(empty);
  await git(empty, 'init', '-q');
  expect([...(await revisionsOf(empty, ['a.mdx']))]).toEqual([['a.mdx', []]]);
});

test('should refuse a shallow clone and say how to fetch the full history', async () => {
  const clone = path.join(base, 'shallow');
  await git(base, 'clone', '-q', '--depth', '1', pathToFileURL(repo).href, clone);
  const result = await readHistory(clone, ['site/content/sops/partner-selection.mdx']);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe('shallow');
  expect(result.message).toContain('git fetch --unshallow');
  expect(result.message).toContain('fetch-depth: 0');
});

test('should report a plain folder as not a repository', async () => {
  const plain = path.join(base, 'plain');
  await mkdir(plain);
  const result: HistoryResult = await readHistory(plain, ['a.mdx']);
  expect(result).toMatchObject({ ok: false, reason: 'not-a-repository' });
  if (!result.ok) expect(result.message).toContain(plain);
});

async function revisionsOf(root: string, paths: string[]): Promise<Map<string, Revision[]>> {
  const result = await readHistory(root, paths);
  if (!result.ok) throw new Error(result.message);
  return result.revisions;
}

function summary(r: Revision): [string, string, string] {
  return [r.date, r.author, r.message];
}

async function write(file: string, text: string): Promise<void> {
  await writeFile(path.join(repo, file), text);
}

async function commit(message: string, author: string, date: string): Promise<void> {
  await git(repo, 'add', '-A', 'site/content/sops', ':!site/content/sops/draft.mdx');
  const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const identity = ['-c', `user.name=${author}`, '-c', `user.email=${author.replace(' ', '.').toLowerCase()}@example.com`];
  await git(repo, ...identity, 'commit', '-q', '--no-gpg-sign', '-m', message, { env });
}

// The tests' own git calls ignore the caller's repository variables (a hook's GIT_DIR) and config.
async function git(cwd: string, ...args: (string | { env: Record<string, string> })[]): Promise<void> {
  const extra = args.find((a) => typeof a !== 'string') as { env: Record<string, string> } | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra?.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  await run('git', args.filter((a) => typeof a === 'string'), { cwd, env });
}
