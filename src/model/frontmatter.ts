// Split an MDX file into its YAML frontmatter and its body, keeping line numbers.

export interface SplitFile {
  readonly yaml: string;
  /** Lines before the YAML text (the opening `---`). */
  readonly yamlLineOffset: number;
  readonly body: string;
  /** Lines before the body starts. */
  readonly bodyLineOffset: number;
}

/** Split `---`-fenced frontmatter from the body; undefined when the file has none. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m;
  const rest = source.slice(open[0].length);
  const match = close.exec(rest);
  if (!match) return undefined;
  const yaml = rest.slice(0, match.index);
  let bodyStart = match.index + match[0].length;
  if (rest[bodyStart] === '\r') bodyStart++;
  if (rest[bodyStart] === '\n') bodyStart++;
  return {
    yaml,
    yamlLineOffset: 1,
    body: rest.slice(bodyStart),
    bodyLineOffset: 1 + countLines(yaml) + 1,
  };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
