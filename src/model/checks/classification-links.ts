// CB304: a document points (by `related`, `supersedes`, `templates`, `evidence` or a body link) at a
// document or record that readers of its classification may not see.
// CB305: an evidence record is classified below the records of the document that produced it.
import { CLASSIFICATION_RANK } from '../../schema/index.ts';
import type { Classification } from '../../schema/index.ts';
import type { Problem } from '../problem.ts';
import { problem } from '../problem.ts';
import { recordsClassification, validDocs, validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { buildsWithholding } from '../profile.ts';
import { docPath, linkedId, normalisedPath } from '../routes.ts';
import type { CheckContext } from './context.ts';


export function checkClassificationLinks({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  // A link by the document's path (`/sops/x/`) names it as surely as one by id.
  const byPath = new Map<string, string>();
  for (const doc of validDocs(corpus)) byPath.set(docPath(doc.type, doc.file), doc.id);
  const classificationOf = (id: string): Classification | undefined => graph.docs.get(id)?.data.classification ?? graph.evidence.get(id)?.data.classification;
  for (const doc of validDocs(corpus)) {
    const rank = CLASSIFICATION_RANK[doc.data.classification];
    // One warning per target: the first reference names the pair, repeats add nothing.
    const seen = new Set<string>();
    const report = (id: string, place: () => { file: string; line: number; column: number }, how: string) => {
      const target = classificationOf(id);
      if (seen.has(id)) return;
      seen.add(id);
      if (!target || CLASSIFICATION_RANK[target] <= rank) return;
      const builds = buildsWithholding(doc.data.classification, target);
      problems.push(problem('CB304', place(), `${doc.data.classification} ${doc.id} ${how} ${target} ${id}`, `Readers of the ${builds.join(' and ')} build${builds.length === 1 ? '' : 's'} will see only the id; remove the reference or align the classifications.`, builds));
    };
    const listed = (field: string, ids: readonly string[], how: string) => ids.forEach((id, i) => report(id, () => locate(doc.source, [field, i]), how));
    listed('related', doc.data.related, 'lists as related the');
    listed('supersedes', doc.data.supersedes, 'supersedes the');
    if (doc.type === 'sop') listed('templates', doc.data.templates, 'uses the form of the');
    if (doc.type === 'case') listed('evidence', doc.data.evidence, 'cites as evidence the');
    for (const link of doc.body.links) {
      const id = linkedId(link.url) ?? byPath.get(normalisedPath(link.url) ?? '');
      if (id) report(id, () => ({ file: doc.file, line: link.line, column: link.column }), 'links to the');
    }
  }
  return problems;
}

export function checkEvidenceClassification({ corpus, graph }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const record of validEvidence(corpus)) {
    if (!record.data.classificationStated) continue;
    const producer = graph.docs.get(record.data.produced_by);
    if (!producer) continue;
    const floor = recordsClassification(producer);
    if (CLASSIFICATION_RANK[record.data.classification] >= CLASSIFICATION_RANK[floor]) continue;
    const why = producer.type === 'template' && producer.data.records_classification ? `records of ${producer.id} are ${floor}` : `${producer.id} is ${floor}`;
    problems.push(problem('CB305', locate(record.source, ['classification']), `${record.id} is ${record.data.classification}, but ${why}`, `Classify ${record.id} as ${floor} or higher, or leave classification out so it follows ${producer.id}.`));
  }
  return problems;
}
