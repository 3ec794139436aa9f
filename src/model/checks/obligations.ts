// CB911-CB912: recurring obligations. An occurrence whose period and grace ended without a record of its
// form is missed; a recurrence rule must parse. The form must exist (CB106).
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { obligationRuns, ruleProblem } from '../obligations.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

export function checkObligations({ corpus, graph, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of validDocs(corpus)) {
    if (doc.type !== 'sop' && doc.type !== 'template' && doc.type !== 'policy') continue;
    doc.data.obligations.forEach((ob, i) => {
      const why = ruleProblem(ob);
      if (why) problems.push(problem('CB912', locate(doc.source, ['obligations', i, 'rrule']), { id: doc.id, obligation: ob.id, rrule: ob.rrule, why }));
      if (!graph.docIds.has(ob.form)) problems.push(problem('CB106', locate(doc.source, ['obligations', i, 'form']), { kind: 'unknown', id: ob.form, field: 'obligations', guess: suggest(ob.form, graph.docIds) }));
    });
  }
  for (const run of obligationRuns(corpus, graph, asOf)) {
    for (const o of run.occurrences) {
      if (o.state !== 'missed') continue;
      problems.push(problem('CB911', locate(run.doc.source, ['obligations', run.index]), { id: run.doc.id, obligation: run.obligation.id, title: run.obligation.title, relationship: run.relationship, from: o.from, to: o.to, deadline: o.deadline, form: run.obligation.form }));
    }
  }
  return problems;
}
