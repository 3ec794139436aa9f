// CB921-CB929: the risk register (src/model/checks/risks.ts).
import { entry } from './entry.ts';

interface Scored { id: string; score: number; level: string; appetite: string }

/** Problem codes are permanent: never renumbered, never reused. */
export const RISKS_CODES = {
  CB921: entry({
    transitional: true,
    severity: 'error', title: 'Risk above appetite without a valid acceptance', fix: 'Treat the risk further until its residual level is within the appetite, or record the approval of its treatment and acceptance of what remains (`acceptance: { by, date, expires, record }`) by a person holding the role the level requires.',
    message: (a: Scored & { kind: 'none' | 'future' | 'expired' | 'authority' | 'not-acceptable'; asOf: string; by?: string; date?: string; expires?: string; roles: readonly string[] }) => {
      const head = `${a.id} stands at ${a.score} (${a.level}), above the appetite (${a.appetite})`;
      switch (a.kind) {
        case 'none': return `${head}, and no approval or acceptance is recorded by ${a.asOf}`;
        case 'future': return `${head}; its approval is dated ${a.date}, after ${a.asOf}`;
        case 'expired': return `${head}; its approval by ${a.by} expired on ${a.expires}, before ${a.asOf}`;
        case 'authority': return `${head}; it is approved by ${a.by}, who holds none of the roles that may accept a ${a.level} risk (${a.roles.join(', ') || 'the risk owner'})`;
        case 'not-acceptable': return `${a.id} stands at ${a.score} (${a.level}) and is treated by accepting it, which the risk policy does not allow at this level`;
      }
    },
    hint: (a) => (a.kind === 'not-acceptable' ? 'Choose `mitigate`, `avoid` or `transfer` with actions; a high risk may not be accepted as it stands.'
      : a.kind === 'authority' ? `Have a person with the role ${a.roles.join(' or ') || 'of risk owner'} accept it and record the record of the approval.`
      : a.kind === 'expired' ? 'Review the risk: accept it again with a new expiry, or treat it further.'
      : `Lower the residual rating with actions, or record the approval by ${a.roles.join(' or ') || 'the risk owner'} in \`acceptance\`.`),
  }),
  CB922: entry({
    severity: 'error', title: 'Risk to mitigate without an action', fix: 'List the actions that lower the risk (what, owner, due), or choose another treatment.',
    message: ({ id, score, level }: { id: string; score: number; level: string }) => `${id} (${score}, ${level}) is to be mitigated, but lists no action`,
  }),
  CB923: entry({
    transitional: true,
    severity: 'error', title: 'Risk review overdue', fix: 'Review the risk (likelihood, impact, actions) and add the review with its date and record to `reviews`.',
    message: ({ id, score, level, last, cadence, due, asOf }: { id: string; score: number; level: string; last: string; cadence: string; due: string; asOf: string }) =>
      `${id} (${score}, ${level}) was last reviewed on ${last}; at its cadence (${cadence}) the next review was due on ${due} and none is recorded by ${asOf}`,
  }),
  CB924: entry({
    transitional: true,
    severity: 'error', title: 'Risk treatment action overdue', fix: 'Carry out the action and write its `done` date and record, or agree a new due date at the next review.',
    message: ({ id, n, action, owner, due, asOf }: { id: string; n: number; action: string; owner: string; due: string; asOf: string }) => `${id} action ${n} (${action}, ${owner}) was due on ${due} and is not done by ${asOf}`,
  }),
  CB925: entry({
    severity: 'error', title: 'Residual risk worse than inherent', fix: 'The residual rating is the risk with its treatment in place, so it is never worse than the inherent one: correct the ratings, or re-rate the inherent risk at a review.',
    message: ({ id, inherent, residual, worse }: { id: string; inherent: string; residual: string; worse: string }) => `${id}: residual ${residual} rates ${worse} worse than inherent ${inherent}`,
  }),
  CB926: entry({
    severity: 'error', title: 'Joint risk and its relationship disagree', fix: 'A joint risk is agreed with a partner in the joint register of a relationship (8.6): name the relationship, and keep the relationship\'s `risks.joint` in step with the register.',
    message: (a: { kind: 'no-relationship'; id: string } | { kind: 'not-joint'; id: string; relationship: string } | { kind: 'missing'; relationship: string; record: string }) =>
      a.kind === 'no-relationship' ? `${a.id} is a joint risk but names no relationship`
      : a.kind === 'not-joint' ? `${a.id} is a joint risk of ${a.relationship}, whose \`risks\` states no joint register`
      : `${a.relationship} states a joint risk register (${a.record}) but the risk register holds no joint risk of it`,
    hint: (a) => (a.kind === 'missing' ? `Record the joint register's risks with \`relationship: ${a.relationship}\` and \`joint: true\`.` : undefined),
  }),
  CB927: entry({
    transitional: true,
    severity: 'error', title: 'Risk treatment not settled in time', fix: 'Settle the treatment (the actions, owners and dates, approved at the level\'s authority) within the time limit of the risk policy and write the day in `decided`.',
    message: ({ id, score, level, identified, due, decided, asOf }: { id: string; score: number; level: string; identified: string; due: string; decided: string | undefined; asOf: string }) =>
      `${id} (${score}, ${level}) was identified on ${identified}; its treatment was due by ${due} and ${decided ? `was settled on ${decided}` : `is not settled by ${asOf}`}`,
  }),
  CB928: entry({
    transitional: true,
    severity: 'error', title: 'Partner risk kind not assessed', fix: 'Assess each of the four partner risk kinds (disruption, leak, quality, dispute) for the relationship and record them in the register (TPL-009, SOP-012).',
    message: ({ relationship, missing }: { relationship: string; missing: readonly string[] }) => `${relationship} has no risk of ${missing.join(', ')} in the risk register`,
  }),
  CB929: entry({
    severity: 'error', title: 'High risk without warning signals', fix: 'A high risk states its warning signals (`signals`), which call for an update or the emergency procedure (TPL-009, SOP-012).',
    message: ({ id, score, level }: { id: string; score: number; level: string }) => `${id} stands at ${score} (${level}) and states no warning signal`,
  }),
};
