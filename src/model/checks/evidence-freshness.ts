// CB207 (evidence older than the freshness window) and CB208 (evidence dated after the as-of date).
import { validEvidence } from '../corpus.ts';
import { addMonths } from '../dates.ts';
import { evidenceFreshness } from '../freshness.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import { buildsPublishing } from '../profile.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkEvidenceFreshness({ corpus, asOf, freshnessMonths }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const oldest = addMonths(asOf, -freshnessMonths);
  for (const record of validEvidence(corpus)) {
    const { date } = record.data;
    // The one freshness rule (src/model/freshness.ts); "due soon" is not a problem, only stale and future.
    const freshness = evidenceFreshness(date, asOf, freshnessMonths, 0);
    if (freshness === 'future') {
      problems.push(problem('CB208', locate(record.source, ['date']), { id: record.id, date, asOf }, buildsPublishing(record.data.classification)));
    } else if (freshness === 'stale') {
      problems.push(problem('CB207', locate(record.source, ['date']), { id: record.id, date, months: freshnessMonths, oldest, clauses: record.data.clauses }, buildsPublishing(record.data.classification)));
    }
  }
  return problems;
}
