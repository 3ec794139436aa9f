// Shared command-line plumbing: common flags, loading the corpus, reporting fatal usage errors.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { loadCorpus } from '../src/model/load/load-corpus.ts';
import type { Corpus } from '../src/model/corpus.ts';
import { gitSource, resolveCommit } from '../src/integrations/git-source.ts';
import { isoToday } from '../src/model/dates.ts';
import { parseProfile, ProfileError } from '../src/model/profile.ts';
import type { Profile } from '../src/model/profile.ts';

export const COMMON_OPTIONS = {
  root: { type: 'string', default: '.' },
  content: { type: 'string', default: 'content' },
  'as-of': { type: 'string' },
  profile: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Parse argv with the common flags plus `extra`; exits 2 with a message on a bad flag. */
export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(extra: T, usage: string) {
  try {
    const parsed = parseArgs({ options: { ...COMMON_OPTIONS, ...extra }, allowPositionals: true, strict: true });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    const asOf = (values['as-of'] as string | undefined) ?? isoToday();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) fail(`--as-of "${asOf}" is not a date; write YYYY-MM-DD.`);
    let profile: Profile;
    try {
      profile = parseProfile((values.profile as string | undefined) ?? process.env.CLAUSEBOOK_PROFILE);
    } catch (error) {
      if (error instanceof ProfileError) fail(`--profile: ${error.message}`);
      throw error;
    }
    return { ...parsed, asOf, profile };
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
}

/** Load the corpus under --root/--content. */
export async function loadFromFlags(values: { root?: unknown; content?: unknown }) {
  const root = path.resolve(String(values.root ?? '.'));
  const contentDir = String(values.content ?? 'content');
  return { corpus: await loadCorpus({ root, contentDir }), root, contentDir };
}

/**
 * The corpus at a git ref under `root`, read from git objects (no checkout; the working tree stays as it
 * is), with the label messages use: `main (1a2b3c4)`. An unknown ref is a usage error.
 */
export async function loadCorpusAt(root: string, contentDir: string, ref: string): Promise<{ corpus: Corpus; label: string }> {
  const commit = await resolveCommit(root, ref).catch((error: Error) => fail(error.message));
  const corpus = await loadCorpus({ root, contentDir, source: await gitSource(root, commit) });
  return { corpus, label: `${ref} (${commit.slice(0, 7)})` };
}

/** Print a usage error and exit 2 (1 is reserved for content errors). */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
