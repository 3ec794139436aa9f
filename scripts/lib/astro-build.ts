// Builds that share no state with any other build: each runs Astro in a private copy of the site's
// source with its own .astro/ folder and content cache, so a test or an audit pack can build while
// someone runs `npm run build` in the repository (Astro keeps its content map in <root>/.astro/, which
// two builds of one root would overwrite under each other).
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { childEnv } from '../../src/settings.ts';

/** The repository that holds the site's source (src/, astro.config.mjs) and node_modules/. */
export const TOOL_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Astro's command line as `npm run build` runs it (scripts/astro.mjs: one allocator setting first). */
export const ASTRO_CLI = path.join(TOOL_ROOT, 'scripts', 'astro.mjs');

/** What the copy needs: copied (Astro must see real files under its root), or linked. */
const COPIED = ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const LINKED = ['node_modules'];

export interface AstroRun {
  readonly ok: boolean;
  /** stdout and stderr together, without colour codes (FORCE_COLOR in a CI runner turns Astro's on). */
  readonly output: string;
}

/**
 * A private copy of the site's source under a new temp folder; the caller removes it. `link` adds more
 * folders of the repository as links (the type checker reads scripts/ and test/ too).
 */
export async function copyProject(name = 'project', link: readonly string[] = []): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `clausebook-${name}-`));
  for (const entry of COPIED) await cp(path.join(TOOL_ROOT, entry), path.join(dir, entry), { recursive: true });
  for (const entry of [...LINKED, ...link]) await symlink(path.join(TOOL_ROOT, entry), path.join(dir, entry));
  return dir;
}

/**
 * A clone of the repository at `repoRoot` in `dir` (its revision history is real), with a link to its
 * node_modules so its tsconfig.json resolves Astro's types as an editor's checkout does.
 */
export async function cloneHandbook(repoRoot: string, dir: string): Promise<string> {
  const clone = path.join(dir, 'handbook');
  execFileSync('git', ['clone', '-q', repoRoot, clone]);
  await symlink(path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  return clone;
}

/**
 * Run `astro <args>` in a private copy of the project with `env` added to this process's environment.
 * Never throws for a failed command: the result says whether it passed and what it printed.
 */
export async function runAstro(project: string, args: readonly string[], env: Record<string, string>): Promise<AstroRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [ASTRO_CLI, ...args],
      { cwd: project, env: childEnv({ ASTRO_TELEMETRY_DISABLED: '1', ...env }), maxBuffer: 1 << 26 },
      (error, stdout, stderr) => resolve({ ok: !error, output: stripVTControlCharacters(stdout + stderr) }),
    );
  });
}

/**
 * Build the site into `outDir` from a fresh private copy of the project. Astro builds into the copy
 * (its prerender chunks must find node_modules above them) and the result is moved to `outDir`.
 */
export async function buildIsolated(outDir: string, env: Record<string, string>, name = 'build'): Promise<AstroRun> {
  const project = await copyProject(name);
  try {
    const inner = path.join(project, 'dist');
    const result = await runAstro(project, ['build'], { ...env, CLAUSEBOOK_OUT_DIR: inner });
    if (result.ok) {
      await rm(outDir, { recursive: true, force: true });
      await mkdir(path.dirname(outDir), { recursive: true });
      await rename(inner, outDir).catch(async () => {
        await cp(inner, outDir, { recursive: true });
      });
    }
    return result;
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
