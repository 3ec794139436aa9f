// `npm run bench`: time load, checks and coverage on a generated corpus (default 10,000 documents).
// `-- --build` also builds a generated site (default 1,000 documents) through the real Astro pipeline;
// `-- --lighthouse` scores the real handbook with Lighthouse (scripts/lighthouse.ts).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runChecks } from '../src/model/checks/index.ts';
import { computeCoverage } from '../src/model/coverage.ts';
import { buildGraph } from '../src/model/graph.ts';
import { loadCorpus } from '../src/model/load/load-corpus.ts';
import { countProblems } from '../src/model/problem.ts';
import { writeBenchCorpus } from './bench-corpus.ts';
import { lighthouse } from './lighthouse.ts';
import { childEnv } from '../src/settings.ts';

const { values } = parseArgs({ options: {
  docs: { type: 'string' }, build: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, lighthouse: { type: 'boolean', default: false },
} });

if (values.lighthouse) {
  console.log('lighthouse: building the handbook and auditing its pages (performance, accessibility)…');
  const scores = await lighthouse(process.cwd());
  for (const s of scores) {
    console.log(`lighthouse ${s.page}: performance ${s.performance.toFixed(2)}, accessibility ${s.accessibility.toFixed(2)}, LCP ${s.lcpMs} ms, ${(s.totalBytes / 1024).toFixed(1)} KiB transferred`);
  }
  const met = scores.every((s) => s.performance >= 0.95 && s.accessibility === 1);
  console.log(`budget: performance >= 0.95 and accessibility 1.0 on every page: ${met ? 'met' : 'MISSED'}`);
  process.exit(met ? 0 : 1);
}

const count = Number(values.docs ?? (values.build ? 1000 : 10000));
const repoRoot = process.cwd();
const root = await mkdtemp(path.join(tmpdir(), 'clausebook-bench-'));
const asOf = '2026-11-23';
const seconds = (ms: number) => (ms / 1000).toFixed(2);

try {
  const written = await writeBenchCorpus(root, count, repoRoot);
  console.log(`corpus: ${written.documents} documents (${(written.characters / 1e6).toFixed(1)} M characters of body), ${written.evidence} evidence records in ${root}`);
  if (values.build) {
    const started = performance.now();
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: childEnv({ CLAUSEBOOK_ROOT: root, CLAUSEBOOK_OUT_DIR: path.join(root, 'dist'), CLAUSEBOOK_AS_OF: asOf }),
    });
    const ms = performance.now() - started;
    const size = execFileSync('du', ['-sb', path.join(root, 'dist')]).toString().split('\t')[0];
    console.log(`build: ${seconds(ms)} s for ${written.documents} documents (${(ms / written.documents).toFixed(1)} ms per document), dist/ ${(Number(size) / 2 ** 20).toFixed(1)} MiB`);
  } else {
    const t0 = performance.now();
    const corpus = await loadCorpus({ root });
    const t1 = performance.now();
    const graph = buildGraph(corpus);
    const problems = runChecks(corpus, { asOf, graph });
    const t2 = performance.now();
    const coverage = computeCoverage(corpus, { asOf, graph });
    const t3 = performance.now();
    const { errors, warnings } = countProblems(problems);
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(`load (read, frontmatter, YAML, schemas, bodies): ${seconds(t1 - t0)} s  (${Math.round(corpus.documents.length / ((t1 - t0) / 1000))} documents/s)`);
    console.log(`checks: ${seconds(t2 - t1)} s  (${errors} errors, ${warnings} warnings)`);
    console.log(`coverage: ${seconds(t3 - t2)} s  (${coverage.totals.covered} of ${coverage.totals.requirements} requirement clauses covered)`);
    console.log(`check total: ${seconds(t2 - t0)} s for ${corpus.documents.length} documents  (${Math.round(corpus.documents.length / ((t2 - t0) / 1000))} documents/s); peak memory ${rss.toFixed(0)} MiB`);
    console.log(`budget: check of 10,000 documents under 5 s and 1 GiB: ${count >= 10000 && (t2 - t0) < 5000 && rss < 1024 ? 'met' : count >= 10000 ? 'MISSED' : 'n/a (fewer documents)'}`);
    if (errors > 0) {
      console.error('the generated corpus should be valid; first problems:', problems.filter((p) => p.severity === 'error').slice(0, 3));
      process.exitCode = 1;
    }
  }
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
