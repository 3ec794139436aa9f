// Reviews due: approved documents past or near their review date, soonest first.
import type { ValidDoc } from './corpus.ts';
import { reviewState } from './states.ts';
import type { ReviewState } from './states.ts';

export interface DueReview extends ReviewState {
  readonly doc: ValidDoc;
}

/** Approved documents whose review is overdue or falls within `REVIEW_HORIZON_DAYS` of `asOf`. */
export function reviewsDue(docs: readonly ValidDoc[], asOf: string): DueReview[] {
  return docs
    .flatMap((doc) => {
      const review = reviewState(doc.data, asOf);
      return review?.due ? [{ doc, ...review }] : [];
    })
    .sort((a, b) => a.days - b.days || a.doc.id.localeCompare(b.doc.id));
}
