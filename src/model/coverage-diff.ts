// What a change does to coverage: per-clause state changes and their causes, new errors, a verdict.
import type { ClauseCoverage, CoverageReport, CoverageState } from './coverage.ts';
import type { Problem } from './problem.ts';

export interface ClauseChange {
  readonly ref: string;
  readonly id: string;
  readonly title: string;
  readonly before: CoverageState | undefined;
  readonly after: CoverageState | undefined;
  /** Counting documents (approved, in-force policies and SOPs) gained and lost. */
  readonly documentsAdded: readonly string[];
  readonly documentsRemoved: readonly string[];
  /** Fresh evidence gained and lost. */
  readonly evidenceAdded: readonly string[];
  readonly evidenceRemoved: readonly string[];
}

export interface CoverageDiff {
  readonly changes: readonly ClauseChange[];
  /** Requirement clauses that were not a gap before and are now. */
  readonly newGaps: readonly string[];
  readonly newErrors: readonly Problem[];
  readonly totalsBefore: CoverageReport['totals'];
  readonly totalsAfter: CoverageReport['totals'];
}

/** Compare coverage (and errors) at a base with coverage now. */
export function diffCoverage(base: CoverageReport, head: CoverageReport, baseProblems: readonly Problem[], headProblems: readonly Problem[]): CoverageDiff {
  const before = new Map(base.clauses.map((c) => [c.ref, c]));
  const changes: ClauseChange[] = [];
  for (const after of head.clauses) {
    const old = before.get(after.ref);
    if ((old?.state ?? undefined) === after.state) continue;
    const [documentsAdded, documentsRemoved] = delta(counting(old), counting(after));
    const [evidenceAdded, evidenceRemoved] = delta(fresh(old), fresh(after));
    changes.push({ ref: after.ref, id: after.id, title: after.title, before: old?.state, after: after.state, documentsAdded, documentsRemoved, evidenceAdded, evidenceRemoved });
  }
  const key = (p: Problem) => `${p.code}\0${p.file}\0${p.message}`;
  const known = new Set(baseProblems.filter((p) => p.severity === 'error').map(key));
  return {
    changes,
    newGaps: changes.filter((c) => c.after === 'gap' && c.before !== 'gap' && head.clauses.find((k) => k.ref === c.ref)?.kind === 'requirement').map((c) => c.id),
    newErrors: headProblems.filter((p) => p.severity === 'error' && !known.has(key(p))),
    totalsBefore: base.totals,
    totalsAfter: head.totals,
  };
}

/** One line that says whether the change is safe to merge as far as coverage goes. */
export function diffVerdict(diff: CoverageDiff): string {
  const t = diff.totalsAfter;
  const now = `${t.covered} covered, ${t.addressed} addressed, ${t.gap} gap, ${t.excluded} excluded`;
  if (diff.newGaps.length) return `This change opens ${diff.newGaps.length} gap(s): ${diff.newGaps.join(', ')} (now ${now}).`;
  if (diff.newErrors.length) return `This change adds ${diff.newErrors.length} error(s) (coverage now ${now}).`;
  if (diff.changes.length === 0) return `Coverage unchanged: ${now}.`;
  return `Coverage changes in ${diff.changes.length} clause(s), no new gap (now ${now}).`;
}

/** The diff for a terminal. */
export function formatDiffText(diff: CoverageDiff, baseLabel: string): string {
  const lines = [`Coverage compared with ${baseLabel}:`];
  if (diff.changes.length === 0) lines.push('  no clause changes state');
  for (const c of diff.changes) {
    lines.push(`  ${c.id.padEnd(6)} ${c.title}  ${c.before ?? '-'} → ${c.after ?? '-'}${causes(c) ? `  (${causes(c)})` : ''}`);
  }
  for (const p of diff.newErrors) lines.push(`  new error ${p.code} ${p.file}:${p.line}:${p.column} ${p.message}`);
  lines.push('', diffVerdict(diff));
  return lines.join('\n');
}

/** The diff as Markdown for a pull-request comment. */
export function formatDiffMarkdown(diff: CoverageDiff, baseLabel: string): string {
  const lines = [`### Clause coverage compared with \`${baseLabel}\``, '', `**${diffVerdict(diff)}**`, ''];
  if (diff.changes.length) {
    lines.push('| clause | before | after | why |', '|---|---|---|---|');
    for (const c of diff.changes) lines.push(`| ${c.id} ${c.title} | ${c.before ?? '-'} | ${c.after ?? '-'} | ${causes(c) || '-'} |`);
    lines.push('');
  }
  if (diff.newErrors.length) {
    lines.push('New errors:', '');
    for (const p of diff.newErrors) lines.push(`- \`${p.file}:${p.line}:${p.column}\` ${p.code} ${p.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

function causes(c: ClauseChange): string {
  const parts = [
    c.documentsRemoved.length ? `no longer implemented by ${c.documentsRemoved.join(', ')}` : '',
    c.documentsAdded.length ? `now implemented by ${c.documentsAdded.join(', ')}` : '',
    c.evidenceRemoved.length ? `evidence lost or stale: ${c.evidenceRemoved.join(', ')}` : '',
    c.evidenceAdded.length ? `new evidence: ${c.evidenceAdded.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

const counting = (c: ClauseCoverage | undefined) => (c?.documents ?? []).filter((d) => d.counts).map((d) => d.id);
const fresh = (c: ClauseCoverage | undefined) => (c?.evidence ?? []).filter((e) => e.fresh).map((e) => e.id);
function delta(before: readonly string[], after: readonly string[]): [string[], string[]] {
  return [after.filter((x) => !before.includes(x)), before.filter((x) => !after.includes(x))];
}
