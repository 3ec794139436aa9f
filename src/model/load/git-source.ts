// Read the content tree as it is in a git commit, from git objects (no second checkout).
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { ContentSource } from './load-corpus.ts';

const run = promisify(execFile);

/** The commit a ref names, or an Error saying the ref is unknown. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
    return stdout.trim();
  } catch {
    throw new Error(`git ref "${ref}" names no commit in ${root}; try a branch (main), a tag or a commit hash.`);
  }
}

/**
 * The empty tree of the repository at `root` (git knows it without storing it): reading it as a
 * commit gives an empty handbook, the state before the first commit.
 */
export async function emptyTree(root: string): Promise<string> {
  const { stdout } = await run('git', ['hash-object', '-t', 'tree', '/dev/null'], { cwd: root });
  return stdout.trim();
}

/** A content source reading `commit`'s tree; paths are relative to `root` (which may be below the top of the work tree). */
export async function gitSource(root: string, commit: string): Promise<ContentSource> {
  const { stdout: prefix } = await run('git', ['rev-parse', '--show-prefix'], { cwd: root });
  const blobs = new Map<string, Uint8Array>();
  return {
    async list(contentDir) {
      const { stdout } = await run('git', ['-c', 'core.quotepath=false', 'ls-tree', '-r', '-z', '--name-only', commit, '--', contentDir], { cwd: root, maxBuffer: 1 << 28 });
      const files = stdout.split('\0').filter(Boolean);
      await readBlobs(root, commit, prefix.trim(), files, blobs);
      return files;
    },
    async read(file) {
      const text = blobs.get(file);
      if (text === undefined) throw new Error(`${file} is not in commit ${commit.slice(0, 7)}`);
      return text;
    },
  };
}

// One `git cat-file --batch` for all files: `<sha> blob <size>\n<bytes>\n` per request.
function readBlobs(root: string, commit: string, prefix: string, files: readonly string[], into: Map<string, Uint8Array>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const out = Buffer.concat(chunks);
      let at = 0;
      for (const file of files) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString();
        const size = Number(header.split(' ')[2]);
        if (header.endsWith('missing') || Number.isNaN(size)) return reject(new Error(`git could not read ${file} at ${commit.slice(0, 7)}`));
        into.set(file, out.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      resolve();
    });
    child.stdin.end(files.map((f) => `${commit}:${prefix}${f}\n`).join(''));
  });
}

/** The short commit checked out at `root`, or undefined outside a git checkout. */
export async function headCommit(root: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: root });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}
