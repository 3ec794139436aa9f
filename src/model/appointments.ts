// Appointments: who held a role on a date. A person holds each of their org.yaml `roles` from the day of
// its `appointed` entry (the letter of appointment), or without a date when there is none. Where the
// content says a role or a person acted on a date (a version approved, a record's decision, a stage
// gate, a relationship managed, an audit conducted, a finding verified), the person held the role then,
// or someone did. Checks (CB950) and the findings register read this; nothing re-derives it.
import type { Org } from '../schema/index.ts';
import { competenceActs } from './competence.ts';
import type { CompetenceAct } from './competence.ts';
import type { Corpus } from './corpus.ts';
import { validDocs, validEvidence } from './corpus.ts';

type Person = Org['people'][number];

/** The day the person took up the role: the appointment's, `''` when held without a date, undefined when not held. */
export function heldFrom(person: Person, role: string): { from: string; record?: string } | undefined {
  if (!person.roles.includes(role)) return undefined;
  const a = person.appointed.find((x) => x.role === role);
  return a ? { from: a.from, ...(a.record ? { record: a.record } : {}) } : { from: '' };
}

/**
 * Where the content says a role, or a person in a role, acted on a date: the competence register's acts
 * (a relationship's manager, an audit team, a verifier) and the acts of a role without a person (a version
 * approved, a record's decision, a stage gate).
 */
export interface RoleAct extends Omit<CompetenceAct, 'kind' | 'person'> {
  readonly kind: CompetenceAct['kind'] | 'approval' | 'decision' | 'gate';
  /** The person named acting, for acts that name one; the others are the role's. */
  readonly person?: string;
  /** The finding key that answers it: the record or the document/relationship/finding id. */
  readonly answer: string;
}

/** Every act in a role the content dates, up to `asOf`. A relationship's manager manages it from its first gate. */
export function roleActs(corpus: Corpus, asOf: string): RoleAct[] {
  const acts: RoleAct[] = [];
  for (const d of validDocs(corpus)) {
    d.data.changes.forEach((c, i) => {
      if (c.date > asOf) return;
      (c.approvers ?? []).forEach((role, j) => acts.push({ kind: 'approval', role, date: c.date, ref: `${d.id} ${c.version}`, answer: d.id, source: d.source, path: ['changes', i, 'approvers', j] }));
    });
    if (d.type !== 'relationship') continue;
    d.data.gates.forEach((g, i) => {
      if (g.date <= asOf) acts.push({ kind: 'gate', role: g.by, date: g.date, ref: `${d.id} stage ${g.stage}`, answer: d.id, source: d.source, path: ['gates', i, 'by'] });
    });
    const first = d.data.gates.map((g) => g.date).filter((x) => x <= asOf).sort()[0];
    if (first) acts.push({ kind: 'relationship-manager', role: 'relationship-manager', person: d.data.manager, date: first, ref: d.id, answer: d.id, source: d.source, path: ['manager'] });
  }
  for (const e of validEvidence(corpus)) {
    const role = e.data.decided_by;
    if (role && e.data.date <= asOf) acts.push({ kind: 'decision', role, date: e.data.date, ref: e.id, answer: e.id, source: e.source, path: ['decided_by'] });
  }
  // Audit teams and verifiers as the competence register dates them; its managers act as of the build's
  // date, so a manager's first act is the relationship's first gate (above).
  for (const a of competenceActs(corpus, asOf)) if (a.kind !== 'relationship-manager') acts.push({ ...a, answer: a.ref });
  return acts;
}

/** An act before the role was held: by a person before their appointment, or by a role nobody held yet. */
export interface EarlyAct {
  readonly act: RoleAct;
  /** The appointments that came later: the person's own, or every holder's. */
  readonly appointments: readonly { person: string; from: string; record?: string }[];
}

export function earlyActs(corpus: Corpus, asOf: string): EarlyAct[] {
  const people = corpus.org?.data.people ?? [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const early: EarlyAct[] = [];
  for (const act of roleActs(corpus, asOf)) {
    const holders = act.person ? [byId.get(act.person)].filter((p) => p !== undefined) : people;
    const held = holders.flatMap((p) => {
      const h = heldFrom(p, act.role);
      return h ? [{ person: p.id, ...h }] : [];
    });
    // A person without the role, or a role nobody is listed for, is not for this check to judge.
    if (held.length === 0 || held.some((h) => h.from <= act.date)) continue;
    early.push({ act, appointments: held });
  }
  return early;
}
