// Parse YAML text into plain data, turning syntax errors into CB100 problems with positions.
import { parseDocument } from 'yaml';
import type { YamlSource } from '../corpus.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';

/** Parse a YAML source; `data` is undefined when it has syntax errors. */
export function readYaml(source: YamlSource): { data: unknown; problems: Problem[] } {
  const doc = parseDocument(source.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return problem('CB100', { file: source.file, line: pos.line + source.lineOffset, column: pos.col }, `YAML syntax: ${reason}`, 'Check indentation, quotes and `key: value` pairs on this line and the one before it.');
    });
    return { data: undefined, problems };
  }
  return { data: doc.toJS(), problems: [] };
}
