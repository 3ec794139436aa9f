// CB901-CB915: the findings register and recurring obligations (src/model/checks/findings.ts, obligations.ts).
import { didYouMean, entry } from './entry.ts';

/** Problem codes are permanent: never renumbered, never reused. */
export const REGISTER_CODES = {
  CB901: entry({
    transitional: true,
    severity: 'error', title: 'Corrective action overdue', fix: 'Carry out the action and write its `done` date and record, or agree a new due date and record why (the finding keeps the old one in its history).',
    message: ({ id, n, action, owner, due, asOf }: { id: string; n: number; action: string; owner: string; due: string; asOf: string }) => `${id} action ${n} (${action}, ${owner}) was due on ${due} and is not done by ${asOf}`,
  }),
  CB902: entry({
    transitional: true,
    severity: 'error', title: 'Verification overdue', fix: 'Verify whether the actions removed the cause and write the date, the result and its record in `verification`.',
    message: ({ id, due, asOf }: { id: string; due: string; asOf: string }) => `${id}: its actions are done; verifying their effectiveness was due on ${due} and has not happened by ${asOf}`,
  }),
  CB903: entry({
    severity: 'error', title: 'Finding closed without an independent, effective verification', fix: 'A finding is closed by a verification with result `effective`, by a person who owned none of its actions.',
    message: (a: { kind: 'own'; id: string; by: string } | { kind: 'unverified'; id: string; closed: string; result: string | undefined }) =>
      a.kind === 'own' ? `${a.id} is verified by ${a.by}, who owns one of its actions` : `${a.id} states it closed on ${a.closed}, but ${a.result === 'not-effective' ? 'its verification found the actions not effective' : 'no effective verification is recorded'}`,
    hint: (a) => (a.kind === 'own' ? 'Ask someone who carried out none of the actions (for an internal audit finding, the auditor) to verify.' : 'Record the verification (by, date, result, record); until it is effective the finding stays open.'),
  }),
  CB904: entry({
    severity: 'warning', title: 'Similar nonconformity within a year', fix: 'Say in the root cause whether the earlier nonconformity\'s actions failed or the cause is new (10.1 asks whether similar nonconformities exist), and widen the actions if they failed.',
    message: ({ id, clause, earlier, raised }: { id: string; clause: string; earlier: string; raised: string }) => `${id} is against ${clause}, as ${earlier} was on ${raised}, within twelve months`,
  }),
  CB905: entry({
    transitional: true,
    severity: 'error', title: 'No action plan in time', fix: 'Plan the corrective actions (what, who, by when) within the grade\'s limit after the finding was raised.',
    message: ({ id, grade, raised, due, asOf }: { id: string; grade: string; raised: string; due: string; asOf: string }) => `${id} (${grade}) was raised on ${raised}; its actions were due to be planned by ${due} and none is recorded by ${asOf}`,
  }),
  CB911: entry({
    transitional: true,
    severity: 'error', title: 'Recurring obligation missed', fix: 'File the record of the occurrence (its form, dated within the period or its grace) in the evidence register, or record why it was missed as a finding (`source: { kind: self, obligations: [{ id: DOC-id#obligation-id, periods: [first day, …] }] }`), which answers it.',
    message: ({ id, obligation, title, relationship, from, to, deadline, form }: { id: string; obligation: string; title: string; relationship: string | undefined; from: string; to: string; deadline: string; form: string }) =>
      `${id} ${obligation} (${title}${relationship ? `, ${relationship}` : ''}): no ${form} record for ${from} to ${to}${deadline !== to ? ` (grace to ${deadline})` : ''}`,
  }),
  CB912: entry({
    severity: 'error', title: 'Recurrence rule that does not parse', fix: 'Write an RFC 5545 RRULE without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;INTERVAL=3` for quarterly, `FREQ=YEARLY` for yearly.',
    message: ({ id, obligation, rrule, why }: { id: string; obligation: string; rrule: string; why: string }) => `${id} ${obligation}: "${rrule}" is no recurrence rule (${why})`,
  }),
  CB913: entry({
    severity: 'error', title: 'Recurring obligation not met', fix: 'The record of the occurrence says the success criteria were not met: record a finding naming the record (`source.record`) with its correction and actions, or correct the record if it is wrong.',
    message: ({ id, obligation, title, relationship, from, to, record, unmet }: { id: string; obligation: string; title: string; relationship: string | undefined; from: string; to: string; record: string; unmet: readonly { criterion: string; found: string }[] }) =>
      `${id} ${obligation} (${title}${relationship ? `, ${relationship}` : ''}): ${record} for ${from} to ${to} does not meet ${unmet.map((u) => `${u.criterion} (it says ${u.found})`).join(', ')}`,
    hint: ({ record }) => `Raise a finding with \`source: { kind: self, record: ${record} }\` (content/findings/), or correct ${record}'s values if they are wrong.`,
  }),
  CB914: entry({
    severity: 'warning', title: 'Obligation record that cannot show success', fix: 'State the filled form\'s values in the record (`values:`), so the build can tell whether the success criteria were met.',
    message: ({ id, obligation, from, to, record, fields }: { id: string; obligation: string; from: string; to: string; record: string; fields: readonly string[] }) =>
      `${id} ${obligation}: ${record} for ${from} to ${to} states no values, so whether it meets the success criteria (${fields.join(', ')}) cannot be told`,
    hint: ({ record, fields }) => `Add to ${record}: \`values: { ${fields.map((f) => `${f}: …`).join(', ')} }\`.`,
  }),
  CB915: entry({
    severity: 'error', title: 'Success criterion on a field the form does not have', fix: 'A criterion names a field `key` of the obligation\'s form, which must be a template with fields.',
    message: ({ id, obligation, field, form, fields }: { id: string; obligation: string; field: string; form: string; fields: readonly string[] | undefined }) =>
      fields ? `${id} ${obligation}: success criterion on "${field}", which ${form} has no field of (fields: ${fields.join(', ')})` : `${id} ${obligation}: success criterion on "${field}", but ${form} is not a template with fields`,
    hint: ({ fields, field }) => (fields ? `Use one of ${fields.join(', ')}${didYouMean(fields.find((f) => f.includes(field) || field.includes(f)))}` : 'Point `form` at the template whose records carry the values, or leave `success` out.'),
  }),
  CB916: entry({
    severity: 'error', title: 'Record fulfilling an obligation that does not exist', fix: 'Write `fulfils: DOC-id#obligation-id` with the id of the document and of one of its `obligations`.',
    message: ({ record, obligation, guess }: { record: string; obligation: string; guess: string | undefined }) => `${record} fulfils ${obligation}, which is no document's obligation${didYouMean(guess)}`,
  }),
};
