// Flat rows shared by the tabular exports (CSV, XLSX): one per clause, and the statement of applicability.
import type { Rule } from '../../schema/index.ts';
import type { ClauseCoverage, CoverageReport } from '../coverage.ts';

export type Cell = string | number;

/** Columns of `coverageRows`, in order; names are stable so scripts can read the CSV by header. */
export const COVERAGE_COLUMNS = [
  'clause',
  'title_zh',
  'title_en',
  'kind',
  'stage',
  'state',
  'documents',
  'fresh_evidence',
  'evidence',
  'cases',
  'reason',
  'exclusion_justification',
  'withheld',
  'profile',
] as const;

/** Columns of `soaRows`, in order. */
export const SOA_COLUMNS = ['clause', 'title_zh', 'applicable', 'justification', 'approved_by', 'date', 'profile'] as const;

/** The profile a report was made for, as written in exports: `all` when computed over all content. */
export const profileLabel = (report: CoverageReport): string => report.profile ?? 'all';

/** One row per clause that has a state (requirements and rolled-up headings), aligned with `COVERAGE_COLUMNS`. */
export function coverageRows(report: CoverageReport): Cell[][] {
  return report.clauses.filter((c) => c.state).map((c) => [
    c.id,
    c.title,
    c.titleEn,
    c.kind,
    c.stage ?? '',
    c.state!,
    ids(c.documents.filter((d) => d.counts)),
    ids(c.evidence.filter((e) => e.fresh)),
    ids(c.evidence),
    c.cases.join(' '),
    c.reason,
    c.exclusion?.justification ?? '',
    c.withheld ? 'yes' : '',
    profileLabel(report),
  ]);
}

/** Statement of applicability: one row per requirement clause, aligned with `SOA_COLUMNS`. */
export function soaRows(report: CoverageReport): Cell[][] {
  return report.clauses.filter((c) => c.kind === 'requirement').map((c) => [...soaRow(c), profileLabel(report)]);
}

/** Share of applicable (not excluded) requirement clauses that are covered, from 0 to 1. */
export function coveredShare(report: CoverageReport): number {
  const applicable = report.totals.requirements - report.totals.excluded;
  return applicable > 0 ? report.totals.covered / applicable : 0;
}

// 是/否 because the statement of applicability is read by Chinese auditors (GB/T 40144 certification).
function soaRow(c: ClauseCoverage): Cell[] {
  const x = c.exclusion;
  return [c.id, c.title, x ? '否' : '是', x?.justification ?? '', x?.approvedBy ?? '', x?.date ?? ''];
}

function ids(items: readonly { id: string }[]): string {
  return items.map((i) => i.id).join(' ');
}

export const RULE_COLUMNS = ['id', 'label', 'type', 'comparator', 'value', 'unit', 'grades', 'defined_by', 'clauses'] as const;

/** One row per rule: its value as data (grades as `term: meaning` lines). */
export function ruleRows(rules: readonly Rule[]): Cell[][] {
  return rules.map((r) => [
    r.id, r.label, r.type, r.type === 'vocabulary' ? '' : r.comparator, r.type === 'vocabulary' ? '' : r.value,
    r.type === 'amount' || r.type === 'duration' ? r.unit : r.type === 'percentage' ? '%' : '',
    r.type === 'vocabulary' ? r.grades.map((g) => `${g.term}: ${g.meaning}`).join('\n') : '', r.defined_by, r.clauses.join(' '),
  ]);
}
