// Where each field of a YAML text is written, from js-yaml's node events: ten times faster than the
// `yaml` library's syntax tree, which locate.ts keeps for the texts this cannot read with certainty.
// Thousands of warnings each need a position (CB304 for every link to a more restricted page), so the
// position of a field must cost about as much as reading the file once did.
import jsyaml from 'js-yaml';
import { YAML_SCHEMA } from './load/read-yaml.ts';

/** A node of the text: where its value starts, where its key starts (in a mapping), its children. */
export interface PositionNode {
  readonly offset: number;
  readonly keyOffset?: number;
  readonly entries?: ReadonlyMap<string, PositionNode>;
  readonly items?: readonly PositionNode[];
}

/** What js-yaml reported of one node: where composing began and ended, what it made. */
interface Event {
  readonly start: number;
  end: number;
  kind: string | null;
  result: unknown;
  readonly children: Event[];
}

/**
 * The positions of every field in `text`, or undefined when js-yaml cannot read it or its events do not
 * account for every key and item (merge keys, explicit `?` keys, several documents): then the caller
 * asks the `yaml` library.
 */
export function positionIndex(text: string): PositionNode | undefined {
  const roots: Event[] = [];
  const open: Event[] = [];
  try {
    jsyaml.load(text, {
      schema: YAML_SCHEMA,
      listener(type, state) {
        if (type === 'open') {
          const event: Event = { start: state.position, end: -1, kind: null, result: undefined, children: [] };
          (open.at(-1)?.children ?? roots).push(event);
          open.push(event);
        } else {
          const event = open.pop()!;
          event.end = state.position;
          event.kind = state.kind;
          event.result = state.result;
        }
      },
    });
  } catch {
    return undefined;
  }
  if (roots.length !== 1) return roots.length === 0 ? { offset: 0 } : undefined;
  return toNode(text, roots[0]!);
}

function toNode(text: string, outer: Event, keyOffset?: number): PositionNode | undefined {
  // A node js-yaml first tried as a block mapping's key (a flow collection, a scalar) is reported twice,
  // the second time inside the first, with the same value.
  let event = outer;
  while (event.children.length === 1 && event.children[0]!.result === event.result && event.children[0]!.kind === event.kind) event = event.children[0]!;
  const offset = contentStart(text, event.start);
  const base = keyOffset === undefined ? { offset } : { offset, keyOffset };
  if (event.kind === 'mapping') {
    const entries = new Map<string, PositionNode>();
    const children = event.children;
    for (let i = 0; i < children.length; i++) {
      const key = children[i]!;
      if (!isKey(text, key)) {
        // A look for another key that found none (the mapping ended) composed nothing.
        if (key.kind === null) continue;
        return undefined;
      }
      const value = children[i + 1];
      const keyAt = contentStart(text, key.start);
      let node: PositionNode | undefined;
      if (value && !isKey(text, value)) {
        node = toNode(text, value, keyAt);
        i++;
      } else {
        node = { offset: keyAt, keyOffset: keyAt };
      }
      if (!node) return undefined;
      entries.set(String(key.result), node);
    }
    const keys = Object.keys(event.result as object);
    if (keys.length !== entries.size || keys.some((k) => !entries.has(k))) return undefined;
    return { ...base, entries };
  }
  if (event.kind === 'sequence') {
    const items: PositionNode[] = [];
    for (const child of event.children) {
      const node = toNode(text, child);
      if (!node) return undefined;
      items.push(node);
    }
    if (items.length !== (event.result as unknown[]).length) return undefined;
    return { ...base, items };
  }
  return base;
}

/** Whether the node is a mapping's key: what follows it on its line is the `:` separator. */
function isKey(text: string, event: Event): boolean {
  if (event.kind !== 'scalar') return false;
  let i = event.end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':';
}

/** The first character of a node's content: past the spaces, line breaks, comments, anchors and tags before it. */
function contentStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '&' || c === '!') {
      while (i < text.length && !/\s/.test(text[i]!)) i++;
    }
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else return i;
  }
}

/** Offsets of the line starts of `text`, for turning an offset into a line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of `offset`. */
export function linePosition(starts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - starts[low]! + 1 };
}
