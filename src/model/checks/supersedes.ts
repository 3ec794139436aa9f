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
        problems.push(problem('CB204', locate(doc.source, ['supersedes', i]), { id: doc.id, target: id, status: target.data.status, file: target.file }));
      }
    });
  }
  // Every cycle through any `supersedes` entry, found by a depth-first walk; each is reported once,
  // on the document of the cycle whose id sorts first, at its entry that continues the cycle.
  const reported = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const walk = (id: string) => {
    const at = path.indexOf(id);
    if (at >= 0) {
      const cycle = path.slice(at);
      const key = [...cycle].sort().join(',');
      if (reported.has(key)) return;
      reported.add(key);
      const first = [...cycle].sort()[0]!;
      const start = cycle.indexOf(first);
      const ordered = [...cycle.slice(start), ...cycle.slice(0, start), first];
      const doc = graph.docs.get(first)!;
      const entry = doc.data.supersedes.indexOf(ordered[1]!);
      problems.push(problem('CB205', locate(doc.source, ['supersedes', entry]), { cycle: ordered }));
      return;
    }
    if (done.has(id)) return;
    const doc = graph.docs.get(id);
    if (!doc) return;
    path.push(id);
    for (const next of doc.data.supersedes) walk(next);
    path.pop();
    done.add(id);
  };
  for (const doc of [...docs].sort((a, b) => (a.id! < b.id! ? -1 : 1))) walk(doc.id!);
  return problems;
}
