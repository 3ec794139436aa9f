// CB306: a document's text names (by exact title) a document or evidence record of a higher
// classification. A build of the lower profile withholds the target but would still print its title.
import { CLASSIFICATION_RANK } from '../../schema/index.ts';
import type { Classification } from '../../schema/index.ts';
import type { Problem } from '../problem.ts';
import { problem } from '../problem.ts';
import { validDocs } from '../corpus.ts';
import type { CheckContext } from './context.ts';

/** Shorter titles are ordinary words (会议纪要); naming them reveals nothing. */
export const MIN_TITLE_LENGTH = 6;

interface Named { readonly id: string; readonly title: string; readonly classification: Classification }

/**
 * Whether the title at `at` is (part of) the text of a link to that same item, `[《title》](/id/ID/)`:
 * a lower build replaces such a link, text and all, with the bare id (remark-withheld).
 */
function isTextOfLinkTo(text: string, at: number, target: Named): boolean {
  const open = text.lastIndexOf('[', at);
  if (open < 0 || text.lastIndexOf(']', at) > open || text.lastIndexOf('\n', at) > open) return false;
  const close = text.indexOf('](', at + target.title.length);
  if (close < 0 || text.slice(at, close).includes('\n') || text.slice(at + target.title.length, close).includes('[')) return false;
  const route = target.id.startsWith('EV-') ? 'evidence' : 'id';
  return text.startsWith(`](/${route}/${target.id}/`, close) || text.startsWith(`](/${route}/${target.id})`, close);
}

export function checkRestrictedMentions({ corpus, graph }: CheckContext): Problem[] {
  const named: Named[] = [
    ...[...graph.docs.values()].map((d) => ({ id: d.id, title: d.data.title, classification: d.data.classification })),
    ...[...graph.evidence.values()].map((e) => ({ id: e.id, title: e.data.title, classification: e.data.classification })),
  ].filter((n) => [...n.title].length >= MIN_TITLE_LENGTH && CLASSIFICATION_RANK[n.classification] > 0);
  if (named.length === 0) return [];
  // Titles by their first two characters: one pass over each text finds every candidate.
  const byPrefix = new Map<string, Named[]>();
  for (const n of named) byPrefix.set(n.title.slice(0, 2), [...(byPrefix.get(n.title.slice(0, 2)) ?? []), n]);

  const problems: Problem[] = [];
  for (const doc of validDocs(corpus)) {
    const rank = CLASSIFICATION_RANK[doc.data.classification];
    const text = doc.text;
    const seen = new Set<string>();
    for (let i = 0; i < text.length - 1; i++) {
      const candidates = byPrefix.get(text.slice(i, i + 2));
      if (!candidates) continue;
      for (const n of candidates) {
        if (seen.has(n.id) || n.id === doc.id || CLASSIFICATION_RANK[n.classification] <= rank || !text.startsWith(n.title, i)) continue;
        if (isTextOfLinkTo(text, i, n)) continue;
        seen.add(n.id);
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        const column = i - before.lastIndexOf('\n');
        problems.push(problem('CB306', { file: doc.file, line, column }, `${doc.data.classification} ${doc.id} names the ${n.classification} ${n.id} "${n.title}"`, `A ${doc.data.classification} build withholds ${n.id} but would print its title here; refer to it by id only, or align the classifications.`));
      }
    }
  }
  return problems;
}
