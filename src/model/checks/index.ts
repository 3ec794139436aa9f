// Run every check over a corpus and return all problems, sorted.
import type { Corpus } from '../corpus.ts';
import { buildGraph } from '../graph.ts';
import type { Graph } from '../graph.ts';
import { sortProblems } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { checkApproval } from './approval.ts';
import { checkBodyLinks } from './body-links.ts';
import { checkClassificationLinks, checkEvidenceClassification } from './classification-links.ts';
import { checkClauseRefs } from './clause-refs.ts';
import { checkContentPolicy } from './content-policy.ts';
import type { Check, CheckContext } from './context.ts';
import { checkDocumentRefs } from './document-refs.ts';
import { checkDuplicateIds } from './duplicate-ids.ts';
import { checkEvidenceFreshness } from './evidence-freshness.ts';
import { checkEvidenceLocation } from './evidence-location.ts';
import { checkExclusions } from './exclusions.ts';
import { checkIdPrefix } from './id-prefix.ts';
import { checkOrgRefs } from './org-refs.ts';
import { checkRestrictedMentions } from './restricted-mentions.ts';
import { checkReviewDates } from './review-dates.ts';
import { checkStrayFiles } from './stray-files.ts';
import { checkSupersedes } from './supersedes.ts';
import { checkWithdrawnRefs } from './withdrawn-refs.ts';

export type { CheckContext } from './context.ts';

export const CHECKS: readonly Check[] = [
  checkDuplicateIds,
  checkIdPrefix,
  checkClauseRefs,
  checkOrgRefs,
  checkDocumentRefs,
  checkExclusions,
  checkReviewDates,
  checkApproval,
  checkSupersedes,
  checkWithdrawnRefs,
  checkEvidenceFreshness,
  checkEvidenceLocation,
  checkBodyLinks,
  checkContentPolicy,
  checkClassificationLinks,
  checkEvidenceClassification,
  checkRestrictedMentions,
  checkStrayFiles,
];

export interface CheckOptions {
  readonly asOf: string;
  readonly contentDir?: string;
  readonly graph?: Graph;
}

/** The context every check runs with. */
export function checkContext(corpus: Corpus, options: CheckOptions): CheckContext {
  return {
    corpus,
    graph: options.graph ?? buildGraph(corpus),
    asOf: options.asOf,
    freshnessMonths: corpus.org?.data.coverage.freshness_months ?? 12,
    contentDir: options.contentDir ?? 'content',
  };
}

/** Load problems plus every check's problems, sorted by file, line, column and code. */
export function runChecks(corpus: Corpus, options: CheckOptions): Problem[] {
  const ctx = checkContext(corpus, options);
  return sortProblems([...corpus.loadProblems, ...CHECKS.flatMap((check) => check(ctx))]);
}
