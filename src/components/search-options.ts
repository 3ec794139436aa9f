// Search settings shared by the search page and the search regression test, so the test ranks as readers see.

/**
 * Pagefind ranking. Chinese terms that the segmenter splits into single characters (内审 → 内 + 审)
 * prefix-match every word starting with those characters; favouring close matches (termSimilarity)
 * and damping the bonus short pages get (pageLength, so two-line evidence records do not outrank the
 * procedure) fixes 审批 and 内审 in test/search-queries.yaml; 4 (not 3) since the registers added many pages that
 * mention 内审 in passing. Defaults: termSimilarity 1, pageLength 0.75.
 */
export const SEARCH_RANKING = { termSimilarity: 4, pageLength: 0.3 } as const;

/** Excerpt length in Pagefind's words: a Chinese character counts as one, so the default 30 cut excerpts mid-phrase. */
export const SEARCH_EXCERPT_LENGTH = 60;

/** A query that is a document or evidence id, in any case, with or without the hyphen: `sop004`, `EV-2026-023`. */
export const ID_QUERY = /^\s*(POL|SOP|TPL|CASE|EV)[-\s]?((?:\d{4}-)?\d{3,})\s*$/i;

/** Where an id query jumps to: the stable /id/ route of a document, or the evidence record. */
export function idQueryTarget(query: string): { id: string; href: string } | undefined {
  const match = ID_QUERY.exec(query);
  if (!match) return undefined;
  const id = `${match[1]!.toUpperCase()}-${match[2]}`;
  return { id, href: id.startsWith('EV-') ? `/evidence/${id}/` : `/id/${id}/` };
}
