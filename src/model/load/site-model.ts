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
  /** Problems of the whole content tree (a build validates everything, whatever it publishes). */
  readonly problems: readonly Problem[];
  readonly asOf: string;
}

const cache = new Map<string, Promise<SiteModel>>();

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
      return { profile, corpus: profiled.corpus, graph, coverage, withheld: profiled.withheld, problems, asOf };
    })();
    cache.set(key, model);
  }
  return model;
}
