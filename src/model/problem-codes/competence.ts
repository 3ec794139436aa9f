// CB941-CB950: the competence register (src/model/checks/competence.ts): people acting in a role without
// a valid assessment or before their appointment, internal auditors auditing their own work, and the
// register's own consistency.
import { entry } from './entry.ts';

type State = 'never' | 'later' | 'expired' | 'not-competent';
const stateText = (s: State, last: string | undefined, until: string | undefined, first: string | undefined) =>
  s === 'never' ? 'has never been assessed for it'
  : s === 'later' ? `was first assessed for it on ${first}, after that date`
  : s === 'expired' ? `was last assessed on ${last}, valid until ${until}`
  : `was last assessed on ${last} as not yet competent`;

/** How each kind of act reads in a message (CB941, CB950). */
const ACTS: Readonly<Record<string, string>> = { approval: 'approved by', decision: 'decided by', gate: 'closed by', 'relationship-manager': 'manager of', auditor: 'auditor in', verifier: 'verifier of' };

/** Problem codes are permanent: never renumbered, never reused. */
export const COMPETENCE_CODES = {
  CB941: entry({
    transitional: true,
    severity: 'error', title: 'Acting in a role without a valid competence assessment', fix: 'Assess the person for the role (TPL-013, or the internal auditor exam) before they act, and register the assessment in content/competence/ with its record; or name someone whose assessment is valid.',
    message: (a: { person: string; role: string; date: string; kind: 'relationship-manager' | 'auditor' | 'verifier'; ref: string; state: State; last: string | undefined; until: string | undefined; first: string | undefined }) =>
      `${a.person} acts as ${a.role} (${ACTS[a.kind]} ${a.ref}) on ${a.date} but ${stateText(a.state, a.last, a.until, a.first)}`,
    hint: (a) => (a.state === 'not-competent' ? 'A `not-yet-competent` result does not let the person act: re-assess within the re-assessment limit after the training, or name another person.' : a.state === 'expired' ? 'Record the re-assessment that was due (content/competence/*.yaml), dated on or before the day the person acted.' : 'Add an assessment (person, role, date, assessor, result, record) to content/competence/*.yaml if the record exists; otherwise record the gap as a finding.'),
  }),
  CB942: entry({
    transitional: true,
    severity: 'error', title: 'Internal auditor audited their own work', fix: 'Assign another auditor to the departments and procedures the auditor belongs to, owns or carries out (SOP-015 step 3), and record who audited what in the report\'s `audit.team`.',
    message: ({ person, record, date, own }: { person: string; record: string; date: string; own: readonly string[] }) => `${person} audited their own work in ${record} (from ${date}): ${own.join('; ')}`,
    hint: 'Give the member a `departments`/`processes` list without their own, and name who audited those instead; if they did audit them, record it as a finding.',
  }),
  CB943: entry({
    severity: 'error', title: 'Assessment by the person assessed', fix: 'The result is the judgement of someone else (TPL-013: the direct superior, HR confirming); a self-assessment is an input to it, not the assessment.',
    message: ({ id, person, role }: { id: string; person: string; role: string }) => `${id}: ${person} is both the person assessed and the assessor for ${role}; it does not count`,
    hint: 'Write the direct superior (or the examiner) as `assessor`.',
  }),
  CB944: entry({
    severity: 'warning', title: 'Role holder never assessed', fix: 'Assess the person for the role with its form and register the assessment, or take the role from them in content/org.yaml.',
    message: ({ person, role, asOf }: { person: string; role: string; asOf: string }) => `${person} holds ${role} (content/org.yaml) and has no assessment for it by ${asOf}`,
  }),
  CB945: entry({
    severity: 'warning', title: 'Competence re-assessment overdue', fix: 'Carry out the re-assessment and register it; until then the person may not act in the role.',
    message: ({ person, role, last, due, asOf, result }: { person: string; role: string; last: string; due: string; asOf: string; result: string }) => `${person}'s assessment for ${role} of ${last} (${result}) was due again on ${due} and no newer one is recorded by ${asOf}`,
  }),
  CB946: entry({
    severity: 'error', title: 'Assessment for a role the register does not define', fix: 'Add the role to content/competence/roles.yaml with its competences and validity rule, or correct the assessment\'s `role`.',
    message: ({ id, role, known }: { id: string; role: string; known: readonly string[] }) => `${id} assesses "${role}", which content/competence/roles.yaml does not list (${known.join(', ') || 'no roles'})`,
  }),
  CB947: entry({
    severity: 'error', title: 'Competence validity without a duration rule', fix: 'Name a rule of type `duration` in content/rules.yaml as `validity`, defined by the document that states how long an assessment lasts.',
    message: ({ role, rule, kind }: { role: string; rule: string; kind: 'unknown' | 'not-duration' }) => `${role}: validity rule "${rule}" ${kind === 'unknown' ? 'is not in content/rules.yaml' : 'is not a duration'}`,
  }),
  CB948: entry({
    severity: 'error', title: 'Internal audit record that does not add up', fix: 'An audit runs `from` to `to`, has one lead, and is reported on or after its last day by the internal audit procedure.',
    message: (a: { id: string; kind: 'dates'; from: string; to: string; date: string } | { id: string; kind: 'leads'; leads: number } | { id: string; kind: 'not-audit'; recordKind: string }) =>
      a.kind === 'dates' ? `${a.id}: the audit runs from ${a.from} to ${a.to} and is reported on ${a.date}; expected from ≤ to ≤ the report's date`
      : a.kind === 'leads' ? `${a.id}: the audit team has ${a.leads} leads, expected 1`
      : `${a.id} is a ${a.recordKind} record; \`audit\` belongs on an audit report`,
  }),
  CB949: entry({
    severity: 'error', title: 'Auditor without the internal auditor role', fix: 'Give the person the `internal-auditor` role in content/org.yaml (after they qualify), or correct the audit team.',
    message: ({ person, record, roles }: { person: string; record: string; roles: readonly string[] }) => `${person} is on the audit team of ${record} but holds ${roles.length ? roles.join(', ') : 'no role'}, not internal-auditor`,
  }),
  CB950: entry({
    severity: 'error', title: 'Acting in a role before holding it', fix: 'Name the role or person that held it on that day, correct the date, or record the deviation as a finding whose `source` names `check: CB950` and the record, document or relationship.',
    message: ({ kind, role, person, date, ref, appointments }: { kind: string; role: string; person: string | undefined; date: string; ref: string; appointments: readonly { person: string; from: string; record?: string }[] }) => {
      const when = (a: { person: string; from: string; record?: string }) => `from ${a.from}${a.record ? ` (${a.record})` : ''}`;
      return person
        ? `${person} acts as ${role} (${ACTS[kind]} ${ref}) on ${date}, before their appointment ${appointments.map(when).join(', ')}`
        : `${ref} was ${ACTS[kind]} ${role} on ${date}, when nobody held ${role} (${appointments.map((a) => `${a.person} ${when(a)}`).join(', ')})`;
    },
    hint: ({ person }) => (person ? 'If the appointment came later, the act was not theirs to do: record who acted and why as a finding; if the date of the appointment is wrong, correct `appointed` in content/org.yaml.' : 'Name the role that acted in its place (e.g. `ceo` before the appointment), or record the deviation as a finding.'),
  }),
  CB951: entry({
    severity: 'error', title: 'Appointment to a role the person does not hold', fix: 'Add the role to the person\'s `roles` in content/org.yaml, or correct the appointment\'s `role`.',
    message: ({ person, role, roles }: { person: string; role: string; roles: readonly string[] }) => `${person} is appointed ${role} but holds ${roles.length ? roles.join(', ') : 'no role'}`,
  }),
};
