// The competence register as the site shows it: the matrix (people × the register's roles they hold or
// were assessed for, as of the build's date), what each role requires, and each internal audit's team
// with the auditors' qualification on its first day and the work of their own they audited. Computed from
// the published corpus only: a withheld assessment or audit report leaves no id, date or result.
import { auditConflicts, competenceAttention, competenceIndex, competenceMatrix, competenceOn, validRoles } from '../model/competence.ts';
import type { AuditConflict, CompetenceCell, CompetenceState, RoleEntry } from '../model/competence.ts';
import type { Corpus } from '../model/corpus.ts';
import { validEvidence } from '../model/corpus.ts';
import type { Graph } from '../model/graph.ts';
import type { Org } from '../schema/index.ts';

type Person = Org['people'][number];

export interface CompetenceCellView extends CompetenceCell {
  /** ok, due-soon (lapses within org.yaml `coverage.due_soon_days`), or overdue (a held role without a valid assessment). */
  readonly attention: 'ok' | 'due-soon' | 'overdue';
  /** The assessment's record, when published. */
  readonly record: string | undefined;
}

export interface CompetencePersonView {
  readonly person: Person;
  /** One cell per register role, in the register's order; undefined where the person neither holds nor was assessed for it. */
  readonly cells: readonly (CompetenceCellView | undefined)[];
}

export interface AuditMemberView {
  readonly person: string;
  readonly lead: boolean;
  /** Their internal-auditor competence on the audit's first day. */
  readonly state: CompetenceState;
  readonly conflicts: readonly AuditConflict[];
}

export interface AuditTeamView {
  readonly record: string;
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly departments: readonly string[];
  readonly processes: readonly string[];
  readonly team: readonly AuditMemberView[];
}

export interface CompetenceView {
  readonly roles: readonly RoleEntry[];
  readonly people: readonly CompetencePersonView[];
  readonly audits: readonly AuditTeamView[];
  /** Held roles: how many valid, lapsing soon, needing an assessment. */
  readonly totals: { readonly held: number; readonly valid: number; readonly dueSoon: number; readonly overdue: number };
}

/** The competence register's view as of `asOf`, from the published corpus. */
export function competenceView(corpus: Corpus, graph: Graph, asOf: string): CompetenceView {
  const index = competenceIndex(corpus);
  const roles = validRoles(corpus);
  const soon = corpus.org?.data.coverage.due_soon_days ?? 60;
  const cells = competenceMatrix(corpus, asOf, index).map((c): CompetenceCellView => ({
    ...c,
    attention: c.held ? competenceAttention(c.status, asOf, soon) : 'ok',
    record: c.status.assessment && graph.evidence.has(c.status.assessment.data.record) ? c.status.assessment.data.record : undefined,
  }));
  const people = (corpus.org?.data.people ?? []).flatMap((person): CompetencePersonView[] => {
    const own = cells.filter((c) => c.person === person.id);
    return own.length ? [{ person, cells: roles.map((r) => own.find((c) => c.role === r.id)) }] : [];
  });
  const conflicts = auditConflicts(corpus);
  const audits = validEvidence(corpus).flatMap((e): AuditTeamView[] => {
    const a = e.data.audit;
    if (!a) return [];
    return [{
      record: e.id, title: e.data.title, from: a.from, to: a.to, departments: a.departments, processes: a.processes.filter((id) => graph.docs.has(id)),
      team: a.team.map((m, i) => ({ person: m.person, lead: m.lead, state: competenceOn(index, m.person, 'internal-auditor', a.from).state, conflicts: conflicts.filter((c) => c.record === e.id && c.member === i && (c.kind === 'department' || graph.docs.has(c.audited))) })),
    }];
  }).sort((x, y) => (x.from < y.from ? 1 : -1));
  const held = cells.filter((c) => c.held);
  return {
    roles, people, audits,
    totals: { held: held.length, valid: held.filter((c) => c.status.state === 'valid').length, dueSoon: held.filter((c) => c.attention === 'due-soon').length, overdue: held.filter((c) => c.attention === 'overdue').length },
  };
}
