// The one list of checks: `npm run check`, the build and the dev server all load and check content
// through `checkContent`, so a file that fails one fails the others with the same lines.
import type { Corpus } from '../corpus.ts';
import { buildGraph } from '../graph.ts';
import type { Graph } from '../graph.ts';
import { runChecks } from '../checks/index.ts';
import { checkDocumentControl } from '../document-control.ts';
import { changedRules, checkRuleControl } from '../rule-control.ts';
import type { ChangedRule } from '../rule-control.ts';
import { sortProblems } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { gitSource, resolveCommit } from './git-source.ts';
import { diskSource, loadCorpus } from './load-corpus.ts';
import { ContentCache, codeVersion } from './content-cache.ts';
import { READ_CONCURRENCY, mapLimited } from './read-files.ts';
import { applyProfile } from '../profile.ts';
import { PROFILES } from '../../schema/common.ts';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CheckedContent {
  /** Everything under the content folder, whatever a build publishes. */
  readonly corpus: Corpus;
  readonly graph: Graph;
  /** Load problems and every check's, sorted; with a base, document control's too. */
  readonly problems: readonly Problem[];
  /** With a base: the rules whose value changed since it, and who cites them (the reach of the change). */
  readonly changedRules?: { readonly label: string; readonly rules: readonly ChangedRule[] };
}

export interface CheckContentOptions {
  readonly root: string;
  readonly contentDir?: string;
  readonly asOf: string;
  /** A git ref of the repository at `root`: document control (CB501-CB505) judges the change since it. */
  readonly base?: string | undefined;
  /** The content cache's folder (content-cache.ts); without it, everything is read and checked. */
  readonly cacheDir?: string | undefined;
}

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

/** The project's own folder: the code a cached result was made by. */
const PROJECT = fileURLToPath(new URL('../../..', import.meta.url));
const isParsed = (file: string) => /\.(mdx|ya?ml)$/.test(file);

/** A base ref that does not name a commit: the run cannot start (a usage error, not a content one). */
export class BaseRefError extends Error {
  override name = 'BaseRefError';
}

/** The corpus at a git ref under `root`, read from git objects, with the label messages use: `main (1a2b3c4)`. */
export async function loadCorpusAt(root: string, contentDir: string, ref: string): Promise<{ corpus: Corpus; label: string }> {
  const commit = await resolveCommit(root, ref).catch((error: Error) => {
    throw new BaseRefError(error.message);
  });
  const corpus = await loadCorpus({ root, contentDir, source: await gitSource(root, commit) });
  return { corpus, label: `${ref} (${commit.slice(0, 7)})` };
}

/** Load the content under `root` and run every check on it. */
export async function checkContent(options: CheckContentOptions): Promise<CheckedContent> {
  const contentDir = options.contentDir ?? 'content';
  const corpus = await loadCorpus({ root: options.root, contentDir });
  const graph = buildGraph(corpus);
  const problems = runChecks(corpus, { asOf: options.asOf, contentDir, graph });
  if (options.base === undefined) return { corpus, graph, problems };
  const base = await loadCorpusAt(options.root, contentDir, options.base);
  const control = [...checkDocumentControl(base.corpus, corpus, base.label), ...checkRuleControl(base.corpus, corpus, base.label)];
  return { corpus, graph, problems: sortProblems([...problems, ...control]), changedRules: { label: base.label, rules: changedRules(base.corpus, corpus) } };
}

/** The counts `check` prints, from a loaded corpus. */
export function summarise(corpus: Corpus): ContentSummary {
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
export async function checkContentCached(options: CheckContentOptions): Promise<CheckResult> {
  const contentDir = options.contentDir ?? 'content';
  if (!options.cacheDir || options.base !== undefined) {
    const { corpus, problems, changedRules } = await checkContent(options);
    return { problems, summary: summarise(corpus), ...(changedRules ? { changedRules } : {}), read: 'all', cached: false, save: async () => {} };
  }
  const cache = await ContentCache.open(options.cacheDir, options.root, contentDir, await codeVersion(PROJECT));
  // Stamp every file first: parsed files by content (read only when their stamp cannot be trusted),
  // attachments by name and size (what the checks read of them), and the CODEOWNERS the checks compare.
  const source = diskSource(options.root);
  const listed = (await source.list(contentDir)).sort();
  const attachments: string[] = [];
  await mapLimited(listed, READ_CONCURRENCY, async (file) => {
    const { size, mtimeMs } = await source.stat!(file);
    if (!isParsed(file)) attachments.push(`${file}:${size}`);
    else if (!cache.trusted(file, size, mtimeMs)) cache.stamp(file, size, mtimeMs, await source.read(file));
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
  const corpus = await loadCorpus({ root: options.root, contentDir, cache, source });
  const graph = buildGraph(corpus);
  const problems = runChecks(corpus, { asOf: options.asOf, contentDir, graph });
  const summary = summarise(corpus);
  cache.keepResult(key, { problems, summary });
  return { problems, summary, read: cache.read.size, cached: false, save };
}
