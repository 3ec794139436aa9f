// The fast positions (js-yaml's events) against the `yaml` library's tree: the same line and column for
// every field and key of every YAML text in the handbook and the check fixtures, and of texts written
// to be awkward (comments, empty values, flow collections, block scalars, CRLF, anchors, explicit keys).
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { flowItem, locate, locateByTree } from '../../src/model/locate.ts';
import type { YamlSource } from '../../src/model/corpus.ts';
import { positionIndex } from '../../src/model/yaml-positions.ts';
import { readYaml } from '../../src/model/load/read-yaml.ts';

/** Every path into `data`: each mapping key and sequence index, with the paths under it. */
function paths(data: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [prefix];
  if (Array.isArray(data)) data.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (data && typeof data === 'object' && !(data instanceof Date)) for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function expectSamePlaces(source: YamlSource) {
  const data = readYaml(source).data;
  // Past the end of each list too (a problem about an item the list lacks points at the list).
  const past = paths(data).filter((p) => p.length === 1).map((p) => [...p, 99]);
  const all = [...paths(data), ...past, ['missing'], [0], ['id', 'deeper']];
  for (const p of all) {
    expect(locate(source, p), `${source.file} ${p.join('.')}`).toEqual(locateByTree(source, p));
    expect(locate(source, p, { key: true }), `${source.file} ${p.join('.')} (key)`).toEqual(locateByTree(source, p, { key: true }));
  }
}

async function yamlSources(dir: string): Promise<YamlSource[]> {
  const files = (await readdir(dir, { recursive: true })).map((f) => path.join(dir, String(f)));
  const sources: YamlSource[] = [];
  for (const file of files) {
    if (/\.ya?ml$/.test(file)) sources.push({ file, text: readFileSync(file, 'utf8'), lineOffset: 0, basePath: [] });
    else if (file.endsWith('.mdx')) {
      const split = splitFrontmatter(readFileSync(file, 'utf8'));
      if (split) sources.push({ file, text: split.yaml, lineOffset: split.yamlLineOffset, basePath: [] });
    }
  }
  return sources.filter((s) => readYaml(s).data !== undefined);
}

describe('fast YAML positions', () => {
  test('agree with the yaml library on every field of the handbook', async () => {
    const sources = await yamlSources('content');
    expect(sources.length).toBeGreaterThan(60);
    for (const source of sources) expectSamePlaces(source);
    // The handbook's texts are all read the fast way (none falls back to the tree).
    expect(sources.filter((s) => positionIndex(s.text) === undefined).map((s) => s.file)).toEqual([]);
  });

  test('agree on every field of the check fixtures', async () => {
    for (const source of await yamlSources('test/fixtures')) expectSamePlaces(source);
  });

  test.each([
    ['comments and empty values', 'id: A # note\n# a comment line\nempty:\nnext: 1\nlist:\n  # before\n  - a\n  -\n  - c\n'],
    ['flow collections', 'related: [A, "B", \'C\']\nchanges:\n  - { version: "1.0", date: 2026-01-01, summary: x }\nmap: {a: 1, b: [1, 2]}\n'],
    ['block scalars', 'summary: |\n  line one\n  line two\nnote: >-\n  folded\nafter: x\n'],
    ['nested sequences of mappings', 'steps:\n- n: 1\n  by: a\n  gate:\n    by: b\n- n: 2\nroles:\n  - role: x\n    raci: [R, A]\n'],
    ['quoted keys and colons in values', '"quoted key": 1\n\'single\': 2\nurl: https://example.com/a:b\ntime: "10:30"\n'],
    ['CRLF line ends', 'id: A\r\nlist:\r\n  - a\r\n  - b\r\nmap:\r\n  k: v\r\n'],
    ['anchors and aliases', 'base: &b { x: 1 }\ncopy: *b\nlist: [&i item, *i]\n'],
    ['merge keys (read from the tree)', 'base: &b { x: 1 }\nderived:\n  <<: *b\n  y: 2\n'],
    ['explicit keys (read from the tree)', '? complex\n: value\nplain: 1\n'],
    ['one-line lists (read from their line)', 'related: [SOP-001,TPL-002 ,  CASE-3]\nclauses: [gbt40144:9.2, x:y]\nnone: []\nblank: [ ]\n'],
    ['one-line lists the line cannot read', 'q: [A, "B"]\npair: [a: b, c]\ntrail: [A, B,]\nanchor: [&x A, *x]\nnested: [[A], B]\nspaced:   [A, B] # note\n'],
    ['a key\'s name inside another value', 'summary: "a\n  related: [X]"\nrelated: [A, B]\nnote: |\n  related: [Y]\n'],
    ['one-line lists with CRLF', 'id: A\r\nrelated: [A, B]\r\nnext: 1\r\n'],
    ['a list as the first key', 'related: [A, B]\n'],
    ['an empty text', ''],
    ['a lone scalar', 'just text\n'],
  ])('agree on %s', (_name, text) => {
    expectSamePlaces({ file: 'x.yaml', text, lineOffset: 3, basePath: [] });
  });

  test('an item of a plain one-line list is read from its line, anything less plain from the index', () => {
    const source: YamlSource = { file: 'x.yaml', text: 'id: A\nrelated: [SOP-001,  TPL-002]\nq: [A, "B"]\npair: [a: b]\n', lineOffset: 3, basePath: [] };
    expect(flowItem(source, ['related', 1])).toEqual({ file: 'x.yaml', line: 5, column: 21 });
    expect(flowItem(source, ['related', 5])).toEqual({ file: 'x.yaml', line: 5, column: 10 });
    expect(flowItem(source, ['q', 0])).toBeUndefined();
    expect(flowItem(source, ['pair', 0])).toBeUndefined();
    expect(flowItem({ ...source, basePath: ['records', 0] }, ['related', 0])).toBeUndefined();
  });

  test('an item read from its line is where the yaml library puts it, in texts put together at random', () => {
    let state = 11;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const items = ['A', 'SOP-001', 'gbt40144:9.2', 'a b', ' x ', '"q"', "'s'", 'a: b', 'k:', ':k', '-x', '- x', '?x', '? x', '#c', 'a #c', 'a#c', '', '[x]', '{a: 1}', '&a x', '*a', '!t x', '1', 'null', '~', '2026-01-01', '中文', 'a,b', '|', '>', '%', '@', '`'];
    const keys = ['related', 'clauses', 'x', 'a-b', 'k_1'];
    let read = 0;
    for (let n = 0; n < 1500; n++) {
      const lines: string[] = [];
      for (let l = 1 + Math.floor(next() * 4); l > 0; l--) {
        const list = Array.from({ length: Math.floor(next() * 4) }, () => pick(items)).join(pick([',', ', ', ' ,']));
        lines.push(`${pick(keys)}:${pick([' ', '  ', '\t'])}[${list}]${pick(['', ' ', ' # c', '\r'])}`);
        if (next() < 0.2) lines.push(pick(['  - y', 'note: |', '  related: [Z]', '# related: [C]', 'other: 1']));
      }
      const source: YamlSource = { file: 'x.yaml', text: lines.join('\n'), lineOffset: 2, basePath: [] };
      if (readYaml(source).data === undefined) continue;
      for (const key of keys) for (let i = 0; i < 5; i++) {
        const place = flowItem(source, [key, i]);
        if (!place) continue;
        read++;
        expect(place, `${JSON.stringify(source.text)} ${key}[${i}]`).toEqual(locateByTree(source, [key, i]));
      }
    }
    expect(read).toBeGreaterThan(500);
  });

  test('a base path (a register entry) resolves inside its entry', () => {
    const source: YamlSource = { file: 'r.yaml', text: 'records:\n  - id: EV-1\n    date: 2026-01-01\n  - id: EV-2\n    date: 2026-01-02\n', lineOffset: 0, basePath: ['records', 1] };
    expect(locate(source, ['date'])).toEqual({ file: 'r.yaml', line: 5, column: 11 });
    expect(locate(source, ['date'], { key: true })).toEqual({ file: 'r.yaml', line: 5, column: 5 });
  });
});
