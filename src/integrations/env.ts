// The build's settings as the integration and the pages use them (read once in src/settings.ts), and
// the commit of the content, asked of git once per build.
import { execFileSync } from 'node:child_process';
import { settings } from '../settings.ts';
import type { Profile } from '../model/profile.ts';

/** Folder that holds `content/` (CLAUSEBOOK_ROOT, default the working directory). */
export function contentRoot(): string {
  return settings().root;
}

/** Date coverage and reviews are computed for (CLAUSEBOOK_AS_OF, default today). */
export function buildAsOf(): string {
  return settings().asOf;
}

let commit: { value: string | undefined } | undefined;

/**
 * Short commit of the content root, or undefined outside a git checkout. CLAUSEBOOK_COMMIT overrides it:
 * the audit pack builds a commit's content from a temporary folder that is not a checkout.
 */
export function buildCommit(): string | undefined {
  commit ??= { value: settings().commit ?? gitHead() };
  return commit.value;
}

function gitHead(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: contentRoot(), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

/** Profile of this build (CLAUSEBOOK_PROFILE, default internal). */
export function buildProfile(): Profile {
  return settings().profile;
}
