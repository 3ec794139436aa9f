// Revision history of content files from git: one `git log` for all files, following renames.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { childEnv } from '../../settings.ts';

const run = promisify(execFile);

/** One commit that changed a file. */
export interface Revision {
  hash: string;
  date: string; // YYYY-MM-DD, author date in the author's time zone
  author: string; // after .mailmap
  message: string; // subject line; empty when redacted
  /**
   * The commit also changed a file that holds something the build withholds: its subject may be about
   * that, so the build shows the date, author and hash only.
   */
  redacted: boolean;
}

export type HistoryResult =
  | { ok: true; revisions: Map<string, Revision[]> }
  | { ok: false; reason: 'not-a-repository' | 'shallow'; message: string };

// A commit starts with RS so it can never be mistaken for a status token; fields are NUL-separated.
const FORMAT = '--format=%x1e%H%x00%as%x00%aN%x00%s';
// Output is parsed, so no user configuration may change it (colour, signatures, relative paths).
const LOG_ARGS = ['-c', 'core.quotepath=false', 'log', FORMAT, '-z', '--name-status', '-M', '--no-merges', '--date-order', '--no-color', '--no-show-signature', '--no-relative', '--encoding=UTF-8', 'HEAD', '--'];
// `root` alone locates the repository: a hook's GIT_DIR or GIT_INDEX_FILE must not point git elsewhere.
const LOCATING_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_PREFIX'];

/**
 * Revisions of each path (relative to `root`, forward slashes), newest first, following renames. A commit
 * that touched any of `redact` (paths relative to `root`, under the names they had then) is redacted.
 */
export async function readHistory(root: string, paths: readonly string[], redact: ReadonlySet<string> = new Set()): Promise<HistoryResult> {
  let located: string;
  try {
    located = await git(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']);
  } catch (error) {
    return notARepository(root, error);
  }
  const [inWorkTree, shallow, prefix = ''] = located.split('\n');
  if (inWorkTree !== 'true') return notARepository(root, undefined);
  if (shallow === 'true') {
    return {
      ok: false,
      reason: 'shallow',
      message:
        `Revision history needs the full git history, but ${root} is in a shallow clone, so older revisions are missing and dates would be wrong. ` +
        'Run `git fetch --unshallow`, or in GitHub Actions set `fetch-depth: 0` on actions/checkout.',
    };
  }
  const revisions = new Map<string, Revision[]>(paths.map((p) => [p, []]));
  // Repository path → requested paths whose file is called that at the point of the walk.
  const following = new Map<string, string[]>();
  for (const p of revisions.keys()) addTo(following, path.posix.normalize(prefix + p), [p]);
  const log = await readLog(root);
  const hidden = new Map<string, string[]>();
  for (const p of redact) addTo(hidden, path.posix.normalize(prefix + p), [p]);
  if (log !== undefined) walk(log, revisions, following, hidden);
  return { ok: true, revisions };
}

async function readLog(root: string): Promise<string | undefined> {
  try {
    return await git(root, LOG_ARGS);
  } catch (error) {
    // A repository without commits yet: every file is uncommitted.
    const unborn = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']).then(() => false, () => true);
    if (unborn) return undefined;
    throw new Error(`git log failed in ${root}: ${stderrOf(error)}`);
  }
}

// Commits come children first (--date-order), so a rename switches a file to its old name for
// every older commit, as `git log --follow` does for one file.
function walk(log: string, revisions: Map<string, Revision[]>, following: Map<string, string[]>, hidden: Map<string, string[]>): void {
  const tokens = log.split('\0');
  let i = 0;
  while (i < tokens.length && tokens[i]!.startsWith('\x1e')) {
    const revision: Revision = { hash: tokens[i]!.slice(1), date: tokens[i + 1]!, author: tokens[i + 2]!, message: tokens[i + 3]!, redacted: false };
    i += 4;
    const renames: [from: string, to: string][] = [];
    // Status tokens: `M`, `A`, `D`, `T`… with one path, `R<score>` (and `C<score>`) with two.
    while (i < tokens.length && tokens[i] !== '' && !tokens[i]!.startsWith('\x1e')) {
      const status = tokens[i]!.replace(/^\n/, '');
      const names = status.startsWith('R') || status.startsWith('C') ? [tokens[i + 1]!, tokens[i + 2]!] : [tokens[i + 1]!];
      i += 1 + names.length;
      for (const name of names) {
        if (hidden.has(name)) {
          revision.redacted = true;
          revision.message = '';
        }
        for (const p of following.get(name) ?? []) {
          const list = revisions.get(p)!;
          if (list.at(-1) !== revision) list.push(revision);
        }
      }
      if (status.startsWith('R')) renames.push([names[0]!, names[1]!]);
    }
    if (tokens[i] === '') i += 1;
    // All renames of one commit read the state before it, so swaps (a→b, b→c) resolve correctly.
    for (const map of [following, hidden]) {
      const moves = renames.map(([from, to]) => [from, map.get(to) ?? []] as const);
      for (const [, to] of renames) map.delete(to);
      for (const [from, requested] of moves) addTo(map, from, requested);
    }
  }
}

function addTo(map: Map<string, string[]>, key: string, values: readonly string[]): void {
  if (values.length === 0) return;
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const env = childEnv({ LC_ALL: 'C' });
  for (const name of LOCATING_VARIABLES) delete env[name];
  const { stdout } = await run('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  return stdout;
}

function notARepository(root: string, error: unknown): HistoryResult {
  const cause = error === undefined ? 'it is not inside a work tree' : stderrOf(error);
  return {
    ok: false,
    reason: 'not-a-repository',
    message: `Revision history needs a git repository, but ${root} is not in one (${cause}). Build from a git checkout of the handbook.`,
  };
}

function stderrOf(error: unknown): string {
  const e = error as { stderr?: string; code?: unknown; message?: string };
  if (e.code === 'ENOENT') return 'git is not installed, or the folder does not exist';
  return (e.stderr || e.message || String(error)).trim().replace(/^fatal: /, '');
}
