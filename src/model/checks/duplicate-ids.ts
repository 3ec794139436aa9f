// CB102: two documents, or two evidence records, claim the same id.
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkDuplicateIds({ corpus }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const items = [
    ...corpus.documents.map((d) => ({ id: d.id, file: d.file, source: d.source })),
    ...corpus.evidence.map((e) => ({ id: e.id, file: e.file, source: e.source })),
  ];
  for (const item of items) {
    if (!item.id) continue;
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, item.file);
      continue;
    }
    problems.push(problem('CB102', locate(item.source, ['id']), { id: item.id, first }));
  }
  return problems;
}
