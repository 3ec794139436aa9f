// CB941-CB951: the competence register. A person named acting in a role (relationship manager, internal
// auditor, verifier of an internal audit finding) holds a valid assessment on that date; an internal
// auditor audits neither their own department nor a procedure they own or run (SOP-015 step 3); an
// assessment is someone else's judgement; role holders are assessed and re-assessed on time; the
// register's roles name duration rules; audit records add up; nobody acts in a role before their
// appointment (CB950) and appointments name roles held (CB951). References reuse CB102/CB105/CB106/CB107.
import { earlyActs } from '../appointments.ts';
import { auditConflicts, competenceActs, competenceIndex, competenceOn, validAssessments, validRoles } from '../competence.ts';
import type { AuditConflict } from '../competence.ts';
import { validEvidence } from '../corpus.ts';
import { recordedChecks } from '../findings.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';


export function checkCompetence({ corpus, graph, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const index = competenceIndex(corpus);
  const people = new Map((corpus.org?.data.people ?? []).map((p) => [p.id, p]));
  const personIds = new Set(people.keys());
  const seen = new Map<string, string>();
  const unique = (id: string, source: Parameters<typeof locate>[0], file: string) => {
    const first = seen.get(id);
    if (first) problems.push(problem('CB102', locate(source, ['id']), { id, first }));
    else seen.set(id, `${file}:${locate(source, ['id']).line}`);
  };
  for (const r of validRoles(corpus)) {
    unique(r.id, r.source, r.file);
    if (!graph.roles.has(r.id)) problems.push(problem('CB105', locate(r.source, ['id']), { kind: 'role', id: r.id, guess: suggest(r.id, graph.roles) }));
    const rule = index.rules.get(r.data.validity);
    if (rule?.type !== 'duration') problems.push(problem('CB947', locate(r.source, ['validity']), { role: r.id, rule: r.data.validity, kind: rule ? 'not-duration' : 'unknown' }));
    r.data.competences.forEach((c, i) => {
      if (!graph.docIds.has(c.source)) problems.push(problem('CB106', locate(r.source, ['competences', i, 'source']), { kind: 'unknown', id: c.source, field: 'source', guess: suggest(c.source, graph.docIds) }));
    });
    if (r.data.assessed_with && !graph.docIds.has(r.data.assessed_with)) problems.push(problem('CB106', locate(r.source, ['assessed_with']), { kind: 'unknown', id: r.data.assessed_with, field: 'assessed_with', guess: suggest(r.data.assessed_with, graph.docIds) }));
  }
  for (const a of validAssessments(corpus)) {
    const d = a.data;
    const at = (...path: (string | number)[]) => locate(a.source, path);
    unique(a.id, a.source, a.file);
    for (const [field, id] of [['person', d.person], ['assessor', d.assessor]] as const) {
      if (!personIds.has(id)) problems.push(problem('CB105', at(field), { kind: 'person', id, guess: suggest(id, personIds) }));
    }
    if (!index.roles.has(d.role)) problems.push(problem('CB946', at('role'), { id: a.id, role: d.role, known: [...index.roles.keys()] }));
    if (d.assessor === d.person) problems.push(problem('CB943', at('assessor'), { id: a.id, person: d.person, role: d.role }));
    const records = [[['record'], d.record] as const, ...d.training.map((t, i) => [['training', i, 'record'], t.record] as const)];
    for (const [path, id] of records) {
      if (id && !graph.evidenceIds.has(id)) problems.push(problem('CB107', at(...path), { id, guess: suggest(id, graph.evidenceIds) }));
    }
  }
  // People acting in a role on a date.
  const acted = new Set<string>();
  for (const act of competenceActs(corpus, asOf)) {
    if (!index.roles.has(act.role)) continue;
    acted.add(`${act.person}|${act.role}`);
    const s = competenceOn(index, act.person, act.role, act.date);
    if (s.state === 'valid') continue;
    problems.push(problem('CB941', locate(act.source, act.path), {
      person: act.person, role: act.role, date: act.date, kind: act.kind, ref: act.ref, state: s.state,
      last: s.assessment?.data.date, until: s.validUntil, first: s.firstAfter?.data.date,
    }));
  }
  // Role holders: never assessed (unless already reported acting), or a re-assessment overdue.
  const org = corpus.org;
  for (const p of org?.data.people ?? []) {
    p.roles.forEach((role, i) => {
      if (!index.roles.has(role)) return;
      const s = competenceOn(index, p.id, role, asOf);
      const place = locate(org!.source, ['people', (org!.data.people).indexOf(p), 'roles', i]);
      if (s.state === 'never' && !acted.has(`${p.id}|${role}`)) problems.push(problem('CB944', place, { person: p.id, role, asOf }));
      if ((s.state === 'expired' || s.state === 'not-competent') && s.nextDue && s.nextDue < asOf) {
        problems.push(problem('CB945', locate(s.assessment!.source, ['date']), { person: p.id, role, last: s.assessment!.data.date, due: s.nextDue, asOf, result: s.assessment!.data.result }));
      }
    });
  }
  // Internal audit records: references, dates, one lead, auditors who hold the role, and independence.
  for (const e of validEvidence(corpus)) {
    const audit = e.data.audit;
    if (!audit) continue;
    const at = (...path: (string | number)[]) => locate(e.source, ['audit', ...path]);
    if (e.data.kind !== 'audit-report') problems.push(problem('CB948', at(), { id: e.id, kind: 'not-audit', recordKind: e.data.kind }));
    if (audit.to < audit.from || e.data.date < audit.to) problems.push(problem('CB948', at('to'), { id: e.id, kind: 'dates', from: audit.from, to: audit.to, date: e.data.date }));
    const leads = audit.team.filter((m) => m.lead).length;
    if (leads !== 1) problems.push(problem('CB948', at('team'), { id: e.id, kind: 'leads', leads }));
    const departments = (ids: readonly string[] | undefined, ...path: (string | number)[]) => ids?.forEach((id, i) => {
      if (!graph.departments.has(id)) problems.push(problem('CB105', at(...path, i), { kind: 'department', id, guess: suggest(id, graph.departments) }));
    });
    const processes = (ids: readonly string[] | undefined, ...path: (string | number)[]) => ids?.forEach((id, i) => {
      if (graph.docs.get(id)?.type !== 'sop') problems.push(problem('CB106', at(...path, i), { kind: 'unknown', id, field: 'audit.processes', guess: suggest(id, graph.docIds) }));
    });
    departments(audit.departments, 'departments');
    processes(audit.processes, 'processes');
    audit.team.forEach((m, i) => {
      departments(m.departments, 'team', i, 'departments');
      processes(m.processes, 'team', i, 'processes');
      const person = people.get(m.person);
      if (!person) problems.push(problem('CB105', at('team', i, 'person'), { kind: 'person', id: m.person, guess: suggest(m.person, personIds) }));
      else if (!person.roles.includes('internal-auditor')) problems.push(problem('CB949', at('team', i, 'person'), { person: m.person, record: e.id, roles: person.roles }));
    });
  }
  const byMember = new Map<string, AuditConflict[]>();
  for (const c of auditConflicts(corpus)) byMember.set(`${c.record}|${c.member}`, [...(byMember.get(`${c.record}|${c.member}`) ?? []), c]);
  for (const conflicts of byMember.values()) {
    const c = conflicts[0]!;
    const audit = graph.evidence.get(c.record)!.data.audit!;
    const own = conflicts.map((x) => (x.kind === 'department' ? `department ${x.audited} (their own)` : x.kind === 'owner' ? `${x.audited} (owned by their department)` : `${x.audited} (${x.role} is ${x.raci})`));
    problems.push(problem('CB942', locate(c.source, ['audit', 'team', c.member, 'person']), { person: c.person, record: c.record, date: audit.from, own }));
  }
  // Appointments: each names a role the person holds and its letter; nobody acts in a role before holding it,
  // unless a finding records it (`source: { check: CB950, record | instance }`).
  (org?.data.people ?? []).forEach((p, pi) => {
    p.appointed.forEach((a, ai) => {
      const at = (field: string) => locate(org!.source, ['people', pi, 'appointed', ai, field]);
      if (!p.roles.includes(a.role)) problems.push(problem('CB951', at('role'), { person: p.id, role: a.role, roles: p.roles }));
      if (a.record && !graph.evidenceIds.has(a.record)) problems.push(problem('CB107', at('record'), { id: a.record, guess: suggest(a.record, graph.evidenceIds) }));
    });
  });
  const recorded = recordedChecks(corpus, asOf);
  for (const { act, appointments } of earlyActs(corpus, asOf)) {
    if (recorded.has(`CB950#${act.answer}`)) continue;
    problems.push(problem('CB950', locate(act.source, act.path), { kind: act.kind, role: act.role, person: act.person, date: act.date, ref: act.ref, appointments }));
  }
  return problems;
}
