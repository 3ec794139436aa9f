// CB302 (internal link to nothing) and CB303 (anchor to a heading that does not exist).
import type { Doc } from '../corpus.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { STATIC_ROUTES } from '../routes.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

const ID_LINK = /^\/id\/([^/#?]+)\/?(?:#(.*))?$/;
const EVIDENCE_LINK = /^\/evidence\/([^/#?]+)\/?$/;

export function checkBodyLinks({ corpus, graph, broken }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Doc>();
  for (const doc of corpus.documents) if (doc.id && !byId.has(doc.id)) byId.set(doc.id, doc);
  for (const doc of corpus.documents) {
    for (const link of doc.body.links) {
      const place = { file: doc.file, line: link.line, column: link.column };
      const url = decodeSafe(link.url);
      const idMatch = ID_LINK.exec(url);
      if (url.startsWith('#')) {
        checkAnchor(doc, url.slice(1), place, problems);
      } else if (idMatch) {
        const target = byId.get(idMatch[1]!);
        const brokenFile = broken.get(idMatch[1]!);
        if (!target && brokenFile) {
          problems.push({ ...problem('CB302', place, { kind: 'broken', id: idMatch[1]!, file: brokenFile }), followsFrom: brokenFile });
        } else if (!target) {
          problems.push(problem('CB302', place, { kind: 'unknown-document', id: idMatch[1]!, guess: suggest(idMatch[1]!, byId.keys()) }));
        } else if (idMatch[2] !== undefined) {
          checkAnchor(target, idMatch[2], place, problems, target.id!);
        }
      } else if (EVIDENCE_LINK.test(url)) {
        const id = EVIDENCE_LINK.exec(url)![1]!;
        if (!graph.evidenceIds.has(id)) {
          problems.push(problem('CB302', place, { kind: 'unknown-evidence', id, guess: suggest(id, graph.evidenceIds) }));
        }
      } else if (url.startsWith('/')) {
        const bare = url.replace(/[?#].*$/, '');
        if (!STATIC_ROUTES.includes(bare) && !STATIC_ROUTES.includes(`${bare}/`)) {
          problems.push(problem('CB302', place, { kind: 'no-page', url: link.url }));
        }
      } else {
        problems.push(problem('CB302', place, { kind: 'relative', url: link.url }));
      }
    }
  }
  return problems;
}

/** CB303 unless `doc` has a heading with this anchor; `target` is its id when the link leaves its own document. */
function checkAnchor(doc: Doc, anchor: string, place: { file: string; line: number; column: number }, problems: Problem[], target?: string): void {
  const slugs = doc.body.headings.map((h) => h.slug);
  if (slugs.includes(anchor)) return;
  problems.push(problem('CB303', place, { anchor, target, guess: suggest(anchor, slugs), anchors: slugs }));
}

function decodeSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
