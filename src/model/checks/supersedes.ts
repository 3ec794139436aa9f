// CB204 (replaced document not marked superseded) and CB205 (a supersedes chain that loops).
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import type { CheckContext } from './context.ts';

export function checkSupersedes({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const docs = validDocs(corpus);
  for (const doc of docs) {
    doc.data.supersedes.forEach((id, i) => {
      const target = graph.docs.get(id);
      if (target && target.data.status !== 'superseded' && doc.data.status === 'approved') {
        problems.push(problem('CB204', locate(doc.source, ['supersedes', i]), `${doc.id} supersedes ${id}, but ${id} has status "${target.data.status}"`, `Set \`status: superseded\` in ${target.file}.`));
      }
    });
  }
  // A cycle is reported once, on the document of the cycle that sorts first.
  const reported = new Set<string>();
  for (const doc of docs) {
    const chain = [doc.id];
    let current = doc;
    while (current.data.supersedes.length > 0) {
      const nextId = current.data.supersedes.find((id) => graph.docs.has(id));
      if (!nextId) break;
      if (nextId === doc.id) {
        const cycle = [...chain, nextId];
        const key = [...chain].sort().join(',');
        if (!reported.has(key) && [...chain].sort()[0] === doc.id) {
          problems.push(problem('CB205', locate(doc.source, ['supersedes']), `supersedes cycle: ${cycle.join(' → ')}`, 'Remove the entry that points back; a newer document supersedes an older one, never the reverse.'));
        }
        reported.add(key);
        break;
      }
      if (chain.includes(nextId)) break;
      chain.push(nextId);
      current = graph.docs.get(nextId)!;
    }
  }
  return problems;
}
