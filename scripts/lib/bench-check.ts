// One run of `check` for `npm run bench`, in a process of its own as `npm run check` runs: `cold` loads and
// checks everything with no cache (and computes coverage), `cached` runs through the content cache in
// `<cache>` and writes it. Prints one line of JSON: its times, what it found and its peak memory.
// node scripts/lib/bench-check.ts cold|cached <root> <as-of> [<cache>]
import { runChecks } from '../../src/model/checks/index.ts';
import { computeCoverage } from '../../src/model/coverage.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { checkContentCached } from '../../src/model/load/cached-check.ts';
import { countProblems } from '../../src/model/problem.ts';
import { boundHeapGrowth } from './heap.ts';

// As every command that loads content does (scripts/cli.ts): the bench measures what `check` does.
boundHeapGrowth();

export interface ColdRun {
  readonly load: number; readonly checks: number; readonly coverage: number; readonly documents: number;
  readonly errors: number; readonly warnings: number; readonly problems: number; readonly covered: number; readonly requirements: number;
  readonly firstErrors: readonly unknown[];
  /** Peak memory of the check (load and checks), and with the coverage computed after it (`npm run coverage`'s work). */
  readonly rss: number; readonly rssWithCoverage: number;
}
export interface CachedRun { readonly ran: number; readonly saved: number; readonly read: number | 'all'; readonly cached: boolean; readonly problems: number; readonly rss: number }

const [mode, root, asOf, cacheDir] = process.argv.slice(2);
if (!root || !asOf || (mode !== 'cold' && mode !== 'cached') || (mode === 'cached' && !cacheDir)) throw new Error('usage: node scripts/lib/bench-check.ts cold|cached <root> <as-of> [<cache>]');
const peak = () => process.resourceUsage().maxRSS / 1024;
if (mode === 'cold') {
  const t0 = performance.now();
  const corpus = await loadCorpus({ root });
  const t1 = performance.now();
  const graph = buildGraph(corpus);
  const problems = runChecks(corpus, { asOf, graph });
  const t2 = performance.now();
  const rss = peak();
  const coverage = computeCoverage(corpus, { asOf, graph });
  const t3 = performance.now();
  const { errors, warnings } = countProblems(problems);
  const run: ColdRun = {
    load: t1 - t0, checks: t2 - t1, coverage: t3 - t2, documents: corpus.documents.length, errors, warnings, problems: problems.length,
    covered: coverage.totals.covered, requirements: coverage.totals.requirements, firstErrors: problems.filter((p) => p.severity === 'error').slice(0, 3), rss, rssWithCoverage: peak(),
  };
  console.log(JSON.stringify(run));
} else {
  const started = performance.now();
  const result = await checkContentCached({ root, asOf, cacheDir });
  const ran = performance.now() - started;
  await result.save();
  const run: CachedRun = { ran, saved: performance.now() - started - ran, read: result.read, cached: result.cached, problems: result.problems.length, rss: peak() };
  console.log(JSON.stringify(run));
}
