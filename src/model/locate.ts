// Turn a field path into the line and column where it is written, by re-reading the YAML on demand.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { YamlSource } from './corpus.ts';
import type { Place } from './problem.ts';

// Positions are needed only for the few fields that have problems, so the YAML is re-parsed
// lazily; a small cache keeps repeated look-ups in one file cheap.
const cache = new Map<string, { doc: ReturnType<typeof parseDocument>; counter: LineCounter }>();

function parsed(text: string) {
  let entry = cache.get(text);
  if (!entry) {
    const counter = new LineCounter();
    entry = { doc: parseDocument(text, { lineCounter: counter, keepSourceTokens: false }), counter };
    if (cache.size > 64) cache.clear();
    cache.set(text, entry);
  }
  return entry;
}

/**
 * Place of `path` (relative to the source's base path). With `key`, the place of the last
 * segment's key rather than its value. A missing segment resolves to its nearest existing parent.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[] = [], options: { key?: boolean } = {}): Place {
  const { doc, counter } = parsed(source.text);
  const full = [...source.basePath, ...path];
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < full.length && node; i++) {
    const segment = full[i];
    const last = i === full.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && options.key) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = counter.linePos(offset);
  return { file: source.file, line: line + source.lineOffset, column: col };
}

/** `changes[1].version`: a field path as an editor reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(root)';
}
