// The competence register: whether a person's assessment for a role is valid on a date and when the
// next one falls due (from the role's validity rule and TPL-013's result scale), who holds which role,
// where the content names a person acting in a role, and whether an internal auditor audited their own
// work. Checks, the site view, the exports, the audit pack and the calendar read this; none re-derives it.
import type { AuditScope, CompetenceAssessment, CompetenceResult, CompetenceRole, Rule } from '../schema/index.ts';
import type { Corpus, RegisterEntry, YamlSource } from './corpus.ts';
import { validDocs, validEntries, validEvidence } from './corpus.ts';
import { validFindings } from './findings.ts';
import { addDays } from './dates.ts';
import { dueAt } from './process.ts';

export type RoleEntry = RegisterEntry<CompetenceRole> & { readonly data: CompetenceRole; readonly id: string };
export type AssessmentEntry = RegisterEntry<CompetenceAssessment> & { readonly data: CompetenceAssessment; readonly id: string };
export const validRoles = (corpus: Corpus): RoleEntry[] => validEntries(corpus.competenceRoles ?? []);
export const validAssessments = (corpus: Corpus): AssessmentEntry[] => validEntries(corpus.assessments ?? []);

/** The rule that limits how long a `competent-with-training` result lasts and when a `not-yet-competent` one is assessed again. */
export const COMPETENCE_RULES = { reassessment: 'competence.reassessment.limit' } as const;

/** valid: a counting assessment covers the date; expired: the last one lapsed; not-competent: the last one found the person not yet competent; later: assessed only after the date; never: no assessment. */
export const COMPETENCE_STATES = ['valid', 'expired', 'not-competent', 'later', 'never'] as const;
export type CompetenceState = (typeof COMPETENCE_STATES)[number];

/** Whether a result lets the person act in the role (TPL-013: 胜任 and 基本胜任 do, 暂不胜任 does not). */
export const isActingResult = (r: CompetenceResult) => r !== 'not-yet-competent';

const durationRule = (rules: ReadonlyMap<string, Rule>, id: string) => {
  const rule = rules.get(id);
  return rule?.type === 'duration' ? { value: rule.value, unit: rule.unit } : undefined;
};

/** The last day an assessment covers (undefined for one that never counts, or when its rules are missing). */
export function assessmentValidUntil(a: CompetenceAssessment, role: CompetenceRole | undefined, rules: ReadonlyMap<string, Rule>): string | undefined {
  if (!isActingResult(a.result) || a.assessor === a.person || !role) return undefined;
  const validity = durationRule(rules, role.validity);
  if (!validity) return undefined;
  const until = dueAt(a.date, validity);
  const re = a.result === 'competent-with-training' ? durationRule(rules, COMPETENCE_RULES.reassessment) : undefined;
  return re ? [until, dueAt(a.date, re)].sort()[0] : until;
}

/** When the next assessment is due after this one: when it lapses, or the re-assessment limit after a `not-yet-competent`. */
export function assessmentNextDue(a: CompetenceAssessment, role: CompetenceRole | undefined, rules: ReadonlyMap<string, Rule>): string | undefined {
  if (a.result === 'not-yet-competent') {
    const re = durationRule(rules, COMPETENCE_RULES.reassessment);
    return re ? dueAt(a.date, re) : undefined;
  }
  return assessmentValidUntil(a, role, rules);
}

export interface CompetenceStatus {
  readonly state: CompetenceState;
  /** The latest counting assessment on or before the date (an assessment by the person assessed never counts). */
  readonly assessment: AssessmentEntry | undefined;
  readonly validUntil: string | undefined;
  readonly nextDue: string | undefined;
  /** For `later`: the first assessment after the date. */
  readonly firstAfter: AssessmentEntry | undefined;
}

/** The competence register as the model reads it: roles by id, assessments by person and role, the rules. */
export interface CompetenceIndex {
  readonly roles: ReadonlyMap<string, RoleEntry>;
  readonly byPersonRole: ReadonlyMap<string, readonly AssessmentEntry[]>;
  readonly rules: ReadonlyMap<string, Rule>;
}

export function competenceIndex(corpus: Corpus): CompetenceIndex {
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const roles = new Map(validRoles(corpus).map((r) => [r.id, r]));
  const byPersonRole = new Map<string, AssessmentEntry[]>();
  for (const a of validAssessments(corpus).sort((x, y) => (x.data.date < y.data.date ? -1 : x.data.date > y.data.date ? 1 : 0))) {
    const key = `${a.data.person}|${a.data.role}`;
    byPersonRole.set(key, [...(byPersonRole.get(key) ?? []), a]);
  }
  return { roles, byPersonRole, rules };
}

/** A person's competence for a role on a date. */
export function competenceOn(index: CompetenceIndex, person: string, role: string, date: string): CompetenceStatus {
  const all = (index.byPersonRole.get(`${person}|${role}`) ?? []).filter((a) => a.data.assessor !== a.data.person);
  const before = all.filter((a) => a.data.date <= date);
  const latest = before.at(-1);
  const spec = index.roles.get(role)?.data;
  if (!latest) {
    const firstAfter = all.find((a) => a.data.date > date);
    return { state: firstAfter ? 'later' : 'never', assessment: undefined, validUntil: undefined, nextDue: undefined, firstAfter };
  }
  const validUntil = assessmentValidUntil(latest.data, spec, index.rules);
  const nextDue = assessmentNextDue(latest.data, spec, index.rules);
  const state: CompetenceState = !isActingResult(latest.data.result) ? 'not-competent' : validUntil !== undefined && validUntil < date ? 'expired' : 'valid';
  return { state, assessment: latest, validUntil, nextDue, firstAfter: undefined };
}

