// `npm run check`'s run with the content cache (content-cache.ts): an unchanged tree is answered from the
// last run's result, with none of the model loaded (the schemas, loaders and checks are imported only on a
// miss), and a changed tree re-reads and re-parses only the files that changed before every check runs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../corpus.ts';
import type { Problem } from '../problem.ts';
import { PROFILES } from '../../schema/common.ts';
import type { CheckContentOptions, CheckedContent } from './check-content.ts';
import { ContentCache, projectCodeVersion } from './content-cache.ts';
import { diskSource } from './disk-source.ts';
import { READ_CONCURRENCY, isParsed, mapLimited } from './read-files.ts';
import type { ContentSource } from './load-corpus.ts';

export interface CachedCheckOptions extends CheckContentOptions {
  /** The content cache's folder; without it, everything is read and checked. */
  readonly cacheDir?: string | undefined;
  /** How many bytes of the files read to stamp them are kept for parsing (the rest is read again); HELD_BYTES by default. */
  readonly heldBytes?: number;
}

/**
 * The bytes of files read to stamp them that are kept for parsing, at most: a first run over 100,000
 * documents otherwise held every file at once (about 400 MB) before parsing the first. Beyond it a file
 * is read a second time to parse it, from the system's file cache.
 */
export const HELD_BYTES = 64 * 2 ** 20;

/** What `check` prints besides the problems: how much content there is and what each profile's build publishes. */
export interface ContentSummary {
  readonly documents: number;
  readonly evidence: number;
  readonly published: Readonly<Record<(typeof PROFILES)[number], { readonly documents: number; readonly evidence: number }>>;
}

/** A check's result as the command prints it, and whether it came from the cache unchanged. */
export interface CheckResult {
  readonly problems: readonly Problem[];
  readonly summary: ContentSummary;
  readonly changedRules?: CheckedContent['changedRules'];
  /** Files read from disk (every file without a cache; with one, those that changed or could not be trusted). */
  readonly read: number | 'all';
  readonly cached: boolean;
  /** Write the cache for the next run (after printing: the result does not wait for it). */
  readonly save: () => Promise<void>;
}

/** The counts `check` prints, from a loaded corpus. */
export function summarise(corpus: Corpus, applyProfile: typeof import('../profile.ts').applyProfile): ContentSummary {
  const published = Object.fromEntries(PROFILES.map((profile) => {
    const kept = applyProfile(corpus, profile).corpus;
    return [profile, { documents: kept.documents.length, evidence: kept.evidence.length }];
  })) as unknown as ContentSummary['published'];
  return { documents: corpus.documents.length, evidence: corpus.evidence.length, published };
}

/**
 * `npm run check`'s run: with a cache folder, a tree whose every file is unchanged since the last run
 * prints that run's result without loading anything, and a changed tree re-reads and re-parses only the
 * files that changed before every check runs again. Document control (`base`) always runs in full.
 */
export async function checkContentCached(options: CachedCheckOptions): Promise<CheckResult> {
  const contentDir = options.contentDir ?? 'content';
  if (!options.cacheDir || options.base !== undefined) {
    const [{ checkContent }, { applyProfile }] = await Promise.all([import('./check-content.ts'), import('../profile.ts')]);
    const { corpus, problems, changedRules } = await checkContent(options);
    return { problems, summary: summarise(corpus, applyProfile), ...(changedRules ? { changedRules } : {}), read: 'all', cached: false, save: async () => {} };
  }
  const cache = await ContentCache.open(options.cacheDir, options.root, contentDir, await projectCodeVersion());
  // Stamp every file first: parsed files by content (read only when their stamp cannot be trusted),
  // attachments by name and size (what the checks read of them), and the CODEOWNERS the checks compare.
  const source = diskSource(options.root);
  const listed = (await source.list(contentDir)).sort();
  const attachments: string[] = [];
  const stamped = new Map<string, Uint8Array>();
  let held = options.heldBytes ?? HELD_BYTES;
  await mapLimited(listed, READ_CONCURRENCY, async (file) => {
    const { size, mtimeMs } = await source.stat(file);
    if (!isParsed(file)) attachments.push(`${file}:${size}`);
    else if (!cache.trusted(file, size, mtimeMs)) {
      // Read into the source's one buffer: a file not kept leaves no bytes behind.
      const bytes = source.readShared(file);
      if (bytes.length <= held) {
        stamped.set(file, bytes.slice());
        held -= bytes.length;
      }
      cache.stamp(file, size, mtimeMs, bytes);
    }
  });
  // CB405 reads .github/CODEOWNERS when .github/ exists (load-corpus.ts): both are part of the key.
  const github = existsSync(path.join(options.root, '.github'))
    ? `.github/CODEOWNERS\u0000${await readFile(path.join(options.root, '.github/CODEOWNERS'), 'utf8').catch(() => '(none)')}`
    : 'no .github';
  const skipped = (source.skipped?.() ?? []).map((s) => `${s.file}:${s.kind}`);
  const key = cache.runKey(options.asOf, contentDir, github, ...attachments.sort(), ...skipped);
  const last = cache.lastResult<{ problems: Problem[]; summary: ContentSummary }>(key);
  const save = () => cache.save();
  if (last) return { ...last, read: cache.read.size, cached: true, save };
  // A miss: the model is imported now (an answer from the cache needs none of it).
  const [{ loadCorpus }, { buildGraph }, { runChecks }, { applyProfile }] = await Promise.all([import('./load-corpus.ts'), import('../graph.ts'), import('../checks/index.ts'), import('../profile.ts')]);
  // A file read to stamp it is not read again to parse it (within HELD_BYTES).
  const reading: ContentSource = {
    ...source,
    read(file) {
      const bytes = stamped.get(file);
      stamped.delete(file);
      return bytes ? Promise.resolve(bytes) : source.read(file);
    },
  };
  const corpus = await loadCorpus({ root: options.root, contentDir, cache, source: reading });
  const graph = buildGraph(corpus);
  const problems = runChecks(corpus, { asOf: options.asOf, contentDir, graph });
  const summary = summarise(corpus, applyProfile);
  cache.keepResult(key, { problems, summary });
  return { problems, summary, read: cache.read.size, cached: false, save };
}
