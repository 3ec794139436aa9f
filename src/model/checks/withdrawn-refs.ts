// CB206: an approved document points at a retired or superseded one.
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import { buildsPublishing } from '../profile.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkWithdrawnRefs({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of validDocs(corpus)) {
    if (doc.data.status !== 'approved') continue;
    const refs: [string, PropertyKey[]][] = doc.data.related.map((id, i) => [id, ['related', i]]);
    if (doc.type === 'sop') doc.data.templates.forEach((id, i) => refs.push([id, ['templates', i]]));
    for (const [id, path] of refs) {
      const target = graph.docs.get(id);
      if (!target || (target.data.status !== 'retired' && target.data.status !== 'superseded')) continue;
      const successor = [...graph.docs.values()].find((d) => d.data.supersedes.includes(id));
      problems.push(problem('CB206', locate(doc.source, path), { id: doc.id, target: id, status: target.data.status, successor: successor?.id }, buildsPublishing(doc.data.classification)));
    }
  }
  return problems;
}
