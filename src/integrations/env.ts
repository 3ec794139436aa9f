// Build settings read from the environment and git, in one place (the model never reads them).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { isoToday } from '../model/dates.ts';
import { parseProfile, ProfileError } from '../model/profile.ts';
import type { Profile } from '../model/profile.ts';
import { BuildError } from './build-error.ts';

/** Folder that holds `content/` (CLAUSEBOOK_ROOT, default the working directory). */
export function contentRoot(): string {
  return path.resolve(process.env.CLAUSEBOOK_ROOT ?? '.');
}

/** Date coverage and reviews are computed for (CLAUSEBOOK_AS_OF, default today). */
export function buildAsOf(): string {
  return process.env.CLAUSEBOOK_AS_OF ?? isoToday();
}

/**
 * Short commit of the content root, or undefined outside a git checkout. CLAUSEBOOK_COMMIT overrides it:
 * the audit pack builds a commit's content from a temporary folder that is not a checkout.
 */
export function buildCommit(): string | undefined {
  if (process.env.CLAUSEBOOK_COMMIT) return process.env.CLAUSEBOOK_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: contentRoot(), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

/** Profile of this build (CLAUSEBOOK_PROFILE, default internal); an unknown name throws with the valid ones. */
export function buildProfile(): Profile {
  try {
    return parseProfile(process.env.CLAUSEBOOK_PROFILE);
  } catch (error) {
    if (error instanceof ProfileError) throw new BuildError(`CLAUSEBOOK_PROFILE: ${error.message}`);
    throw error;
  }
}
