// CB103: a document's id does not have the prefix and shape of its folder's type.
import { DOC_TYPES } from '../../schema/index.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkIdPrefix({ corpus }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of corpus.documents) {
    if (!doc.id) continue;
    const type = DOC_TYPES[doc.type];
    if (type.idPattern.test(doc.id)) continue;
    problems.push(problem('CB103', locate(doc.source, ['id']), { id: doc.id, type: doc.type, folder: type.folder, example: type.example }));
  }
  return problems;
}
