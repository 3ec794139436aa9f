// Turn a field path into the line and column where it is written, by re-reading the YAML on demand.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { YamlSource } from './corpus.ts';
import type { Place } from './problem.ts';
import { lineStarts, linePosition, positionIndex } from './yaml-positions.ts';
import type { PositionNode } from './yaml-positions.ts';

// Positions are needed only for the fields that have problems, so they are found on demand: from
// js-yaml's events (yaml-positions.ts), or, for a text those cannot account for, from the `yaml`
// library's syntax tree. A bounded cache keeps repeated look-ups in one text cheap.
type Located = { kind: 'fast'; root: PositionNode; starts: number[] } | { kind: 'tree'; doc: ReturnType<typeof parseDocument>; counter: LineCounter };
const cache = new Map<string, Located>();
const CACHE_SIZE = 512;

function parsed(text: string, fast: boolean): Located {
  const key = fast ? text : `\u0000${text}`;
  let entry = cache.get(key);
  if (!entry) {
    const root = fast ? positionIndex(text) : undefined;
    if (root) entry = { kind: 'fast', root, starts: lineStarts(text) };
    else {
      const counter = new LineCounter();
      entry = { kind: 'tree', doc: parseDocument(text, { lineCounter: counter, keepSourceTokens: false }), counter };
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  return entry;
}

/**
 * Place of `path` (relative to the source's base path). With `key`, the place of the last
 * segment's key rather than its value. A missing segment resolves to its nearest existing parent.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[] = [], options: { key?: boolean } = {}): Place {
  return (options.key ? undefined : flowItem(source, path)) ?? locateIn(source, path, options, true);
}

/** A top-level key whose value is a one-line flow sequence of plain items: `related: [SOP-001, TPL-002]`. */
const FLOW_LINE = /^([A-Za-z_][\w-]*):[ \t]+\[([^[\]{}#"'&*!|>%@`]*)\][ \t]*\r?$/;
/** An item that is a plain scalar on its own: no mapping pair (`a: b`), no indicator to start it. */
const PLAIN_ITEM = /^[^\s?:\-,](?:(?!:\s)[^,])*?(?<!:)$/;

/**
 * The place of an item of such a list, read from its line alone: the commonest place a warning points
 * at (every related document more restricted than its reader), where parsing the whole text for one
 * position cost more than the check asking. Undefined for anything else (the full index answers).
 */
export function flowItem(source: YamlSource, path: readonly PropertyKey[]): Place | undefined {
  const [key, index] = path;
  if (source.basePath.length || path.length !== 2 || typeof key !== 'string' || typeof index !== 'number') return undefined;
  const { text } = source;
  // The key's line, which must be its only one at the start of a line.
  const start = text.startsWith(`${key}:`) ? 0 : text.indexOf(`\n${key}:`) + 1;
  if (start === 0 && !text.startsWith(`${key}:`)) return undefined;
  if (text.includes(`\n${key}:`, start)) return undefined;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  const match = FLOW_LINE.exec(line);
  if (!match || match[1] !== key) return undefined;
  const open = line.indexOf('[');
  const items: number[] = [];
  if (match[2]!.trim()) {
    let at = open + 1;
    for (const raw of match[2]!.split(',')) {
      const item = raw.trim();
      if (!PLAIN_ITEM.test(item)) return undefined;
      items.push(at + raw.indexOf(item));
      at += raw.length + 1;
    }
  }
  let lineNumber = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) lineNumber++;
  return { file: source.file, line: lineNumber + source.lineOffset, column: (items[index] ?? open) + 1 };
}

/** The same place, always from the `yaml` library's tree (the reference the fast index is tested against). */
export function locateByTree(source: YamlSource, path: readonly PropertyKey[] = [], options: { key?: boolean } = {}): Place {
  return locateIn(source, path, options, false);
}

function locateIn(source: YamlSource, path: readonly PropertyKey[], options: { key?: boolean }, fast: boolean): Place {
  const entry = parsed(source.text, fast);
  const full = [...source.basePath, ...path];
  if (entry.kind === 'fast') {
    let node: PositionNode = entry.root;
    let offset = node.offset;
    for (let i = 0; i < full.length; i++) {
      const segment = full[i];
      const child: PositionNode | undefined = node.entries ? node.entries.get(String(segment)) : node.items && typeof segment === 'number' ? node.items[segment] : undefined;
      if (!child) break;
      if (i === full.length - 1 && options.key && node.entries) {
        offset = child.keyOffset ?? child.offset;
        break;
      }
      node = child;
      offset = child.offset;
    }
    const { line, col } = linePosition(entry.starts, offset);
    return { file: source.file, line: line + source.lineOffset, column: col };
  }
  const { doc, counter } = entry;
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
