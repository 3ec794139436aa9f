// CB306: a document's text, or an evidence record's title or summary, names (by exact title) a document
// or evidence record of a higher classification. A build of the lower profile withholds the target but would still print its title.
import { CLASSIFICATION_RANK } from '../../schema/index.ts';
import type { Classification } from '../../schema/index.ts';
import type { Problem } from '../problem.ts';
import { problem } from '../problem.ts';
import { validDocs, validEvidence } from '../corpus.ts';
import { locate } from '../locate.ts';
import { validFindings } from '../findings.ts';
import type { Place } from '../problem.ts';
import type { CheckContext } from './context.ts';
import { buildsWithholding } from '../profile.ts';

/** Shorter titles are ordinary words (会议纪要); naming them reveals nothing. */
export const MIN_TITLE_LENGTH = 6;
const KEY = MIN_TITLE_LENGTH;

/**
 * The titles' first KEY characters as bits of a table, by a rolling hash: a text is looked up in the map of
 * titles only where its next KEY characters may start one. A key, not a shorter prefix: the handbook's text
 * and its titles share their words, so three characters passed most places. 2^20 bits (128 KiB) stay in
 * the processor's cache; a collision only costs a look-up.
 */
const BITS = 1 << 20;
const P = 31;
/** P^(KEY-1): the weight of the character that leaves the window. */
const OUT = Array.from({ length: KEY - 1 }).reduce<number>((w) => Math.imul(w, P), 1);
const slot = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> 12;
/** The hash of text[at, at + KEY). */
function keyHash(text: string, at: number): number {
  let hash = 0;
  for (let k = 0; k < KEY; k++) hash = (Math.imul(hash, P) + text.charCodeAt(at + k)) | 0;
  return hash;
}

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
  // For each reader rank, the titles above it by their first KEY characters: one pass over a text
  // finds every candidate, and a document at the top rank has nothing to look for.
  // Titles sharing a key are told apart by their lengths (few) and a look-up of each length's slice,
  // not one comparison per title: thousands of titles may start alike (协作管理程序…).
  const above = new Map<number, { keys: Map<string, { lengths: number[]; titles: Map<string, Named[]> }>; starts: Uint32Array }>();
  for (const rank of new Set(Object.values(CLASSIFICATION_RANK))) {
    const keys = new Map<string, { lengths: number[]; titles: Map<string, Named[]> }>();
    const starts = new Uint32Array(BITS / 32);
    for (const n of named) {
      if (CLASSIFICATION_RANK[n.classification] <= rank) continue;
      const key = n.title.slice(0, KEY);
      let group = keys.get(key);
      if (!group) keys.set(key, (group = { lengths: [], titles: new Map() }));
      if (!group.lengths.includes(n.title.length)) group.lengths.push(n.title.length);
      const same = group.titles.get(n.title);
      if (same) same.push(n);
      else group.titles.set(n.title, [n]);
      const bit = slot(keyHash(n.title, 0));
      starts[bit >>> 5]! |= 1 << (bit & 31);
    }
    if (keys.size) above.set(rank, { keys, starts });
  }

  const problems: Problem[] = [];
  /** Every title above `classification` named in `text`, once per item; `place` turns an offset into a position. */
  const scan = (text: string, classification: Classification, who: string, place: (offset: number) => Place) => {
    const index = above.get(CLASSIFICATION_RANK[classification]);
    if (!index) return;
    const seen = new Set<string>();
    if (text.length < KEY) return;
    let hash = keyHash(text, 0);
    for (let i = 0; i + KEY <= text.length; i++) {
      if (i > 0) hash = (Math.imul((hash - Math.imul(text.charCodeAt(i - 1), OUT)) | 0, P) + text.charCodeAt(i + KEY - 1)) | 0;
      // A look at one bit before building the key.
      const bit = slot(hash);
      if ((index.starts[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      const group = index.keys.get(text.slice(i, i + KEY));
      if (!group) continue;
      for (const length of group.lengths) {
        const candidates = group.titles.get(text.slice(i, i + length));
        if (!candidates) continue;
        for (const n of candidates) {
          if (seen.has(n.id) || isTextOfLinkTo(text, i, n)) continue;
          seen.add(n.id);
          problems.push(problem('CB306', place(i), { classification, who, targetClassification: n.classification, target: n.id, title: n.title }, buildsWithholding(classification, n.classification)));
        }
      }
    }
  };
  for (const doc of validDocs(corpus)) {
    const text = doc.text;
    scan(text, doc.data.classification, doc.id, (i) => {
      const before = text.slice(0, i);
      return { file: doc.file, line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
    });
  }
  // An evidence record's title and summary are printed on its page, in the register and in the exports.
  for (const record of validEvidence(corpus)) {
    for (const field of ['title', 'summary'] as const) {
      const text = record.data[field];
      if (text) scan(text, record.data.classification, record.id, () => locate(record.source, [field]));
    }
  }
  // A finding's texts are printed on its page, in the register and the exports.
  for (const f of validFindings(corpus)) {
    const d = f.data;
    const texts: [string | undefined, (string | number)[]][] = [[d.title, ['title']], [d.evidence, ['evidence']], [d.correction, ['correction']], [d.root_cause, ['root_cause']], ...d.actions.map((a, i): [string, (string | number)[]] => [a.action, ['actions', i, 'action']])];
    for (const [text, path] of texts) if (text) scan(text, d.classification, f.id, () => locate(f.source, path));
  }
  // A rule is as classified as its defining document; its label and note are printed on /rules/ and in the exports.
  const rules = corpus.rules;
  rules?.data.rules.forEach((rule, i) => {
    const classification = graph.docs.get(rule.defined_by)?.data.classification;
    if (!classification) return;
    for (const field of ['label', 'note'] as const) {
      const text = rule[field];
      if (text) scan(text, classification, rule.id, () => locate(rules.source, ['rules', i, field]));
    }
  });
  return problems;
}
