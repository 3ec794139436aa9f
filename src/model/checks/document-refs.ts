// CB106, CB107, CB108: references to documents or evidence that do not exist, or are of the wrong type.
import type { DocType } from '../../schema/index.ts';
import type { YamlSource } from '../corpus.ts';
import { validDocs, validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import { relationshipRecords } from '../relationships.ts';
import type { CheckContext } from './context.ts';

export function checkDocumentRefs({ corpus, graph, broken }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const checkDoc = (id: string, source: YamlSource, path: PropertyKey[], types?: readonly DocType[]) => {
    if (!graph.docIds.has(id) && broken.has(id)) {
      problems.push({ ...problem('CB106', locate(source, path), { kind: 'broken', id, file: broken.get(id)! }), followsFrom: broken.get(id)! });
      return;
    }
    if (!graph.docIds.has(id)) {
      problems.push(problem('CB106', locate(source, path), { kind: 'unknown', id, field: String(path[0]), guess: suggest(id, graph.docIds) }));
      return;
    }
    const target = graph.docs.get(id);
    if (types && target && !types.includes(target.type)) {
      problems.push(problem('CB108', locate(source, path), { id, type: target.type, field: String(path[0]), expected: types }));
    }
  };
  for (const doc of validDocs(corpus)) {
    doc.data.related.forEach((id, i) => checkDoc(id, doc.source, ['related', i]));
    doc.data.supersedes.forEach((id, i) => checkDoc(id, doc.source, ['supersedes', i], [doc.type]));
    if (doc.type === 'sop') doc.data.templates.forEach((id, i) => checkDoc(id, doc.source, ['templates', i], ['template']));
    const checkEvidence = (id: string, path: PropertyKey[]) => {
      if (!graph.evidenceIds.has(id)) problems.push(problem('CB107', locate(doc.source, path), { id, guess: suggest(id, graph.evidenceIds) }));
    };
    if (doc.type === 'case') doc.data.evidence.forEach((id, i) => checkEvidence(id, ['evidence', i]));
    if (doc.type === 'relationship') for (const { id, path } of relationshipRecords(doc.data)) checkEvidence(id, path);
  }
  const glossary = corpus.glossary;
  glossary?.data.terms.forEach((term, i) => term.related.forEach((id, j) => checkDoc(id, glossary.source, ['terms', i, 'related', j])));
  for (const record of validEvidence(corpus)) checkDoc(record.data.produced_by, record.source, ['produced_by'], ['sop', 'template', 'policy']);
  return problems;
}
