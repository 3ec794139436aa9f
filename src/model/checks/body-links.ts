// CB302 (internal link to nothing) and CB303 (anchor to a heading that does not exist).
import type { Doc } from '../corpus.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { STATIC_ROUTES } from '../routes.ts';
import { didYouMean } from '../suggest.ts';
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
        checkAnchor(doc, url.slice(1), place, problems, 'this document');
      } else if (idMatch) {
        const target = byId.get(idMatch[1]!);
        const brokenFile = broken.get(idMatch[1]!);
        if (!target && brokenFile) {
          problems.push({ ...problem('CB302', place, `link to "${idMatch[1]}" in ${brokenFile}, which does not parse`), followsFrom: brokenFile });
        } else if (!target) {
          problems.push(problem('CB302', place, `link to unknown document "${idMatch[1]}"${didYouMean(idMatch[1]!, byId.keys())}`, 'Link documents as `/id/<ID>/` with an id that exists.'));
        } else if (idMatch[2] !== undefined) {
          checkAnchor(target, idMatch[2], place, problems, target.id!);
        }
      } else if (EVIDENCE_LINK.test(url)) {
        const id = EVIDENCE_LINK.exec(url)![1]!;
        if (!graph.evidenceIds.has(id)) {
          problems.push(problem('CB302', place, `link to unknown evidence record "${id}"${didYouMean(id, graph.evidenceIds)}`, 'Evidence ids come from content/evidence/*.yaml.'));
        }
      } else if (url.startsWith('/')) {
        const bare = url.replace(/[?#].*$/, '');
        if (!STATIC_ROUTES.includes(bare) && !STATIC_ROUTES.includes(`${bare}/`)) {
          problems.push(problem('CB302', place, `link to "${link.url}", which is no page of the site`, 'Link documents as `/id/<ID>/` so links survive renamed files.'));
        }
      } else {
        problems.push(problem('CB302', place, `relative link "${link.url}" will not resolve on the site`, 'Link documents as `/id/<ID>/` (e.g. `/id/SOP-004/`) and evidence as `/evidence/<ID>/`.'));
      }
    }
  }
  return problems;
}

function checkAnchor(doc: Doc, anchor: string, place: { file: string; line: number; column: number }, problems: Problem[], where: string): void {
  const slugs = doc.body.headings.map((h) => h.slug);
  if (slugs.includes(anchor)) return;
  problems.push(problem('CB303', place, `no heading with anchor "#${anchor}" in ${where}${didYouMean(anchor, slugs)}`, slugs.length ? `Anchors there: ${slugs.slice(0, 8).map((s) => `#${s}`).join(', ')}${slugs.length > 8 ? ', …' : ''}.` : 'The target has no headings; link the document without an anchor.'));
}

function decodeSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
