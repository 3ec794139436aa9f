// Reviews due: approved documents past or near their review date, soonest first.
import { isReviewOverdue } from './graph.ts';
import type { ValidDoc } from './corpus.ts';
import { addDays, daysBetween } from './dates.ts';

export interface DueReview {
  readonly doc: ValidDoc;
  readonly overdue: boolean;
  /** Days from the as-of date to the review date (negative when overdue). */
  readonly days: number;
}

/** Approved documents whose `review_by` is before `asOf + withinDays`. */
export function reviewsDue(docs: readonly ValidDoc[], asOf: string, withinDays: number): DueReview[] {
  const horizon = addDays(asOf, withinDays);
  return docs
    .filter((d) => d.data.status === 'approved' && d.data.review_by !== undefined && d.data.review_by <= horizon)
    .map((doc) => ({ doc, overdue: isReviewOverdue(doc.data, asOf), days: daysBetween(asOf, doc.data.review_by!) }))
    .sort((a, b) => a.days - b.days || a.doc.id.localeCompare(b.doc.id));
}
