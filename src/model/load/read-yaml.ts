// Parse YAML text into plain data, turning syntax errors into CB100 problems with positions.
import jsyaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { isCalendarDate } from '../../schema/common.ts';
import type { YamlSource } from '../corpus.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';

// js-yaml is what Astro parses frontmatter with, so the CLI and the build read the same values
// (YAML 1.1: an unquoted 2026-01-31 is a Date); it is also ten times faster than `yaml`, which
// is kept for positions of fields (locate.ts), needed only when something is wrong.

/** js-yaml's built-in types (its type declarations omit them). */
const types = (jsyaml as unknown as { types: Record<'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set', jsyaml.Type & { resolve(data: unknown): boolean; construct(data: unknown): unknown }> }).types;

/** YAML 1.1 timestamp that names a real day; js-yaml's own rolls 2026-02-30 over to 2026-03-02. */
const realTimestamp = new jsyaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => types.timestamp.resolve(data) && isRealDay(String(data)),
  construct: (data: string) => types.timestamp.construct(data) as Date,
  instanceOf: Date,
  represent: (date: object) => (date as Date).toISOString(),
});

/**
 * js-yaml's default schema with that timestamp: an impossible date stays the text it was written as,
 * and the date schema refuses it by name (CB101) instead of accepting another day.
 */
export const YAML_SCHEMA = jsyaml.CORE_SCHEMA.extend({
  implicit: [realTimestamp, types.merge],
  explicit: [types.binary, types.omap, types.pairs, types.set],
});

/** Whether the date part of a YAML timestamp (`2026-02-30`, `2026-2-3T10:00:00Z`) is a day of the calendar. */
function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  return match !== null && isCalendarDate(`${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`);
}

/** The first syntax error the `yaml` parser finds, where its cause starts (1-based), or undefined. */
function firstYamlError(text: string): { line: number; column: number; reason: string } | undefined {
  const lineCounter = new LineCounter();
  const [first] = parseDocument(text, { lineCounter }).errors;
  if (!first) return undefined;
  const { line, col } = lineCounter.linePos(first.pos[0]);
  return { line, column: col, reason: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') };
}

/** Parse a YAML source; `data` is undefined when it has syntax errors. */
export function readYaml(source: YamlSource): { data: unknown; problems: Problem[] } {
  try {
    return { data: jsyaml.load(source.text, { filename: source.file, schema: YAML_SCHEMA }), problems: [] };
  } catch (error) {
    if (!(error instanceof jsyaml.YAMLException)) throw error;
    // js-yaml reports where it gave up, often lines after the cause (an unclosed quote on line 3 is
    // "a bad mapping entry" on line 6); the `yaml` parser names the cause where it starts.
    const cause = firstYamlError(source.text);
    const mark = (error as jsyaml.YAMLException & { mark?: { line: number; column: number } }).mark ?? { line: 0, column: 0 };
    const at = cause ?? { line: mark.line + 1, column: mark.column + 1, reason: error.reason ?? error.message.split('\n')[0]! };
    const place = { file: source.file, line: at.line + source.lineOffset, column: at.column };
    return { data: undefined, problems: [problem('CB100', place, { kind: 'syntax', reason: at.reason })] };
  }
}
