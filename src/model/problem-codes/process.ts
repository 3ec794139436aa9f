// CB701-CB710: procedures as data and the records that follow them (src/model/checks/process.ts).
import { entry } from './entry.ts';

/** Problem codes are permanent: never renumbered, never reused. */
export const PROCESS_CODES = {
  CB701: entry({
    severity: 'error', title: 'Step owned by a role that is not responsible', fix: 'A step\'s owner is R or A in the procedure\'s `roles`: change the owner, or the RACI letter.',
    message: ({ id, n, role, does, raci }: { id: string; n: number; role: string; does: 'owns' | 'decides'; raci: string | undefined }) =>
      `${role} ${does === 'owns' ? 'owns' : 'takes the decision of'} ${id} step ${n}, but ${raci ? `is only ${raci} in the RACI` : 'is not among the procedure\'s roles'}`,
    hint: ({ role, raci }) => (raci ? `Make ${role} R (or A) in \`roles\`, or give the step to the role that does it.` : `Add ${role} to \`roles\` with its RACI letter and duties.`),
  }),
  CB702: entry({
    severity: 'warning', title: 'Accountable role without a step', fix: 'The A of a procedure owns a step or decides a gate; otherwise it is not accountable for anything the procedure does.',
    message: ({ id, role }: { id: string; role: string }) => `${role} is A in ${id} but owns no step and decides no gate`,
    hint: 'Name it as the owner of the step it answers for, or as `gate.by` of the decision it takes; or change its letter.',
  }),
  CB703: entry({
    severity: 'error', title: 'Steps that do not fit together', fix: 'Number the steps 1, 2, 3…; count a limit from an earlier step; use only forms listed in `templates`.',
    message: (a: { kind: 'number'; id: string; n: number; expected: number } | { kind: 'after'; id: string; n: number; after: number } | { kind: 'form'; id: string; n: number; form: string }) =>
      a.kind === 'number' ? `${a.id} step ${a.n} is listed where step ${a.expected} belongs`
      : a.kind === 'after' ? `${a.id} step ${a.n} counts its limit from step ${a.after}, which is not earlier`
      : `${a.id} step ${a.n} uses ${a.form}, which is not in the procedure's \`templates\``,
  }),
  CB704: entry({
    severity: 'error', title: 'Record value that does not fit its form', fix: 'Give each value by the field `key` of the template that produced the record, of the field\'s type and options.',
    message: ({ id, template, key, problem: what }: { id: string; template: string; key: string; problem: string }) => `${id} (${template}) ${key}: ${what}`,
  }),
  CB705: entry({
    transitional: true,
    severity: 'error', title: 'Record states a result its form computes differently', fix: 'Recompute the result with the template\'s weights (from the rules), or correct the values it is computed from.',
    message: ({ id, template, instance, step, key, label, subject, stated, expected }: { id: string; template: string; instance?: string; step?: string; key: string; label: string; subject?: string; stated: number; expected: number; weights?: { dimensions: string; used: string; approved: string } }) =>
      `${id}${instance || step ? ` (${[instance, step?.replace('#', ' step ')].filter(Boolean).join(', ')})` : ''} states ${label} (${key}) = ${stated}${subject ? ` for ${subject}` : ''}, but ${template} computes ${expected} from its values`,
    hint: ({ template, expected, weights }) =>
      weights
        ? `The record used the weights ${weights.used} (${weights.dimensions}); ${template}'s are ${weights.approved}, which give ${expected}. It did not follow the form: record a finding.`
        : `With the approved weights the result is ${expected}; if the record used other weights, it did not follow the form: record a finding.`,
  }),
  CB706: entry({
    transitional: true,
    severity: 'error', title: 'Required step without a record', fix: 'Each required step that names a record or a form leaves a record: file it (with `instance` and `step`; one record of several steps names them `SOP-id#first-last`), or record the omission as a finding (`source: { kind: conformance, instance, step }`), which answers it.',
    message: ({ instance, sop, n, title }: { instance: string; sop: string; n: number; title: string }) => `${instance}: ${sop} step ${n} (${title}) has no record`,
  }),
  CB707: entry({
    transitional: true,
    severity: 'error', title: 'Steps out of order', fix: 'A step\'s record comes after the records of the steps before it; check the dates, or record the deviation as a finding.',
    message: ({ instance, sop, n, title, record, at, before, beforeAt }: { instance: string; sop: string; n: number; title: string; record: string; at: string; before: number; beforeAt: string }) =>
      `${instance}: ${sop} step ${n} (${title}, ${record} at ${at}) came before step ${before} (${beforeAt})`,
  }),
  CB708: entry({
    transitional: true,
    severity: 'error', title: 'Time limit missed', fix: 'The step was done later than its limit allows: record the breach as a finding with its cause, or correct the record\'s time.',
    message: ({ instance, sop, n, title, record, limit, measured, from, at }: { instance: string; sop: string; n: number; title: string; record: string; limit: string; measured: string; from: string; at: string }) =>
      `${instance}: ${sop} step ${n} (${title}) took ${measured} (${from} → ${at}, ${record}); the limit is ${limit}`,
  }),
  CB709: entry({
    transitional: true,
    severity: 'error', title: 'Gate decided by another role', fix: 'The decision is taken by the role the step\'s `gate.by` names; its record says so in `decided_by`.',
    message: ({ instance, sop, n, title, record, expected, actual }: { instance: string; sop: string; n: number; title: string; record: string; expected: string; actual: string | undefined }) =>
      actual ? `${instance}: ${sop} step ${n} (${title}) was decided by ${actual} in ${record}; the procedure names ${expected}` : `${instance}: ${sop} step ${n} (${title}) is a decision of ${expected}, and ${record} does not say who decided`,
  }),
  CB710: entry({
    severity: 'error', title: 'Computed result that cannot be computed', fix: 'Sum only score or number fields of the form, weigh each by a percentage rule (or a number), let the weights add up to 100 %, and put every weighed field in exactly one dimension.',
    message: ({ id, key, problem: what }: { id: string; key: string; problem: string }) => `${id} computes ${key}, but ${what}`,
  }),
};
