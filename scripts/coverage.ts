// `npm run coverage`: clause coverage as a terminal table, written to coverage.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { computeCoverage } from '../src/model/coverage.ts';
import type { ClauseCoverage, CoverageReport } from '../src/model/coverage.ts';
import { toCoverageJson } from '../src/model/coverage-json.ts';
import { fail, loadFromFlags, parseCli } from './cli.ts';
import { diffCoverage, formatDiffMarkdown, formatDiffText } from '../src/model/coverage-diff.ts';
import { runChecks } from '../src/model/checks/index.ts';
import { loadCorpus } from '../src/model/load/load-corpus.ts';
import { gitSource, resolveCommit } from '../src/integrations/git-source.ts';

const USAGE = `Usage: npm run coverage -- [--as-of YYYY-MM-DD] [--out coverage.json] [--root DIR] [--content DIR]
       npm run coverage -- --base <git-ref> [--format text|markdown] [--allow-gaps]`;
const { values, asOf } = parseCli(
  { out: { type: 'string', default: 'coverage.json' }, base: { type: 'string' }, format: { type: 'string', default: 'text' }, 'allow-gaps': { type: 'boolean', default: false } },
  USAGE,
);
const { corpus, root, contentDir } = await loadFromFlags(values);
const report = computeCoverage(corpus, { asOf });
if (values.base) {
  const base = String(values.base);
  const commit = await resolveCommit(root, base).catch((error: Error) => fail(error.message));
  const baseCorpus = await loadCorpus({ root, contentDir, source: await gitSource(root, commit) });
  const diff = diffCoverage(computeCoverage(baseCorpus, { asOf }), report, runChecks(baseCorpus, { asOf, contentDir }), runChecks(corpus, { asOf, contentDir }));
  const label = `${base} (${commit.slice(0, 7)})`;
  console.log(values.format === 'markdown' ? formatDiffMarkdown(diff, label) : formatDiffText(diff, label));
  process.exit(diff.newGaps.length > 0 && !values['allow-gaps'] ? 1 : 0);
}
console.log(renderTable(report));
const out = path.resolve(root, String(values.out));
await writeFile(out, toCoverageJson(report));
console.log(`\nWrote ${path.relative(process.cwd(), out) || out}`);

function renderTable(r: CoverageReport): string {
  const rows = r.clauses.filter((c) => c.state).map((c) => [
    c.kind === 'heading' ? c.id : `  ${c.id}`,
    truncate(c.title, 16),
    c.state!,
    c.documents.filter((d) => d.counts).map((d) => d.id).join(' ') || '-',
    evidenceCell(c),
  ]);
  const head = ['clause', 'title', 'state', 'documents', 'evidence (fresh/all)'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]) => cells.map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell))).join('  ').trimEnd();
  const t = r.totals;
  const share = t.requirements ? Math.round((t.covered / (t.requirements - t.excluded || 1)) * 100) : 0;
  return [
    `Coverage of ${r.standard} as of ${r.asOf} (evidence fresh since ${r.freshSince})`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${t.requirements} requirement clauses: ${t.covered} covered, ${t.addressed} addressed, ${t.gap} gap, ${t.excluded} excluded (${share}% of applicable covered)`,
  ].join('\n');
}

function evidenceCell(c: ClauseCoverage): string {
  if (c.kind === 'heading') return '';
  return `${c.evidence.filter((e) => e.fresh).length}/${c.evidence.length}`;
}

// Han characters take two terminal columns.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function truncate(s: string, max: number): string {
  return [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s;
}
