// CB209-CB211: a history that could have happened. An approved text cites nothing made after its
// version; a procedure takes effect no earlier than the forms it requires; a record is made by a
// procedure or form that existed and still applied on its date.
import { validDocs } from '../corpus.ts';
import type { ValidDoc } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { linkedId } from '../routes.ts';
import { firstIssued, versionDate, withdrawnOn } from '../states.ts';
import type { CheckContext } from './context.ts';

export function checkHistory({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const docs = validDocs(corpus);
  for (const doc of docs) {
    if (doc.data.status !== 'approved') continue;
    const since = versionDate(doc);
    if (since) problems.push(...laterCitations(doc, since, graph));
    if (doc.type === 'sop' && doc.data.effective) {
      doc.data.templates.forEach((id, i) => {
        const template = graph.docs.get(id);
        const issued = template && firstIssued(template);
        if (!issued || issued <= doc.data.effective!) return;
        problems.push(problem('CB210', locate(doc.source, ['templates', i]), { id: doc.id, effective: doc.data.effective!, template: id, issued }));
      });
    }
  }
  // Each producer's dates once: records are many, producers few (a superseded one looks through every document).
  const dates = new Map<string, { issued: string | undefined; withdrawn: string | undefined }>();
  const datesOf = (producer: ValidDoc) => {
    let d = dates.get(producer.id);
    if (!d) dates.set(producer.id, (d = { issued: firstIssued(producer), withdrawn: withdrawnOn(producer, docs) }));
    return d;
  };
  for (const record of graph.evidence.values()) {
    const producer = graph.docs.get(record.data.produced_by);
    if (!producer) continue;
    const { issued, withdrawn } = datesOf(producer);
    const at = () => locate(record.source, ['date']);
    if (issued && record.data.date < issued) problems.push(problem('CB211', at(), { kind: 'before', id: record.id, date: record.data.date, producer: producer.id, when: issued }));
    else if (withdrawn && record.data.date > withdrawn) problems.push(problem('CB211', at(), { kind: 'after', id: record.id, date: record.data.date, producer: producer.id, when: withdrawn, status: producer.data.status }));
  }
  return problems;
}

/** CB209: records and cases an approved document cites (fields and links) that are dated after its version. */
function laterCitations(doc: ValidDoc, since: string, graph: CheckContext['graph']): Problem[] {
  const out: Problem[] = [];
  // The place is found (by re-reading the YAML) only for a citation that is reported.
  const report = (id: string, place: () => { file: string; line: number; column: number }) => {
    const record = graph.evidence.get(id);
    const cited = record ? record.data.date : undefined;
    const target = record ? undefined : graph.docs.get(id);
    const date = cited ?? (target?.type === 'case' ? firstIssued(target) : undefined);
    if (date && date > since) out.push(problem('CB209', place(), { id: doc.id, version: doc.data.version, since, cited: id, date }));
  };
  if ('evidence' in doc.data) doc.data.evidence.forEach((id, i) => report(id, () => locate(doc.source, ['evidence', i])));
  doc.data.related.forEach((id, i) => report(id, () => locate(doc.source, ['related', i])));
  for (const link of doc.body.links) {
    const id = linkedId(link.url);
    if (id) report(id, () => ({ file: doc.file, line: link.line, column: link.column }));
  }
  return out;
}
