// CB203: an approved document that says nothing of who approved it or from when it applies.
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkApproval({ corpus }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of validDocs(corpus)) {
    if (doc.data.status !== 'approved') continue;
    if (doc.data.approvers.length === 0) {
      problems.push(problem('CB203', locate(doc.source, ['status']), { id: doc.id, missing: 'approvers' }));
    }
    if (!doc.data.effective) {
      problems.push(problem('CB203', locate(doc.source, ['status']), { id: doc.id, missing: 'effective' }));
    }
  }
  return problems;
}
