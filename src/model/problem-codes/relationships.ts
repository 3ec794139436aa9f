// CB801-CB810: the relationship register (src/model/checks/relationships.ts).
import { didYouMean, entry } from './entry.ts';

/** Problem codes are permanent: never renumbered, never reused. */
export const RELATIONSHIP_CODES = {
  CB801: entry({
    severity: 'error', title: 'Stage gates out of order', fix: 'List the gates in the order the stages were closed, each on or after the one before; a gate closes a stage before the current one.',
    message: (a: { kind: 'order'; id: string; stage: number; date: string; before: number; beforeDate: string } | { kind: 'ahead'; id: string; stage: number; date: string; current: number }) =>
      a.kind === 'order'
        ? `${a.id}: the gate of stage ${a.stage} (${a.date}) comes after the gate of stage ${a.before} (${a.beforeDate})`
        : `${a.id}: stage ${a.stage} was closed on ${a.date}, but the relationship is at stage ${a.current}`,
    hint: (a) => (a.kind === 'ahead' ? `A closed stage is behind the relationship: set \`stage\` to ${a.stage + 1}, or correct the gate's stage.` : 'Order the gates by stage and date; a gate never closes a stage before the one it follows.'),
  }),
  CB802: entry({
    transitional: true,
    severity: 'error', title: 'Stage reached without a gate', fix: 'Record the approved gate that closed each earlier stage (date, decision, decider, records), or set the relationship back to the stage it has reached.',
    message: ({ id, current, stage, clause }: { id: string; current: number; stage: number; clause: string; role: string | undefined }) => `${id} is at stage ${current}, but no approved gate closed stage ${stage} (${clause}), which its class goes through with a gate`,
    hint: ({ stage, role }) => `Add a gate \`{ stage: ${stage}, date, decision: approved, by: ${role ?? '<role>'}, evidence: [EV-…] }\` with the records of the stage's procedure; if the stage was skipped, record a finding.`,
  }),
  CB803: entry({
    transitional: true,
    severity: 'error', title: 'Stage gate decided by another role', fix: 'The gate is decided by the role the stage\'s procedure names for its decision; correct `by`, or record the deviation as a finding.',
    message: ({ id, stage, by, expected, sop }: { id: string; stage: number; by: string; expected: string; sop: string }) => `${id}: stage ${stage} was closed by ${by}; ${sop} has ${expected} decide it`,
  }),
  CB804: entry({
    transitional: true,
    severity: 'error', title: 'Stage gate without the records of its procedure', fix: 'Name among the gate\'s evidence a record the stage\'s procedure (or one of its forms) produced.',
    message: ({ id, stage, clause }: { id: string; stage: number; clause: string; producers: string }) => `${id}: the gate of stage ${stage} (${clause}) names no record of the stage's procedure`,
    hint: ({ producers }) => `Records of ${producers} show the stage's work done; add one to \`evidence\`.`,
  }),
  CB805: entry({
    transitional: true,
    severity: 'error', title: 'Joint working without its joint parts', fix: 'From stage 5 a relationship has joint governance, a joint relationship management plan, a joint risk register and a joint exit strategy: record each, or set the stage back.',
    message: ({ id, stage, missing }: { id: string; stage: number; missing: readonly string[] }) =>
      `${id} is at stage ${stage} without ${missing.map((m) => ({ governance: 'joint governance (governance)', plan: 'a joint relationship management plan (plan.joint)', risks: 'a joint risk register (risks.joint)', exit: 'a joint exit strategy (exit.joint)' })[m] ?? m).join(', ')}`,
    hint: 'Agree it with the partner (SOP for 8.6, working together), file the signed record in the evidence register and name it here; until then the relationship has not reached stage 5.',
  }),
  CB806: entry({
    transitional: true,
    severity: 'error', title: 'Evaluation overdue', fix: 'Review the partner\'s performance (its form\'s record in the evidence register, named in `evaluations`), as often as its class requires.',
    message: ({ id, cls, cadence, since, due, asOf }: { id: string; cls: string; cadence: number; since: string; due: string; asOf: string }) => `${id} (class ${cls}) was due a performance evaluation on ${due}, ${cadence} months after ${since}; none by ${asOf}`,
  }),
  CB807: entry({
    severity: 'error', title: 'Selection below the threshold without an approved override', fix: 'Record why the relationship went ahead anyway, who approved it and the record of that approval (`override`), or do not select the partner.',
    message: ({ id, record, score, threshold, rule }: { id: string; record: string; score: number; threshold: number; rule: string }) => `${id}: the selection ${record} scores ${score}, below ${threshold} (${rule}), and no approved override is recorded`,
  }),
  CB808: entry({
    severity: 'error', title: 'Relationship manager without the role', fix: 'Name a person who holds the `relationship-manager` role in content/org.yaml, or give the person that role there.',
    message: ({ id, person, roles }: { id: string; person: string; roles: readonly string[] }) => `${id}: ${person} manages the relationship but holds ${roles.length ? roles.join(', ') : 'no role'}, not relationship-manager`,
  }),
  CB809: entry({
    transitional: true,
    severity: 'error', title: 'Exit without lessons learned in time', fix: 'Hold the lessons-learned review within the exit procedure\'s limit and name its record in `exit.activated.lessons`; a late one is a finding.',
    message: ({ id, completed, due, lessons, limit }: { id: string; completed: string; due: string; lessons: string | undefined; limit: string }) =>
      lessons ? `${id}: the exit completed on ${completed} learned its lessons on ${lessons}, after ${due} (${limit})` : `${id}: the exit completed on ${completed} has no lessons learned, due by ${due} (${limit} after completion)`,
  }),
  CB810: entry({
    severity: 'error', title: 'Record of an unknown relationship', fix: 'Name an existing relationship (content/relationships/REL-…), or create its file.',
    message: ({ record, id, guess }: { record: string; id: string; guess: string | undefined }) => `${record} belongs to relationship "${id}", which does not exist${didYouMean(guess)}`,
  }),
};
