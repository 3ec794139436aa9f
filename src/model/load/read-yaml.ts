// Parse YAML text into plain data, turning syntax errors into CB100 problems with positions.
import jsyaml from 'js-yaml';
import type { YamlSource } from '../corpus.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';

// js-yaml is what Astro parses frontmatter with, so the CLI and the build read the same values
// (YAML 1.1: an unquoted 2026-01-31 is a Date); it is also ten times faster than `yaml`, which
// is kept for positions of fields (locate.ts), needed only when something is wrong.

/** Parse a YAML source; `data` is undefined when it has syntax errors. */
export function readYaml(source: YamlSource): { data: unknown; problems: Problem[] } {
  try {
    return { data: jsyaml.load(source.text, { filename: source.file }), problems: [] };
  } catch (error) {
    if (!(error instanceof jsyaml.YAMLException)) throw error;
    const mark = (error as jsyaml.YAMLException & { mark?: { line: number; column: number } }).mark ?? { line: 0, column: 0 };
    const place = { file: source.file, line: mark.line + 1 + source.lineOffset, column: mark.column + 1 };
    const reason = error.reason ?? error.message.split('\n')[0]!;
    return {
      data: undefined,
      problems: [problem('CB100', place, `YAML syntax: ${reason}`, 'Check indentation, quotes and `key: value` pairs on this line and the one before it.')],
    };
  }
}
