// Throw-away git repositories for tests: init, commit with a fixed author and date, run any git command.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestRepo {
  readonly dir: string;
  /** Run git in the repository; resolves with stdout. */
  git(...args: string[]): Promise<string>;
  /** Stage everything and commit, authored and committed at `date` (ISO 8601, default now). */
  commit(message: string, date?: string, author?: string): Promise<string>;
}

/** Make `dir` (which must exist) a git repository on branch main. */
export async function initRepo(dir: string): Promise<TestRepo> {
  const git = async (...args: string[]) => (await run('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args], { cwd: dir, env: { ...process.env, ...dates } })).stdout;
  let dates: Record<string, string> = {};
  await git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    async commit(message, date, author = 'Editor') {
      dates = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
      try {
        await git('add', '-A');
        await git('-c', `user.name=${author}`, 'commit', '-q', '--allow-empty', '-m', message);
        return (await git('rev-parse', 'HEAD')).trim();
      } finally {
        dates = {};
      }
    },
  };
}

/** Replace the first `from` in `dir/file` by `to`; throws when the file does not contain `from`. */
export async function editFile(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`${file} does not contain ${String(from)}`);
  await writeFile(full, text.replace(from, to));
}
