// CB109: an exclusion that names a heading or informative clause, or the same clause twice.
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkExclusions({ corpus, graph }: CheckContext): Problem[] {
  const applicability = corpus.applicability;
  if (!applicability) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  applicability.data.exclusions.forEach((exclusion, i) => {
    const place = locate(applicability.source, ['exclusions', i, 'clause']);
    const clause = graph.clauses.get(exclusion.clause);
    if (seen.has(exclusion.clause)) {
      problems.push(problem('CB109', place, { kind: 'twice', clause: exclusion.clause }));
    } else if (clause && clause.kind !== 'requirement') {
      problems.push(problem('CB109', place, { kind: 'not-requirement', clause: exclusion.clause, clauseKind: clause.kind }));
    }
    seen.add(exclusion.clause);
  });
  return problems;
}
