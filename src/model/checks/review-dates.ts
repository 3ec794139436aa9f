// CB201 (review overdue) and CB202 (review date not after the effective date).
import { validDocs } from '../corpus.ts';
import { daysBetween } from '../dates.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import { isReviewOverdue } from '../states.ts';
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
    if (reviewBy && isReviewOverdue(doc.data, asOf)) {
      problems.push(problem('CB201', locate(doc.source, ['review_by']), { reviewBy, days: daysBetween(reviewBy, asOf), asOf }, buildsPublishing(doc.data.classification)));
    }
  }
  return problems;
}
