// CB304: a document points (by `related`, `supersedes`, `templates`, `evidence` or a body link) at a
// document or record that readers of its classification may not see.
// CB305: an evidence record is classified below the records of the document that produced it.
import { CLASSIFICATION_RANK } from '../../schema/index.ts';
import type { Classification } from '../../schema/index.ts';
import type { Problem, ProblemArgs } from '../problem.ts';
import { problem } from '../problem.ts';
import { recordsClassification, validDocs, validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { relationshipRecords } from '../relationships.ts';
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
    const report = (id: string, place: () => { file: string; line: number; column: number }, via: ProblemArgs<'CB304'>['via']) => {
      const target = classificationOf(id);
      if (seen.has(id)) return;
      seen.add(id);
      if (!target || CLASSIFICATION_RANK[target] <= rank) return;
      const builds = buildsWithholding(doc.data.classification, target);
      problems.push(problem('CB304', place(), { classification: doc.data.classification, id: doc.id, via, targetClassification: target, target: id, builds }, builds));
    };
    const listed = (field: Exclude<ProblemArgs<'CB304'>['via'], 'link'>, ids: readonly string[]) => ids.forEach((id, i) => report(id, () => locate(doc.source, [field, i]), field));
    listed('related', doc.data.related);
    listed('supersedes', doc.data.supersedes);
    if (doc.type === 'sop') listed('templates', doc.data.templates);
    if (doc.type === 'case') listed('evidence', doc.data.evidence);
    if (doc.type === 'relationship') for (const { id, path } of relationshipRecords(doc.data)) report(id, () => locate(doc.source, path), 'evidence');
    for (const link of doc.body.links) {
      const id = linkedId(link.url) ?? byPath.get(normalisedPath(link.url) ?? '');
      if (id) report(id, () => ({ file: doc.file, line: link.line, column: link.column }), 'link');
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
    const byTemplate = producer.type === 'template' && producer.data.records_classification !== undefined;
    problems.push(problem('CB305', locate(record.source, ['classification']), { id: record.id, classification: record.data.classification, producer: producer.id, floor, byTemplate }));
  }
  return problems;
}
