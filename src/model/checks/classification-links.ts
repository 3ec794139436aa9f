// CB304: a document points (by link or `related`) at one readers of its classification may not see.
import { CLASSIFICATION_RANK } from '../../schema/index.ts';
import type { Problem } from '../problem.ts';
import { problem } from '../problem.ts';
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import type { CheckContext } from './context.ts';

const ID_LINK = /^\/id\/([^/#?]+)/;

export function checkClassificationLinks({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of validDocs(corpus)) {
    const rank = CLASSIFICATION_RANK[doc.data.classification];
    // One warning per target: the first reference names the pair, repeats add nothing.
    const seen = new Set<string>();
    const report = (id: string, place: () => { file: string; line: number; column: number }, how: string) => {
      const target = graph.docs.get(id);
      if (seen.has(id)) return;
      seen.add(id);
      if (!target || CLASSIFICATION_RANK[target.data.classification] <= rank) return;
      problems.push(problem('CB304', place(), `${doc.data.classification} ${doc.id} ${how} ${target.data.classification} ${id}`, `Readers of a ${doc.data.classification} build will see only the id; remove the reference or align the classifications.`));
    };
    doc.data.related.forEach((id, i) => report(id, () => locate(doc.source, ['related', i]), 'lists as related the'));
    for (const link of doc.body.links) {
      const match = ID_LINK.exec(link.url);
      if (match) report(match[1]!, () => ({ file: doc.file, line: link.line, column: link.column }), 'links to the');
    }
  }
  return problems;
}
