// Shared command-line plumbing: common flags, loading the corpus, reporting fatal usage errors.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { Corpus } from '../src/model/corpus.ts';
import { SettingsError, isSet, settingsWith } from '../src/settings.ts';
import type { Settings } from '../src/settings.ts';
import { boundHeapGrowth } from './lib/heap.ts';

// Every command here loads the content, and its memory is the corpus: collect garbage before the heap
// doubles past it (scripts/lib/heap.ts).
boundHeapGrowth();

export const COMMON_OPTIONS = {
  root: { type: 'string' },
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
    let chosen: Settings;
    try {
      chosen = settingsWith(
        { CLAUSEBOOK_ROOT: values.root as string | undefined, CLAUSEBOOK_AS_OF: values['as-of'] as string | undefined, CLAUSEBOOK_PROFILE: values.profile as string | undefined },
        { CLAUSEBOOK_ROOT: '--root', CLAUSEBOOK_AS_OF: '--as-of', CLAUSEBOOK_PROFILE: '--profile' },
      );
    } catch (error) {
      if (error instanceof SettingsError) fail(error.message);
      throw error;
    }
    const { asOf, profile } = chosen;
    // Whether the run is about one profile's build (a flag or CLAUSEBOOK_PROFILE), or about every build.
    const profileChosen = values.profile !== undefined || isSet('CLAUSEBOOK_PROFILE');
    values.root = chosen.root; // the flag, else CLAUSEBOOK_ROOT, else the working directory
    return { ...parsed, asOf, profile, profileChosen, settings: chosen };
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
}

/** Load the corpus under --root/--content. */
export async function loadFromFlags(values: { root?: unknown; content?: unknown }) {
  const root = path.resolve(String(values.root ?? '.'));
  const contentDir = String(values.content ?? 'content');
  // Imported here, not above: `check` answered from its cache loads none of the model.
  const { loadCorpus } = await import('../src/model/load/load-corpus.ts');
  return { corpus: await loadCorpus({ root, contentDir }), root, contentDir };
}

/** The corpus at a git ref under `root` (src/model/load/check-content.ts); an unknown ref is a usage error. */
export async function loadCorpusAt(root: string, contentDir: string, ref: string): Promise<{ corpus: Corpus; label: string }> {
  const { loadCorpusAt: loadAt } = await import('../src/model/load/check-content.ts');
  return loadAt(root, contentDir, ref).catch((error: Error) => fail(error.message));
}

/** Exit once everything written to stdout has left: process.exit() right after a write to a pipe cuts the output. */
export async function exitAfterOutput(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}

/** Print a usage error and exit 2 (1 is reserved for content errors). */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The content cache's folder for a CLAUSEBOOK_CACHE value: `on` is the project's node_modules/.cache/clausebook/. */
export function cacheDir(setting: string): string | undefined {
  if (setting === 'off') return undefined;
  return setting === 'on' ? path.resolve('node_modules/.cache/clausebook') : path.resolve(setting);
}
