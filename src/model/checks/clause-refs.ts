// CB104: a clause reference names no clause of a loaded standard.
import type { YamlSource } from '../corpus.ts';
import { validDocs, validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

export function checkClauseRefs({ corpus, graph }: CheckContext): Problem[] {
  if (!graph.hasStandards) return [];
  const problems: Problem[] = [];
  const check = (ref: string, source: YamlSource, path: PropertyKey[]) => {
    if (graph.clauses.has(ref)) return;
    const [key, clause] = ref.split(':') as [string, string];
    const field = path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('').slice(1);
    if (!corpus.standards.has(key)) {
      const known = [...corpus.standards.keys()];
      problems.push(problem('CB104', locate(source, path), { kind: 'standard', key, field, known }));
      return;
    }
    const ids = corpus.standards.get(key)!.data.clauses.map((c) => c.id);
    problems.push(problem('CB104', locate(source, path), { kind: 'clause', ref, key, field, guess: suggest(clause, ids), clauses: ids }));
  };
  for (const doc of validDocs(corpus)) doc.data.clauses.forEach((ref, i) => check(ref, doc.source, ['clauses', i]));
  for (const record of validEvidence(corpus)) record.data.clauses.forEach((ref, i) => check(ref, record.source, ['clauses', i]));
  const applicability = corpus.applicability;
  if (applicability) applicability.data.exclusions.forEach((e, i) => check(e.clause, applicability.source, ['exclusions', i, 'clause']));
  return problems;
}
