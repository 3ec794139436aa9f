// `npm run coverage`: clause coverage as a terminal table, written to coverage.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { computeProfiledCoverage } from '../src/model/coverage.ts';
import { applyProfile } from '../src/model/profile.ts';
import type { ClauseCoverage, CoverageReport } from '../src/model/coverage.ts';
import { toCoverageJson } from '../src/model/coverage-json.ts';
import { coveredShare, toCoverageCsv, toCoverageMarkdown, toCoverageXlsx } from '../src/model/exports/index.ts';
import { exitAfterOutput, fail, loadCorpusAt, loadFromFlags, parseCli } from './cli.ts';
import { changedRules, formatChangedRules } from '../src/model/rule-control.ts';
import { diffCoverage, formatDiffMarkdown, formatDiffText } from '../src/model/coverage-diff.ts';
import { runChecks } from '../src/model/checks/index.ts';

const USAGE = `Usage: npm run coverage -- [--format table|json|csv|xlsx|markdown] [--out PATH] [--fail-under PERCENT] [--as-of YYYY-MM-DD] [--profile public|internal|restricted] [--root DIR] [--content DIR]
       npm run coverage -- --base <git-ref> [--format text|markdown] [--allow-gaps]
  table (default) prints the terminal table and writes coverage.json; other formats write --out (default coverage.<ext>; - for stdout).
  --profile (default CLAUSEBOOK_PROFILE, else internal) counts only what a build of that profile publishes.`;
const FORMATS = ['table', 'json', 'csv', 'xlsx', 'markdown'] as const;
const { values, asOf, profile } = parseCli(
  { out: { type: 'string' }, base: { type: 'string' }, format: { type: 'string' }, 'allow-gaps': { type: 'boolean', default: false }, 'fail-under': { type: 'string' } },
  USAGE,
);
const { corpus: full, root, contentDir } = await loadFromFlags(values);
const profiled = applyProfile(full, profile);
const corpus = profiled.corpus;
const report = computeProfiledCoverage(full, profiled, { asOf });
if (values.base) {
  const { corpus: baseCorpus, label } = await loadCorpusAt(root, contentDir, String(values.base));
  const baseReport = computeProfiledCoverage(baseCorpus, applyProfile(baseCorpus, profile), { asOf });
  const diff = diffCoverage(baseReport, report, runChecks(baseCorpus, { asOf, contentDir }), runChecks(full, { asOf, contentDir }));
  const markdown = (values.format ?? 'text') === 'markdown';
  const reach = formatChangedRules(changedRules(baseCorpus, full), label, markdown);
  console.log(markdown ? formatDiffMarkdown(diff, label) : formatDiffText(diff, label));
  if (reach) console.log(`\n${reach}`);
  await exitAfterOutput(diff.newGaps.length > 0 && !values['allow-gaps'] ? 1 : 0);
}
const format = String(values.format ?? 'table') as (typeof FORMATS)[number];
if (!FORMATS.includes(format)) fail(`--format "${format}" is not one of ${FORMATS.join(', ')}`);
const failUnder = values['fail-under'] === undefined ? undefined : Number(values['fail-under']);
if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 100)) fail(`--fail-under "${values['fail-under']}" is not a percentage from 0 to 100`);

const extension = format === 'table' ? 'json' : format === 'markdown' ? 'md' : format;
const target = String(values.out ?? `coverage.${extension}`);
const content: string | Uint8Array =
  format === 'table' || format === 'json' ? toCoverageJson(report, corpus.rules?.data.rules)
  : format === 'csv' ? toCoverageCsv(report)
  : format === 'markdown' ? toCoverageMarkdown(report)
  : await toCoverageXlsx(report, corpus.evidence.filter((e) => e.data !== undefined), corpus.applicability?.data.exclusions ?? [], corpus.rules?.data.rules);
if (format === 'table') console.log(renderTable(report));
if (target === '-') {
  process.stdout.write(content);
} else {
  const out = path.resolve(root, target);
  await writeFile(out, content);
  console.log(`${format === 'table' ? '\n' : ''}Wrote ${path.relative(process.cwd(), out) || out}`);
}
const share = coveredShare(report) * 100;
if (failUnder !== undefined && share < failUnder) {
  console.error(`Covered share ${share.toFixed(1)}% is below --fail-under ${failUnder}%.`);
  await exitAfterOutput(1);
}

function renderTable(r: CoverageReport): string {
  const rows = r.clauses.filter((c) => c.state).map((c) => [
    c.kind === 'heading' ? c.id : `  ${c.id}`,
    truncate(c.title, 16),
    c.withheld ? `${c.state!}*` : c.state!,
    c.documents.filter((d) => d.counts).map((d) => d.id).join(' ') || '-',
    evidenceCell(c),
  ]);
  const head = ['clause', 'title', 'state', 'documents', 'evidence (fresh/all)'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]) => cells.map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell))).join('  ').trimEnd();
  const t = r.totals;
  const share = Math.round(coveredShare(r) * 100);
  return [
    `Coverage of ${r.standard} as of ${r.asOf}, ${r.profile} profile (evidence fresh since ${r.freshSince})`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${t.requirements} requirement clauses: ${t.covered} covered, ${t.addressed} addressed, ${t.gap} gap, ${t.excluded} excluded (${share}% of applicable covered)`,
    ...(t.withheld ? [`${t.withheld} clause(s) marked * would score higher with content above the ${r.profile} profile, which is neither shown nor counted.`] : []),
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
