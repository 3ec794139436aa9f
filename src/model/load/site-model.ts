// Everything the site renders, computed once per build process from the content tree.
import type { Corpus } from '../corpus.ts';
import { computeProfiledCoverage } from '../coverage.ts';
import type { CoverageReport } from '../coverage.ts';
import { buildGraph } from '../graph.ts';
import type { Graph } from '../graph.ts';
import { runChecks } from '../checks/index.ts';
import type { Problem } from '../problem.ts';
import { applyProfile } from '../profile.ts';
import type { Profile } from '../profile.ts';
import { loadCorpus } from './load-corpus.ts';

export interface SiteModel {
  readonly profile: Profile;
  /** The published content only: what the profile allows. Pages and exports never see the rest. */
  readonly corpus: Corpus;
  readonly graph: Graph;
  readonly coverage: CoverageReport;
  /** Ids the profile withholds, for rendering a reference to one as a restricted id. */
  readonly withheld: ReadonlySet<string>;
  /** Site paths of withheld documents and their ids, for the same purpose. */
  readonly withheldPaths: ReadonlyMap<string, string>;
  /** Files holding something withheld (see ProfiledCorpus). */
  readonly withheldFiles: ReadonlySet<string>;
  /** Problems of the whole content tree (a build validates everything, whatever it publishes). */
  readonly problems: readonly Problem[];
  readonly asOf: string;
}

// On globalThis: Astro loads this module twice (once for the integration, once through Vite for the
// pages), and the dev server's invalidation must reach the copy the pages read.
const CACHE = Symbol.for('clausebook.siteModels');
const cache: Map<string, Promise<SiteModel>> = ((globalThis as Record<symbol, unknown>)[CACHE] as Map<string, Promise<SiteModel>> | undefined)
  ?? ((globalThis as Record<symbol, unknown>)[CACHE] = new Map<string, Promise<SiteModel>>());

/** Load, check and cover the content under `root`, once per (root, date, profile). */
export function loadSiteModel(root: string, asOf: string, profile: Profile): Promise<SiteModel> {
  const key = `${root}\0${asOf}\0${profile}`;
  let model = cache.get(key);
  if (!model) {
    model = (async () => {
      const full = await loadCorpus({ root });
      const fullGraph = buildGraph(full);
      const problems = runChecks(full, { asOf, graph: fullGraph });
      const profiled = applyProfile(full, profile);
      const graph = buildGraph(profiled.corpus);
      const coverage = computeProfiledCoverage(full, profiled, { asOf, graph, fullGraph });
      return { profile, corpus: profiled.corpus, graph, coverage, withheld: profiled.withheld, withheldPaths: profiled.withheldPaths, withheldFiles: profiled.withheldFiles, problems, asOf };
    })();
    cache.set(key, model);
  }
  return model;
}

/** Forget every computed model (the dev server calls this when a content file changes). */
export function invalidateSiteModels(): void {
  cache.clear();
}
