// CB201 (review overdue), CB202 (review date not after the effective date) and CB212 (review date later
// than the document's own `review_every` allows).
import { validDocs } from '../corpus.ts';
import { daysBetween } from '../dates.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import { isReviewOverdue, reviewCadence, reviewDue } from '../states.ts';
import { buildsPublishing } from '../profile.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';


export function checkReviewDates({ corpus, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of validDocs(corpus)) {
    const { effective, review_by: reviewBy } = doc.data;
    if (effective && reviewBy && reviewBy <= effective) {
      problems.push(problem('CB202', locate(doc.source, ['review_by']), { reviewBy, effective }));
    }
    const due = reviewDue(doc.data);
    if (due && isReviewOverdue(doc.data, asOf)) {
      problems.push(problem('CB201', locate(doc.source, [reviewBy ? 'review_by' : 'review_every']), { reviewBy: due, days: daysBetween(due, asOf), asOf }, buildsPublishing(doc.data.classification)));
    }
    // A stated review date later than the document's own cadence allows.
    const cadence = reviewCadence(doc.data);
    if (reviewBy && cadence && reviewBy > cadence.latest) {
      problems.push(problem('CB212', locate(doc.source, ['review_by']), { reviewBy, every: doc.data.review_every!, ...cadence }));
    }
  }
  return problems;
}
