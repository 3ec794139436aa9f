// CB105: an owner, approver, department, role, person or relationship type id that content/org.yaml does not define.
import type { YamlSource } from '../corpus.ts';
import { validDocs, validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem, ProblemArgs } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

type Kind = ProblemArgs<'CB105'>['kind'];

export function checkOrgRefs({ corpus, graph }: CheckContext): Problem[] {
  const org = corpus.org;
  if (!org) return [];
  const problems: Problem[] = [];
  const people = new Set(org.data.people.map((p) => p.id));
  const pools: Record<Kind, ReadonlySet<string>> = {
    department: graph.departments,
    role: graph.roles,
    'role or department': new Set([...graph.roles, ...graph.departments]),
    person: people,
    'relationship type': new Set(org.data.relationship_types.map((t) => t.id)),
  };
  const check = (id: string, kind: Kind, source: YamlSource, path: PropertyKey[]) => {
    if (pools[kind].has(id)) return;
    problems.push(problem('CB105', locate(source, path), { kind, id, guess: suggest(id, pools[kind]) }));
  };
  for (const doc of validDocs(corpus)) {
    const d = doc.data;
    check(d.owner, 'department', doc.source, ['owner']);
    d.approvers.forEach((id, i) => check(id, 'role or department', doc.source, ['approvers', i]));
    d.departments.forEach((id, i) => check(id, 'department', doc.source, ['departments', i]));
    d.changes.forEach((c, i) => c.approvers?.forEach((id, j) => check(id, 'role or department', doc.source, ['changes', i, 'approvers', j])));
    if (doc.type === 'sop') doc.data.roles.forEach((r, i) => check(r.role, 'role or department', doc.source, ['roles', i, 'role']));
    if (doc.type === 'relationship') {
      check(doc.data.manager, 'person', doc.source, ['manager']);
      check(doc.data.sponsor, 'person', doc.source, ['sponsor']);
      check(doc.data.partner.type, 'relationship type', doc.source, ['partner', 'type']);
      doc.data.gates.forEach((g, i) => check(g.by, 'role or department', doc.source, ['gates', i, 'by']));
      doc.data.evaluations.forEach((e, i) => e.override && check(e.override.approved_by, 'role', doc.source, ['evaluations', i, 'override', 'approved_by']));
    }
  }
  for (const record of validEvidence(corpus)) check(record.data.owner, 'department', record.source, ['owner']);
  org.data.departments.forEach((d, i) => d.head && check(d.head, 'person', org.source, ['departments', i, 'head']));
  org.data.people.forEach((p, i) => {
    check(p.department, 'department', org.source, ['people', i, 'department']);
    p.roles.forEach((r, j) => check(r, 'role', org.source, ['people', i, 'roles', j]));
  });
  const applicability = corpus.applicability;
  applicability?.data.exclusions.forEach((e, i) => check(e.approved_by, 'role', applicability.source, ['exclusions', i, 'approved_by']));
  return problems;
}
