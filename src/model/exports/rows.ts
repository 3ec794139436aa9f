// Flat rows shared by the tabular exports (CSV, XLSX): one per clause, the statement of applicability,
// the rules and the relationship register.
import type { Rule } from '../../schema/index.ts';
import type { ClauseCoverage, CoverageReport } from '../coverage.ts';
import type { Corpus } from '../corpus.ts';
import type { Graph } from '../graph.ts';
import { evaluationSeries, missingJointParts, nextEvaluation, relationshipDocs } from '../relationships.ts';
import { findingStatus, findingsAsOf } from '../findings.ts';

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

export const RELATIONSHIP_COLUMNS = [
  'id', 'title', 'partner', 'partner_type', 'class', 'stage', 'manager', 'sponsor', 'contract_start', 'contract_end', 'value_band',
  'gates', 'missing_joint_parts', 'last_score', 'last_evaluation', 'next_review', 'review_overdue', 'exit_activated', 'classification',
] as const;

/**
 * One row per relationship of a (published) corpus: its stage, gates (`stage:date` for each approved one),
 * what joint working lacks, the latest scored evaluation and the next review. Scores and dates come from
 * the published records only.
 */
export function relationshipRows(corpus: Corpus, graph: Graph, asOf: string): Cell[][] {
  const rules = new Map((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  return relationshipDocs(corpus).map(({ id, data: d }) => {
    const scored = evaluationSeries(d, graph, rules).filter((e) => e.score !== undefined && graph.evidence.has(e.record));
    const next = nextEvaluation(d, graph, rules);
    return [
      id, d.title, d.partner.name, d.partner.type, d.class, d.stage, d.manager, d.sponsor, d.contract?.start ?? '', d.contract?.end ?? '', d.contract?.value_band ?? '',
      d.gates.filter((g) => g.decision === 'approved').map((g) => `${g.stage}:${g.date}`).join(' '), missingJointParts(d).join(' '),
      scored.at(-1)?.score ?? '', scored.at(-1)?.date ?? '', next?.due ?? '', next ? (next.due < asOf ? '是' : '否') : '', d.exit.activated?.date ?? '', d.classification,
    ];
  });
}

export const FINDING_COLUMNS = [
  'id', 'title', 'grade', 'source', 'source_record', 'clauses', 'documents', 'relationship', 'owner', 'raised', 'raised_by',
  'state', 'actions', 'actions_done', 'actions_overdue', 'verification_due', 'verified_on', 'verification_result', 'classification',
] as const;

/** One row per finding of a (published) corpus raised by `asOf`, its status derived as of that date. Records and documents it names appear only when published. */
export function findingRows(corpus: Corpus, graph: Graph, asOf: string): Cell[][] {
  const rules = new Map((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  return findingsAsOf(corpus, asOf).map(({ id, data: f }) => {
    const status = findingStatus(f, rules, asOf);
    return [
      id, f.title, f.grade, f.source.kind, f.source.record && graph.evidence.has(f.source.record) ? f.source.record : '', f.clauses.join(' '),
      f.documents.filter((d) => graph.docs.has(d)).join(' '), f.relationship && graph.docs.has(f.relationship) ? f.relationship : '', f.owner, f.raised, f.raised_by,
      status.state, f.actions.length, f.actions.filter((a) => a.done && a.done <= asOf).length, status.overdueActions.length,
      status.verificationDue ?? '', f.verification?.date ?? '', f.verification?.result ?? '', f.classification,
    ];
  });
}
