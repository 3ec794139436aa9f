// CB921-CB929: the risk register. What remains above the appetite is accepted by someone with the
// authority its level needs; a risk to mitigate has actions, reviewed at its level's cadence, done on
// time and settled within the time limit; residual never worse than inherent; joint risks agree with
// their relationship; every partner assessed for the four kinds; a high risk states its warning signals.
// References to people, departments, records and relationships reuse the codes that check them elsewhere.
import { CLASSIFICATION_RANK, PARTNER_RISK_KINDS } from '../../schema/index.ts';
import type { RiskRating, Rule } from '../../schema/index.ts';
import { locate } from '../locate.ts';
import { buildsPublishing } from '../profile.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { relationshipDocs } from '../relationships.ts';
import { RISK_RULES, isResidualWorse, riskContext, riskStatus, validRisks } from '../risks.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

const rating = (r: RiskRating) => `${r.likelihood}×${r.impact}=${r.likelihood * r.impact}`;

export function checkRisks({ corpus, graph, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const { rules, matrix, people } = riskContext(corpus);
  const personIds = new Set(people.map((p) => p.id));
  const risks = validRisks(corpus);
  if (risks.length && !matrix) problems.push(...matrixProblems(corpus, rules));
  const seen = new Map<string, string>();
  for (const r of risks) {
    const d = r.data;
    const at = (...path: (string | number)[]) => locate(r.source, path);
    // What the register says of a risk concerns the builds that publish it (warnings under a transition).
    const builds = buildsPublishing(d.classification);
    const first = seen.get(r.id);
    if (first) problems.push(problem('CB102', at('id'), { id: r.id, first }));
    else seen.set(r.id, `${r.file}:${at('id').line}`);
    const person = (id: string, ...path: (string | number)[]) => {
      if (!personIds.has(id)) problems.push(problem('CB105', at(...path), { kind: 'person', id, guess: suggest(id, personIds) }));
    };
    const record = (id: string | undefined, ...path: (string | number)[]) => {
      if (id && !graph.evidenceIds.has(id)) problems.push(problem('CB107', at(...path), { id, guess: suggest(id, graph.evidenceIds) }));
    };
    person(d.owner, 'owner');
    if (!graph.departments.has(d.department)) problems.push(problem('CB105', at('department'), { kind: 'department', id: d.department, guess: suggest(d.department, graph.departments) }));
    const rel = d.relationship ? graph.docs.get(d.relationship) : undefined;
    if (d.relationship && rel?.type !== 'relationship') problems.push(problem('CB810', at('relationship'), { record: r.id, id: d.relationship, guess: undefined }));
    record(d.record, 'record');
    // A risk row tells what its register holds: it is classified at least as its register record.
    const kept = graph.evidence.get(d.record)?.data.classification;
    if (kept && CLASSIFICATION_RANK[d.classification] < CLASSIFICATION_RANK[kept]) problems.push(problem('CB305', at('classification'), { id: r.id, classification: d.classification, producer: d.record, floor: kept, byTemplate: false }));
    d.actions.forEach((a, i) => {
      person(a.owner, 'actions', i, 'owner');
      record(a.record, 'actions', i, 'record');
    });
    if (d.acceptance) {
      person(d.acceptance.by, 'acceptance', 'by');
      record(d.acceptance.record, 'acceptance', 'record');
    }
    d.reviews.forEach((v, i) => record(v.record, 'reviews', i, 'record'));
    d.incidents.forEach((id, i) => record(id, 'incidents', i));
    if (isResidualWorse(d)) problems.push(problem('CB925', at('residual'), { id: r.id, inherent: rating(d.inherent), residual: rating(d.residual!), worse: [d.residual!.likelihood > d.inherent.likelihood ? 'likelihood' : '', d.residual!.impact > d.inherent.impact ? 'impact' : ''].filter(Boolean).join(' and ') }, builds));
    if (d.joint && !d.relationship) problems.push(problem('CB926', at('joint'), { kind: 'no-relationship', id: r.id }));
    if (d.joint && rel?.type === 'relationship' && rel.data.risks?.joint !== true) problems.push(problem('CB926', at('joint'), { kind: 'not-joint', id: r.id, relationship: rel.id }));
    if (!matrix) continue;
    const s = riskStatus(d, matrix, rules, people, asOf);
    const scored = { id: r.id, score: s.current.score, level: s.current.level };
    if (d.treatment === 'mitigate' && d.actions.length === 0) problems.push(problem('CB922', at('treatment'), scored, builds));
    if (s.acceptanceProblem) {
      const a = d.acceptance;
      const path = s.acceptanceProblem === 'not-acceptable' ? ['treatment'] : a ? ['acceptance', s.acceptanceProblem === 'authority' ? 'by' : s.acceptanceProblem === 'expired' ? 'expires' : 'date'] : [d.residual ? 'residual' : 'inherent'];
      problems.push(problem('CB921', at(...path), { ...scored, appetite: matrix.appetite, kind: s.acceptanceProblem, asOf, roles: s.acceptingRoles, ...(a ? { by: a.by, date: a.date, ...(a.expires ? { expires: a.expires } : {}) } : {}) }, builds));
    }
    if (s.reviewOverdue) {
      const cadence = rules.get(s.reviewRule);
      problems.push(problem('CB923', d.reviews.length ? at('reviews', d.reviews.length - 1) : at('identified'), { ...scored, last: s.lastReview, cadence: cadence?.type === 'duration' ? `${cadence.value} ${cadence.value === 1 ? cadence.unit.replace(/s$/, '') : cadence.unit}, ${s.reviewRule}` : s.reviewRule, due: s.reviewDue!, asOf }, builds));
    }
    for (const i of s.overdueActions) {
      const a = d.actions[i]!;
      problems.push(problem('CB924', at('actions', i, 'due'), { id: r.id, n: i + 1, action: a.action, owner: a.owner, due: a.due, asOf }, builds));
    }
    if (s.treatmentLate) problems.push(problem('CB927', d.decided ? at('decided') : at('treatment'), { id: r.id, score: s.inherent.score, level: s.inherent.level, identified: d.identified, due: s.treatmentDue!, decided: d.decided, asOf }, builds));
    if ((s.inherent.level === 'high' || s.current.level === 'high') && d.signals.length === 0 && s.state !== 'closed') problems.push(problem('CB929', at('id'), { id: r.id, score: Math.max(s.inherent.score, s.current.score), level: 'high' }, builds));
  }
  // Relationships: a stated joint register has joint risks; each partner assessed for the four kinds.
  for (const rel of relationshipDocs(corpus)) {
    const own = risks.filter((r) => r.data.relationship === rel.id && !(r.data.closed && r.data.closed <= asOf));
    const where = locate(rel.source, rel.data.risks ? ['risks'] : ['id']);
    if (!(corpus.risks ?? []).length) continue; // a handbook that keeps no risk register yet
    if (rel.data.risks?.joint && !own.some((r) => r.data.joint)) problems.push(problem('CB926', where, { kind: 'missing', relationship: rel.id, record: rel.data.risks.record }));
    // The four kinds are assessed before the agreement is signed (SOP-012 step 1, TPL-009 stage 5).
    if (rel.data.partner.type === 'internal-project' || rel.data.stage < 5) continue;
    const missing = PARTNER_RISK_KINDS.filter((k) => !own.some((r) => r.data.category === k));
    if (missing.length) problems.push(problem('CB928', where, { relationship: rel.id, missing }));
  }
  return problems;
}

/**
 * Why a corpus that keeps risks has no matrix to judge them on: org.yaml without `risk_matrix` (a missing
 * field), or a level whose lowest score has no `risk.level.<level>` score rule (an unknown rule).
 */
function matrixProblems(corpus: CheckContext['corpus'], rules: ReadonlyMap<string, Rule>): Problem[] {
  const org = corpus.org;
  if (!org) return [];
  const definition = org.data.risk_matrix;
  if (!definition) {
    return [problem('CB101', { file: org.source.file, line: 1 + org.source.lineOffset, column: 1 }, { kind: 'missing', field: 'risk_matrix', description: 'The risk matrix of the risk policy: content/risks/ needs it to score and level the risks.' })];
  }
  return definition.levels.flatMap((level, i) => {
    const id = RISK_RULES.floor(level.id);
    return level.id === 'low' || rules.get(id)?.type === 'score' ? [] : [problem('CB601', locate(org.source, ['risk_matrix', 'levels', i, 'id']), { id, guess: undefined })];
  });
}
