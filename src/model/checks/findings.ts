// CB901-CB905: the findings register. Actions and verifications on time, a finding closed only by an
// effective verification by someone who owned no action, the action plan within its grade's limit, and
// a nonconformity against a clause hit again within a year flagged (10.1: do similar ones exist?).
// References to people, documents, records and relationships use the codes that check them elsewhere.
import type { Rule } from '../../schema/index.ts';
import { addMonths } from '../dates.ts';
import { isNonconformity, findingStatus, validFindings } from '../findings.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

export function checkFindings({ corpus, graph, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const people = new Set((corpus.org?.data.people ?? []).map((p) => p.id));
  const findings = validFindings(corpus);
  const seen = new Map<string, string>();
  for (const f of findings) {
    const d = f.data;
    const at = (...path: (string | number)[]) => locate(f.source, path);
    const first = seen.get(f.id);
    if (first) problems.push(problem('CB102', at('id'), { id: f.id, first }));
    else seen.set(f.id, `${f.file}:${at('id').line}`);
    // References: people, documents, records, the relationship.
    const person = (id: string, ...path: (string | number)[]) => {
      if (!people.has(id)) problems.push(problem('CB105', at(...path), { kind: 'person', id, guess: suggest(id, people) }));
    };
    const record = (id: string | undefined, ...path: (string | number)[]) => {
      if (id && !graph.evidenceIds.has(id)) problems.push(problem('CB107', at(...path), { id, guess: suggest(id, graph.evidenceIds) }));
    };
    person(d.raised_by, 'raised_by');
    if (!graph.departments.has(d.owner)) problems.push(problem('CB105', at('owner'), { kind: 'department', id: d.owner, guess: suggest(d.owner, graph.departments) }));
    d.documents.forEach((id, i) => {
      if (!graph.docIds.has(id)) problems.push(problem('CB106', at('documents', i), { kind: 'unknown', id, field: 'documents', guess: suggest(id, graph.docIds) }));
    });
    if (d.relationship && graph.docs.get(d.relationship)?.type !== 'relationship') problems.push(problem('CB810', at('relationship'), { record: f.id, id: d.relationship, guess: undefined }));
    record(d.source.record, 'source', 'record');
    d.actions.forEach((a, i) => {
      person(a.owner, 'actions', i, 'owner');
      record(a.record, 'actions', i, 'record');
    });
    if (d.verification) {
      person(d.verification.by, 'verification', 'by');
      record(d.verification.record, 'verification', 'record');
    }
    const status = findingStatus(d, rules, asOf);
    for (const i of status.overdueActions) {
      const a = d.actions[i]!;
      problems.push(problem('CB901', at('actions', i, 'due'), { id: f.id, n: i + 1, action: a.action, owner: a.owner, due: a.due, asOf }));
    }
    if (status.verificationOverdue) problems.push(problem('CB902', d.verification ? at('verification') : at('actions'), { id: f.id, due: status.verificationDue!, asOf }));
    if (status.planLate) problems.push(problem('CB905', at('actions'), { id: f.id, grade: d.grade, raised: d.raised, due: status.planDue!, asOf }));
    // Closed only by an effective verification, by someone who carried out none of the actions.
    const v = d.verification;
    const owners = new Set(d.actions.map((a) => a.owner));
    if (v && owners.has(v.by)) problems.push(problem('CB903', at('verification', 'by'), { kind: 'own', id: f.id, by: v.by }));
    // A close dated after the as-of day is not yet a claim (a past state of the register is judged by its facts then).
    if (d.closed && d.closed <= asOf && status.state !== 'closed') problems.push(problem('CB903', at('closed'), { kind: 'unverified', id: f.id, closed: d.closed, result: v?.result }));
  }
  // A nonconformity against a clause another one was raised against in the twelve months before.
  const ncs = findings.filter((f) => isNonconformity(f.data)).sort((a, b) => (a.data.raised < b.data.raised ? -1 : 1));
  for (const f of ncs) {
    for (const clause of f.data.clauses) {
      const earlier = ncs.find((g) => g !== f && g.data.raised <= f.data.raised && g.data.raised > addMonths(f.data.raised, -12) && g.data.clauses.includes(clause) && g.id !== f.id && (g.data.raised < f.data.raised || g.id < f.id));
      if (earlier) problems.push(problem('CB904', locate(f.source, ['clauses', f.data.clauses.indexOf(clause)]), { id: f.id, clause: clause.split(':')[1]!, earlier: earlier.id, raised: earlier.data.raised }));
    }
  }
  return problems;
}