/** Whether the person may act in the role on the date (roles the register does not list need no assessment). */
export const isCompetentOn = (index: CompetenceIndex, person: string, role: string, date: string) =>
  !index.roles.has(role) || competenceOn(index, person, role, date).state === 'valid';

/** One cell of the matrix: a person and a register role they hold (org.yaml) or were assessed for. */
export interface CompetenceCell {
  readonly person: string;
  readonly role: string;
  readonly held: boolean;
  readonly status: CompetenceStatus;
}

/** The matrix as of a date: every person × register role they hold or were assessed for, in org.yaml's order. */
export function competenceMatrix(corpus: Corpus, asOf: string, index: CompetenceIndex = competenceIndex(corpus)): CompetenceCell[] {
  const cells: CompetenceCell[] = [];
  for (const p of corpus.org?.data.people ?? []) {
    for (const role of index.roles.keys()) {
      const held = p.roles.includes(role);
      if (!held && !index.byPersonRole.has(`${p.id}|${role}`)) continue;
      cells.push({ person: p.id, role, held, status: competenceOn(index, p.id, role, asOf) });
    }
  }
  return cells;
}

/** Where the content names a person acting in a role, on a date. */
export interface CompetenceAct {
  readonly kind: 'relationship-manager' | 'auditor' | 'verifier';
  readonly person: string;
  readonly role: string;
  readonly date: string;
  /** The relationship, audit report or finding that names them. */
  readonly ref: string;
  readonly source: YamlSource;
  readonly path: readonly (string | number)[];
}

/** Every person-in-a-role the model holds: relationship managers as of the date, internal audit teams on the audit's first day, verifiers of internal audit findings (SOP-015 step 10: the auditor verifies). */
export function competenceActs(corpus: Corpus, asOf: string): CompetenceAct[] {
  const acts: CompetenceAct[] = [];
  for (const d of validDocs(corpus)) {
    if (d.type !== 'relationship') continue;
    const end = d.data.contract?.end;
    if (end && end < asOf) continue;
    acts.push({ kind: 'relationship-manager', person: d.data.manager, role: 'relationship-manager', date: asOf, ref: d.id, source: d.source, path: ['manager'] });
  }
  for (const e of validEvidence(corpus)) {
    const audit = e.data.audit;
    if (!audit || audit.from > asOf) continue;
    audit.team.forEach((m, i) => acts.push({ kind: 'auditor', person: m.person, role: 'internal-auditor', date: audit.from, ref: e.id, source: e.source, path: ['audit', 'team', i, 'person'] }));
  }
  for (const f of validFindings(corpus)) {
    const v = f.data.verification;
    if (f.data.source.kind !== 'internal-audit' || !v?.date || v.date > asOf) continue;
    acts.push({ kind: 'verifier', person: v.by, role: 'internal-auditor', date: v.date, ref: f.id, source: f.source, path: ['verification', 'by'] });
  }
  return acts;
}

/** An internal auditor who audited their own work: their department, or a procedure their department owns or they run. */
export interface AuditConflict {
  readonly record: string;
  readonly member: number;
  readonly person: string;
  readonly kind: 'department' | 'owner' | 'raci';
  /** The department or procedure audited. */
  readonly audited: string;
  /** For `raci`: the role the auditor holds and its letter in the procedure. */
  readonly role?: string;
  readonly raci?: string;
  readonly source: YamlSource;
}

/** What one team member audited: their own list, else the audit's scope. */
export const auditedBy = (audit: AuditScope, member: number) => ({
  departments: audit.team[member]!.departments ?? audit.departments,
  processes: audit.team[member]!.processes ?? audit.processes,
});

/**
 * SOP-015 step 3: an auditor audits neither their own department nor work they wrote or carry out. A
 * procedure is theirs when their department owns it, or when they hold a role (or their department is
 * a role) that is R or A in its RACI; a `dept-head` row counts only for a department the procedure involves.
 */
export function auditConflicts(corpus: Corpus): AuditConflict[] {
  const people = new Map((corpus.org?.data.people ?? []).map((p) => [p.id, p]));
  const sops = new Map(validDocs(corpus).flatMap((d) => (d.type === 'sop' ? [[d.id, d] as const] : [])));
  const conflicts: AuditConflict[] = [];
  for (const e of validEvidence(corpus)) {
    const audit = e.data.audit;
    if (!audit) continue;
    audit.team.forEach((m, i) => {
      const person = people.get(m.person);
      if (!person) return;
      const scope = auditedBy(audit, i);
      const base = { record: e.id, member: i, person: m.person, source: e.source };
      if (scope.departments.includes(person.department)) conflicts.push({ ...base, kind: 'department', audited: person.department });
      for (const id of scope.processes) {
        const sop = sops.get(id);
        if (!sop || sop.type !== 'sop') continue;
        if (sop.data.owner === person.department) {
          conflicts.push({ ...base, kind: 'owner', audited: id });
          continue;
        }
        const involved = sop.data.departments.includes(person.department);
        const row = sop.data.roles.find((r) => /[RA]/.test(r.raci) && (r.role === person.department || (person.roles.includes(r.role) && (r.role !== 'dept-head' || involved))));
        if (row) conflicts.push({ ...base, kind: 'raci', audited: id, role: row.role, raci: row.raci });
      }
    });
  }
  return conflicts;
}

/** Whether a held role needs attention as of a date: no valid assessment, or one that lapses within `soonDays`. */
export function competenceAttention(status: CompetenceStatus, asOf: string, soonDays: number): 'ok' | 'due-soon' | 'overdue' {
  if (status.state !== 'valid') return 'overdue';
  return status.nextDue !== undefined && status.nextDue <= addDays(asOf, soonDays) ? 'due-soon' : 'ok';
}
