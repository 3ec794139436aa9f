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
import { ContentCache, projectCodeVersion } from './content-cache.ts';
import { gitSource, resolveCommit } from './git-source.ts';
import { loadCorpus } from './load-corpus.ts';

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
  /**
   * The content cache's folder (content-cache.ts): what an earlier run parsed of the files that did not
   * change is reused, and the cache is written for the next run. The build and the dev server keep one
   * beside Astro's cache; `npm run check` answers an unchanged tree without loading it (cached-check.ts).
   */
  readonly cacheDir?: string | undefined;
}

export { BaseRefError } from './errors.ts';
import { BaseRefError } from './errors.ts';


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
  const cache = options.cacheDir ? await ContentCache.open(options.cacheDir, options.root, contentDir, await projectCodeVersion()) : undefined;
  const corpus = await loadCorpus({ root: options.root, contentDir, ...(cache ? { cache } : {}) });
  await cache?.save();
  const graph = buildGraph(corpus);
  const problems = runChecks(corpus, { asOf: options.asOf, contentDir, graph });
  if (options.base === undefined) return { corpus, graph, problems };
  const base = await loadCorpusAt(options.root, contentDir, options.base);
  const control = [...checkDocumentControl(base.corpus, corpus, base.label), ...checkRuleControl(base.corpus, corpus, base.label)];
  return { corpus, graph, problems: sortProblems([...problems, ...control]), changedRules: { label: base.label, rules: changedRules(base.corpus, corpus) } };
}

