// The risk register as rows: one per published risk identified by `asOf`, its score, level, review and
// acceptance derived as of that date (src/model/risks.ts). The CSV, the XLSX sheet and the audit pack read these.
import type { Corpus } from '../corpus.ts';
import type { Graph } from '../graph.ts';
import { riskContext, riskStatus, risksAsOf } from '../risks.ts';
import type { Cell } from './rows.ts';

export const RISK_COLUMNS = [
  'id', 'title', 'category', 'relationship', 'joint', 'owner', 'department', 'identified', 'record',
  'inherent_likelihood', 'inherent_impact', 'inherent_score', 'inherent_level',
  'residual_likelihood', 'residual_impact', 'residual_score', 'residual_level', 'residual_assessed',
  'treatment', 'state', 'actions', 'actions_done', 'actions_overdue', 'above_appetite', 'acceptance_by', 'acceptance_expires', 'acceptance_problem',
  'last_review', 'review_due', 'review_overdue', 'classification',
] as const;

/** One row per published risk; records, relationships and people it names appear only when published. */
export function riskRows(corpus: Corpus, graph: Graph, asOf: string): Cell[][] {
  const { rules, matrix, people } = riskContext(corpus);
  if (!matrix) return [];
  const yes = (b: boolean) => (b ? '是' : '否');
  return risksAsOf(corpus, asOf).map(({ id, data: r }) => {
    const s = riskStatus(r, matrix, rules, people, asOf);
    const rel = r.relationship && graph.docs.has(r.relationship) ? r.relationship : '';
    return [
      id, r.title, r.category, rel, yes(r.joint), r.owner, r.department, r.identified, graph.evidence.has(r.record) ? r.record : '',
      r.inherent.likelihood, r.inherent.impact, s.inherent.score, s.inherent.level,
      (r.residual ?? r.inherent).likelihood, (r.residual ?? r.inherent).impact, s.current.score, s.current.level, yes(s.current.assessed),
      r.treatment, s.state, r.actions.length, r.actions.filter((a) => a.done && a.done <= asOf).length, s.overdueActions.length,
      yes(s.aboveAppetite), r.acceptance?.by ?? '', r.acceptance?.expires ?? '', s.acceptanceProblem ?? '',
      s.lastReview, s.reviewDue ?? '', yes(s.reviewOverdue), r.classification,
    ];
  });
}
