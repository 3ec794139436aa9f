// Run every check over a corpus and return all problems, sorted.
import type { Corpus } from '../corpus.ts';
import { buildGraph } from '../graph.ts';
import type { Graph } from '../graph.ts';
import { followOnNote, sortProblems } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { checkApproval } from './approval.ts';
import { checkBodyLinks } from './body-links.ts';
import { checkClassificationLinks, checkEvidenceClassification } from './classification-links.ts';
import { checkClauseRefs } from './clause-refs.ts';
import { checkCodeownersCurrent } from './codeowners-current.ts';
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
import { checkHistory } from './history.ts';
import { checkRelationships } from './relationships.ts';
import { checkFindings } from './findings.ts';
import { checkObjectives } from './objectives.ts';
import { checkObligations } from './obligations.ts';
import { checkRisks } from './risks.ts'; // risk register
// Competence register
import { checkCompetence } from './competence.ts';
import { checkProcess } from './process.ts';
import { applyTransitions } from './transitions.ts';
import { checkReviewDates } from './review-dates.ts';
import { checkRules } from './rules.ts';
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
  checkCodeownersCurrent,
  checkRules,
  checkHistory,
  checkProcess,
  checkRelationships,
  checkFindings,
  checkObjectives,
  checkObligations,
  checkRisks, // risk register
  // Competence register
  checkCompetence,
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
    broken: brokenIds(corpus),
  };
}

/** `id: POL-008` read from the text of documents whose frontmatter YAML does not parse. */
function brokenIds(corpus: Corpus): Map<string, string> {
  const broken = new Map<string, string>();
  for (const doc of corpus.documents) {
    if (doc.id !== undefined) continue;
    const id = /^id:[ \t]*["']?([A-Za-z]+-[\w-]+)["']?[ \t]*$/m.exec(doc.source.text || doc.text)?.[1];
    if (id) broken.set(id, doc.file);
  }
  return broken;
}

/**
 * A follow-on problem (it only repeats that a broken file is broken) is left out; the broken file's
 * first error says how many there were, so one mistake reads as one mistake.
 */
function foldFollowOns(problems: readonly Problem[]): Problem[] {
  const caused = new Map<string, number>();
  for (const p of problems) if (p.followsFrom) caused.set(p.followsFrom, (caused.get(p.followsFrom) ?? 0) + 1);
  const kept = problems.filter((p) => !p.followsFrom);
  return kept.map((p) => {
    const n = caused.get(p.file);
    if (!n || p.severity !== 'error') return p;
    caused.delete(p.file);
    return { ...p, message: `${p.message} ${followOnNote(n)}` };
  });
}

/** Load problems plus every check's problems, sorted by file, line, column and code. */
export function runChecks(corpus: Corpus, options: CheckOptions): Problem[] {
  const ctx = checkContext(corpus, options);
  return foldFollowOns(sortProblems(applyTransitions([...corpus.loadProblems, ...CHECKS.flatMap((check) => check(ctx))], corpus, options.asOf)));
}
