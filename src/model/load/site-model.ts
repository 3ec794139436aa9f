// Everything the site renders, computed once per build process from the content tree.
import type { Corpus } from '../corpus.ts';
import { computeCoverage } from '../coverage.ts';
import type { CoverageReport } from '../coverage.ts';
import { buildGraph } from '../graph.ts';
import type { Graph } from '../graph.ts';
import { runChecks } from '../checks/index.ts';
import type { Problem } from '../problem.ts';
import { loadCorpus } from './load-corpus.ts';

export interface SiteModel {
  readonly corpus: Corpus;
  readonly graph: Graph;
  readonly coverage: CoverageReport;
  readonly problems: readonly Problem[];
  readonly asOf: string;
}

const cache = new Map<string, Promise<SiteModel>>();

/** Load, check and cover the content under `root`, once per (root, date). */
export function loadSiteModel(root: string, asOf: string): Promise<SiteModel> {
  const key = `${root}\0${asOf}`;
  let model = cache.get(key);
  if (!model) {
    model = (async () => {
      const corpus = await loadCorpus({ root });
      const graph = buildGraph(corpus);
      return { corpus, graph, coverage: computeCoverage(corpus, { asOf, graph }), problems: runChecks(corpus, { asOf, graph }), asOf };
    })();
    cache.set(key, model);
  }
  return model;
}
