// Everything that falls due, in one list: document reviews, findings' action plans, actions and
// verifications, relationships' next evaluations, and recurring obligations' occurrences. Each item's
// date and state come from the model's own definitions (states.ts, findings.ts, relationships.ts,
// obligations.ts); the due page and the iCalendar feeds read this list, nothing else.
import type { Rule } from '../schema/index.ts';
import type { Corpus } from './corpus.ts';
import { validDocs } from './corpus.ts';
import { addDays } from './dates.ts';
import { findingStatus, findingsAsOf } from './findings.ts';
import type { Graph } from './graph.ts';
import { objectiveStatuses } from './objectives.ts';
import { obligationRuns } from './obligations.ts';
import { nextEvaluation, relationshipDocs } from './relationships.ts';
import { reviewState } from './states.ts';
import { riskContext, riskStatus, risksAsOf } from './risks.ts'; // risk register

// Competence register
import { competenceIndex, competenceMatrix } from './competence.ts';

export const DUE_KINDS = ['review', 'plan', 'action', 'verification', 'evaluation', 'obligation', 'risk-review', 'risk-action', 'risk-acceptance', 'measurement', 'assessment'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export interface DueItem {
  /** Stable across builds: the same duty keeps its UID when its date moves, so calendars update it. */
  readonly uid: string;
  readonly kind: DueKind;
  readonly date: string;
  /** `overdue` (past its date, not done), `due` (within the horizon), `later`. */
  readonly state: 'overdue' | 'due' | 'later';
  /** What the duty is about: a document, finding or relationship id. */
  readonly ref: string;
  readonly title: string;
  /** Department that answers for it. */
  readonly department: string;
  /** Site path of what it is about. */
  readonly path: string;
  /** For an obligation occurrence: its period and the relationship it runs for. */
  readonly period?: { readonly from: string; readonly to: string };
  readonly relationship?: string;
}

/** How far ahead a duty counts as due (the reviews' horizon), and how far the list looks ahead. */
export const DUE_HORIZON_DAYS = 90;
export const CALENDAR_AHEAD_DAYS = 366;

/** Everything open that falls due up to a year ahead of `asOf`, and everything overdue, soonest first. */
export function dueItems(corpus: Corpus, graph: Graph, asOf: string): DueItem[] {
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const horizon = addDays(asOf, DUE_HORIZON_DAYS);
  const ahead = addDays(asOf, CALENDAR_AHEAD_DAYS);
  const state = (date: string, overdue: boolean): DueItem['state'] => (overdue ? 'overdue' : date <= horizon ? 'due' : 'later');
  const items: DueItem[] = [];
  for (const doc of validDocs(corpus)) {
    const review = reviewState(doc.data, asOf);
    if (!review || review.reviewBy > ahead) continue;
    items.push({ uid: `review-${doc.id}`, kind: 'review', date: review.reviewBy, state: state(review.reviewBy, review.overdue), ref: doc.id, title: doc.data.title, department: doc.data.owner, path: `/id/${doc.id}/` });
  }
  for (const f of findingsAsOf(corpus, asOf)) {
    const status = findingStatus(f.data, rules, asOf);
    if (status.state === 'closed') continue;
    const base = { ref: f.id, title: f.data.title, department: f.data.owner, path: `/findings/${f.id}/` };
    if (f.data.actions.length === 0 && status.planDue) items.push({ ...base, uid: `plan-${f.id}`, kind: 'plan', date: status.planDue, state: state(status.planDue, status.planLate) });
    f.data.actions.forEach((a, i) => {
      if (a.done && a.done <= asOf) return;
      items.push({ ...base, uid: `action-${f.id}-${i + 1}`, kind: 'action', date: a.due, state: state(a.due, a.due < asOf), title: `${f.data.title}：${a.action}` });
    });
    if (status.verificationDue && !f.data.verification?.date) items.push({ ...base, uid: `verification-${f.id}`, kind: 'verification', date: status.verificationDue, state: state(status.verificationDue, status.verificationOverdue) });
  }
  for (const rel of relationshipDocs(corpus)) {
    const next = nextEvaluation(rel.data, graph, rules);
    if (next && next.due <= ahead) items.push({ uid: `evaluation-${rel.id}`, kind: 'evaluation', date: next.due, state: state(next.due, next.due < asOf), ref: rel.id, title: rel.data.title, department: rel.data.owner, path: `/id/${rel.id}/` });
  }
  for (const run of obligationRuns(corpus, graph, asOf)) {
    for (const o of run.occurrences) {
      // Done or failed: its record is filed (a failure is followed up by a finding, not by filing again).
      if (o.state === 'done' || o.state === 'failed' || o.from > ahead || (o.state === 'future' && o.to > ahead)) continue;
      items.push({
        uid: `obligation-${run.doc.id}-${run.obligation.id}${run.relationship ? `-${run.relationship}` : ''}-${o.from}`,
        kind: 'obligation', date: o.deadline, state: state(o.deadline, o.state === 'missed' || o.state === 'overdue'),
        ref: run.doc.id, title: run.obligation.title, department: run.doc.data.owner, path: `/id/${run.doc.id}/`,
        period: { from: o.from, to: o.to }, ...(run.relationship ? { relationship: run.relationship } : {}),
      });
    }
  }
  // Risk register: each open risk's next review, its open actions and the expiry of its acceptance.
  const risk = riskContext(corpus);
  for (const r of risk.matrix ? risksAsOf(corpus, asOf) : []) {
    const s = riskStatus(r.data, risk.matrix!, risk.rules, risk.people, asOf);
    if (s.state === 'closed') continue;
    const base = { ref: r.id, title: r.data.title, department: r.data.department, path: `/risks/${r.id}/` };
    if (s.reviewDue && s.reviewDue <= ahead) items.push({ ...base, uid: `risk-review-${r.id}`, kind: 'risk-review', date: s.reviewDue, state: state(s.reviewDue, s.reviewOverdue) });
    r.data.actions.forEach((a, i) => {
      if ((a.done && a.done <= asOf) || a.due > ahead) return;
      items.push({ ...base, uid: `risk-action-${r.id}-${i + 1}`, kind: 'risk-action', date: a.due, state: state(a.due, a.due < asOf), title: `${r.data.title}：${a.action}` });
    });
    const expires = r.data.acceptance?.expires;
    if (expires && s.aboveAppetite && expires <= ahead) items.push({ ...base, uid: `risk-acceptance-${r.id}`, kind: 'risk-acceptance', date: expires, state: state(expires, expires < asOf) });
  }
  // Objectives register: each period's measurement of an indicator, due after the period ends.
  for (const { objective: o, indicators } of objectiveStatuses(corpus, asOf)) {
    for (const { indicator: ind, periods } of indicators) {
      for (const p of periods) {
        if (!p.asked || p.measurement || !p.due || p.due > ahead) continue;
        items.push({
          uid: `measurement-${o.id}-${ind.id}-${p.period}`, kind: 'measurement', date: p.due, state: state(p.due, p.state === 'no-data'),
          ref: o.id, title: `${o.title}：${ind.measure}（${p.period}）`, department: o.department, path: `/objectives/#${o.id}`, period: { from: p.from, to: p.to },
        });
      }
    }
  }
  // Competence register: the next assessment of each role a person holds (POL-005: HR organises it); one
  // never assessed, or whose last result does not let them act, is due now.
  const hr = graph.departments.has('hr') ? 'hr' : undefined;
  const people = new Map((corpus.org?.data.people ?? []).map((p) => [p.id, p]));
  for (const cell of competenceMatrix(corpus, asOf, competenceIndex(corpus))) {
    if (!cell.held) continue;
    const s = cell.status;
    const date = s.state === 'valid' || s.state === 'expired' ? s.nextDue : s.state === 'not-competent' ? (s.nextDue ?? asOf) : asOf;
    if (!date || date > ahead) continue;
    const person = people.get(cell.person);
    const role = corpus.org?.data.roles.find((r) => r.id === cell.role)?.name ?? cell.role;
    items.push({
      uid: `assessment-${cell.person}-${cell.role}`, kind: 'assessment', date, state: state(date, s.state !== 'valid' || date < asOf),
      ref: cell.person, title: `${person?.name ?? cell.person}：${role}`, department: hr ?? person?.department ?? '', path: `/competence/#${cell.person}`,
    });
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid.localeCompare(b.uid)));
}
