// CB911-CB915: recurring obligations. An occurrence whose period and grace ended without a record of its
// form is missed; one whose record does not meet the success criteria is not met, unless a finding records
// it; a record without values cannot show success; a recurrence rule must parse, criteria name fields of
// the form, and the form must exist (CB106); a record's `fulfils` names an obligation that exists (CB916).
import { validDocs } from '../corpus.ts';
import { locate } from '../locate.ts';
import { criterionText, formFields, obligationRuns, onRecord, ruleProblem } from '../obligations.ts';
import { findingAnswers } from '../findings.ts';
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
      else {
        const fields = formFields(ob, graph);
        ob.success.forEach((c, j) => {
          if (!fields?.has(c.field)) problems.push(problem('CB915', locate(doc.source, ['obligations', i, 'success', j, 'field']), { id: doc.id, obligation: ob.id, field: c.field, form: ob.form, fields: fields && [...fields] }));
        });
      }
    });
  }
  // A record that says which obligation it fulfils names one that exists.
  const known = new Set(validDocs(corpus).flatMap((d) => ('obligations' in d.data ? d.data.obligations.map((o) => `${d.id}#${o.id}`) : [])));
  for (const record of graph.evidence.values()) {
    const named = record.data.fulfils;
    if (named && !known.has(named)) problems.push(problem('CB916', locate(record.source, ['fulfils']), { record: record.id, obligation: named, guess: suggest(named, known) }));
  }
  // Records a finding was raised on: their failed occurrence is on record.
  const answers = findingAnswers(corpus, asOf);
  for (const run of obligationRuns(corpus, graph, asOf)) {
    const at = locate(run.doc.source, ['obligations', run.index]);
    const base = { id: run.doc.id, obligation: run.obligation.id };
    for (const o of run.occurrences) {
      if (o.state === 'failed' && !onRecord(run, o, answers)) {
        problems.push(problem('CB913', at, { ...base, from: o.from, to: o.to, title: run.obligation.title, relationship: run.relationship, record: o.record!, unmet: o.unmet!.map((u) => ({ criterion: criterionText(u.criterion), found: u.found === undefined ? 'nothing' : JSON.stringify(u.found) })) }));
      }
      if (o.unverifiable) problems.push(problem('CB914', at, { ...base, from: o.from, to: o.to, record: o.record!, fields: [...new Set(run.obligation.success.map((c) => c.field))] }));
      // A miss a finding records is answered: the findings register follows it.
      if (o.state !== 'missed' || onRecord(run, o, answers)) continue;
      problems.push(problem('CB911', locate(run.doc.source, ['obligations', run.index]), { id: run.doc.id, obligation: run.obligation.id, title: run.obligation.title, relationship: run.relationship, from: o.from, to: o.to, deadline: o.deadline, form: run.obligation.form }));
    }
  }
  return problems;
}
