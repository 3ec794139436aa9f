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
    problems.push(
      problem(
        'CB103',
        locate(doc.source, ['id']),
        `id "${doc.id}" does not fit a ${doc.type} in ${type.folder}/; expected the form "${type.example}"`,
        `Files in content/${type.folder}/ are ${doc.type} documents with ids like ${type.example}; fix the id or move the file to the folder of its type.`,
      ),
    );
  }
  return problems;
}
