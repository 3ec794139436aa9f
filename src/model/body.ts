// Headings, internal links and MDX syntax errors of a document body, with file positions.
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { BODY_HTML, urlProblem } from './content-policy.ts';
import type { ProblemArgs } from './problem.ts';
import { LIMITS } from '../schema/limits.ts';

export interface Heading {
  readonly depth: number;
  readonly text: string;
  /** The anchor the site gives it (github-slugger, de-duplicated per page). */
  readonly slug: string;
  readonly line: number;
}

export interface BodyLink {
  readonly url: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Something outside the declared MDX subset (src/model/content-policy.ts): `code` runs at build time
 * and is refused; `html` and `url` are removed by the build's sanitiser. `detail` is what the check
 * catalogue words the problem from (CB307, CB308, CB309).
 */
export type PolicyFinding = { readonly line: number; readonly column: number } & (
  | { readonly kind: 'code'; readonly detail: ProblemArgs<'CB307'> }
  | { readonly kind: 'html'; readonly detail: ProblemArgs<'CB308'> }
  | { readonly kind: 'url'; readonly detail: ProblemArgs<'CB309'> }
);

/** A directive written in the body: `:rule[partner.contract.ceo_approval]` cites a rule; no other name exists. */
export interface BodyDirective {
  readonly name: string;
  /** `text` (`:name[…]`), `leaf` (`::name[…]` on its own line) or `container` (`:::name`). */
  readonly kind: 'text' | 'leaf' | 'container';
  /** The text in brackets, e.g. the rule id. */
  readonly label: string;
  readonly line: number;
  readonly column: number;
}

export interface BodyInfo {
  readonly headings: readonly Heading[];
  /** Directives in document order (rule citations, and anything else written with a colon and a name). */
  readonly directives: readonly BodyDirective[];
  /** Links that stay on the site (no scheme, no `//`); external links are not checked here. */
  readonly links: readonly BodyLink[];
  readonly parseError?: { readonly message: string; readonly line: number; readonly column: number };
  /** What the body holds beyond Markdown, GFM and the allowed HTML, in document order. */
  readonly findings: readonly PolicyFinding[];
  /** Set when lists or quotes nest deeper than the limit: the body was not parsed. */
  readonly tooDeep?: { readonly line: number; readonly depth: number };
  /** Body length in characters, for statistics. */
  readonly length: number;
}

/**
 * Analyse an MDX body that starts after `lineOffset` lines of the file. Bodies without MDX syntax
 * or tricky Markdown take a line scanner that gives the same result as the full parse (a test
 * holds the two equal); everything else goes through micromark with MDX and GFM.
 */
export function analyseBody(body: string, lineOffset: number): BodyInfo {
  // Deep nesting is refused before any parser sees it: the site's Markdown pipeline recurses per level.
  const lines = body.split('\n');
  const deep = deepestLine(lines);
  if (deep.depth > LIMITS.nestingDepth) {
    return { headings: [], links: [], directives: [], findings: [], length: body.length, tooDeep: { line: deep.line + lineOffset, depth: deep.depth } };
  }
  return scanLines(body, lines, lineOffset) ?? parseBody(body, lineOffset);
}

const CONTAINER = /^(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

/** A line's first character could open a list or quote (CONTAINER): `>`, a bullet or a digit. */
const MAY_CONTAIN = /^[>*+\-0-9]/;

/** The line with the most nested lists and quotes (indent counts a level per two spaces), 1-based. */
export function deepestLine(lines: readonly string[]): { line: number; depth: number } {
  let deepest = { line: 1, depth: 0 };
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i]!.trimStart();
    let depth = Math.floor((lines[i]!.length - rest.length) / 2);
    if (MAY_CONTAIN.test(rest)) for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(match[0].length);
    }
    if (depth > deepest.depth) deepest = { line: i + 1, depth };
  }
  return deepest;
}

const isInternal = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

/** The reference result: micromark with MDX and GFM. */
export function parseBody(body: string, lineOffset: number): BodyInfo {
  let tree: Root;
  try {
    tree = fromMarkdown(body, {
      extensions: [mdxjs(), gfm(), directive()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), directiveFromMarkdown()],
    });
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    const reason = e.reason ?? e.message;
    // Some messages carry the place of the cause as body positions, `(5:1-5:10)`: that is where to point,
    // and the numbers are made the file's own, like every other position.
    const cited = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    const line = (cited && !place?.line ? Number(cited[1]) : (place?.line ?? e.line ?? 1)) + lineOffset;
    const column = cited && !place?.line ? Number(cited[2]) : (place?.column ?? e.column ?? 1);
    const message = reason.replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_, l1: string, c1: string, l2?: string, c2?: string) =>
      `(${Number(l1) + lineOffset}:${c1}${l2 ? `-${Number(l2) + lineOffset}:${c2}` : ''})`);
    return { headings: [], links: [], directives: [], parseError: { message, line, column }, findings: [], length: body.length };
  }
  // `9:30` parses as a directive named `30`: it is text, as the site renders it (src/integrations/remark-rules.ts).
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || !/Directive$/.test(node.type) || /^[a-z]/i.test((node as { name: string }).name)) return;
    const { start, end } = node.position!;
    parent.children[index] = { type: 'text', value: body.slice(start.offset, end.offset) } as (typeof parent.children)[number];
  });
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const links: BodyLink[] = [];
  const findings: PolicyFinding[] = [];
  const directives: BodyDirective[] = [];
  visit(tree, (node) => {
    const at = { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      const kind = node.type === 'textDirective' ? 'text' : node.type === 'leafDirective' ? 'leaf' : 'container';
      const label = node.type === 'containerDirective' ? '' : toString(node);
      directives.push({ name: node.name, kind, label, ...at });
    } else if (node.type === 'heading') {
      const text = toString(node);
      headings.push({ depth: node.depth, text, slug: slugger.slug(text), line: at.line });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (isInternal(node.url)) links.push({ url: node.url, ...at });
      const refusal = urlProblem(node.url, node.type === 'image' ? 'image' : 'link');
      if (refusal) findings.push({ kind: 'url', detail: { url: node.url, refusal }, ...at });
    } else if (node.type === 'mdxjsEsm') {
      findings.push({ kind: 'code', detail: { kind: 'esm', code: firstLine(node.value) }, ...at });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      findings.push({ kind: 'code', detail: { kind: 'expression', code: firstLine(node.value) }, ...at });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      findings.push(...elementFindings(node.name, node.attributes, at));
    }
  });
  return { headings, links, directives, findings, length: body.length };
}

const firstLine = (code: string) => {
  const line = code.trim().split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

type JsxAttributes = Extract<Root['children'][number], { type: 'mdxJsxFlowElement' }>['attributes'];

/** What the build does with an HTML element or component written in a body. */
function elementFindings(name: string | null, attributes: JsxAttributes, at: { line: number; column: number }): PolicyFinding[] {
  if (name === null || !/^[a-z][a-z0-9]*$/.test(name)) {
    return [{ kind: 'code', detail: { kind: 'component', name: name ?? '' }, ...at }];
  }
  const out: PolicyFinding[] = [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      out.push({ kind: 'code', detail: { kind: 'attribute', name }, ...at });
    }
  }
  if (out.length) return out;
  // Own keys only: `<constructor>` must not find Object.prototype's.
  const allowed = Object.hasOwn(BODY_HTML, name) ? BODY_HTML[name] : undefined;
  if (!allowed) return [{ kind: 'html', detail: { kind: 'element', element: name }, ...at }];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxAttribute' && !allowed.includes(attribute.name)) {
      out.push({ kind: 'html', detail: { kind: 'attribute', element: name, attribute: attribute.name }, ...at });
    }
  }
  return out;
}

// Anything that could make the line scanner disagree with micromark sends the body to the parser:
// MDX syntax (`{`, ESM), escapes, HTML entities, reference definitions (in list items too), setext headings,
// headings inside containers, and code spans on lines with brackets. Allowed HTML elements and rule citations
// (`<kbd>…</kbd>`, `:rule[…]`) are read line by line when they take their plainest form (inlineSyntax).
const NEEDS_PARSER = /[{}\\&]|^[ \t]*(?:import|export)\b|^\s*(?:(?:[-*+]|\d+[.)])\s+)*\[[^\]]*\]:|^ {0,3}>|^\s*(?:(?:[-*+]|\d+[.)])\s+)+#|(?<!\]\()(?:https?:\/\/|www\.)/im;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LINK = /!?\[([^[\]]*)\]\(([^()\s]*)(?:[ \t]+"[^"]*")?\)/g;
/** A line the scanner reads with inlineSyntax: it holds a tag or a colon before a letter (a directive). */
const INLINE = /<|:[a-zA-Z]/;
const TAG = /<(\/?)([a-z][a-z0-9]*)>/y;
const TEXT_DIRECTIVE = /:([A-Za-z][A-Za-z0-9_-]*)\[([^[\]]*)\]/y;
/** Label text that is its own plain string: no emphasis, code, links, tags, escapes or nested directives. */
const PLAIN_LABEL = /^(?:[^\s*~`<>()!\[\]\\&{}:@|](?:[^*~`<>()!\[\]\\&{}:@|]*[^\s*~`<>()!\[\]\\&{}:@|])?)?$/;
/**
 * A colon, a name that does not start with an ASCII letter, and a bracket: `10:30[…]`, `中:文[…]` are
 * directives to micromark (a name runs over anything but white space, punctuation and symbols, `-` and `_`
 * excepted), whose label may run over lines and hold links and citations: such a body goes to the parser.
 */
const NAMED_LABEL = /:(?![A-Za-z])[^\s\p{P}\p{S}](?:[^\s\p{P}\p{S}]|[-_])*\[/u;
const EMPHASIS_UNDERSCORE = /(?:^|[^A-Za-z0-9])_|_(?:[^A-Za-z0-9]|$)/;

/** The line scanner; undefined when the body needs the full parser. */
export function scanBody(body: string, lineOffset: number): BodyInfo | undefined {
  return scanLines(body, body.split('\n'), lineOffset);
}

/** The line scanner over a body and its lines. */
function scanLines(body: string, lines: readonly string[], lineOffset: number): BodyInfo | undefined {
  if (NEEDS_PARSER.test(body) || NAMED_LABEL.test(body)) return undefined;
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const links: BodyLink[] = [];
  const findings: PolicyFinding[] = [];
  const directives: BodyDirective[] = [];
  let fence: string | undefined;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // What a block marker needs first (at most three spaces, then ```, ~, #, = or -): most lines are text.
    let lead = 0;
    while (line.charCodeAt(lead) === 32) lead++;
    const first = lead <= 3 ? line[lead] : undefined;
    const fenceMatch = first === '`' || first === '~' ? FENCE.exec(line) : null;
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[1]) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      previousBlank = false;
      continue;
    }
    const blank = line.trim() === '';
    // Indented by a tab or four spaces: in a list item that may still open a heading or underline one.
    if (!blank && (lead >= 4 || line[lead] === '\t')) return undefined;
    // After a table row too: whether `|---|` above was a table or a paragraph decides, and the parser knows.
    if (!previousBlank && !blank && (first === '=' || first === '-') && SETEXT.test(line)) return undefined;
    previousBlank = blank;
    const inline = INLINE.test(line);
    const atx = first === '#' ? ATX.exec(line) : null;
    if (atx && inline) return undefined;
    if (inline) {
      const found = inlineSyntax(line, i + 1 + lineOffset);
      if (!found) return undefined;
      directives.push(...found);
    }
    if (atx) {
      const text = (atx[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '').trim();
      if (/[*_~`[\]!]/.test(text)) return undefined;
      headings.push({ depth: atx[1]!.length, text, slug: slugger.slug(text), line: i + 1 + lineOffset });
      continue;
    }
    if (!line.includes('](')) continue;
    if (line.includes('`')) return undefined;
    let found = 0;
    for (const match of line.matchAll(LINK)) {
      found++;
      const at = { line: i + 1 + lineOffset, column: match.index + 1 };
      if (isInternal(match[2]!)) links.push({ url: match[2]!, ...at });
      const refusal = urlProblem(match[2]!, match[0].startsWith('!') ? 'image' : 'link');
      if (refusal) findings.push({ kind: 'url', detail: { url: match[2]!, refusal }, ...at });
    }
    if (found !== line.split('](').length - 1) return undefined;
  }
  return { headings, links, directives, findings, length: body.length };
}

/**
 * The rule citations of a paragraph line holding `:name[label]` directives and allowed HTML elements
 * without attributes, opened and closed on the line (`<kbd>≥ 90%</kbd>`), as micromark reads them; undefined
 * for anything else: a line that starts with a tag (MDX may read it as a block), holds code, emphasis beside
 * an element, an element the policy removes, `::`, a name micromark would read further, a label with
 * Markdown or a table's `|` in it, a `|` inside an element, or a label followed by `(`. Links on the line
 * are read by the caller.
 */
function inlineSyntax(line: string, lineNumber: number): BodyDirective[] | undefined {
  if (/^\s*</.test(line) || line.includes('`')) return undefined;
  // Emphasis may open inside an element and close outside it, which MDX refuses.
  if (line.includes('<') && (/[*~]/.test(line) || EMPHASIS_UNDERSCORE.test(line))) return undefined;
  const out: BodyDirective[] = [];
  const open: string[] = [];
  for (let i = 0; i < line.length; i++) {
    // A table splits its row at `|` before it reads the cells: an element would be cut in two.
    if (line[i] === '|' && open.length) return undefined;
    if (line[i] === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(line);
      if (!tag || !Object.hasOwn(BODY_HTML, tag[2]!)) return undefined;
      if (!tag[1]) open.push(tag[2]!);
      else if (open.pop() !== tag[2]) return undefined;
      i += tag[0].length - 1;
    } else if (line[i] === ':' && /[A-Za-z]/.test(line[i + 1] ?? '')) {
      TEXT_DIRECTIVE.lastIndex = i;
      const directive = TEXT_DIRECTIVE.exec(line);
      if (!directive || line[i - 1] === ':' || /[-_]$/.test(directive[1]!)) return undefined;
      const label = directive[2]!;
      // A label followed by `(` reads as a link's text to a reader of the source: left to the parser.
      if (!PLAIN_LABEL.test(label) || EMPHASIS_UNDERSCORE.test(label) || line[i + directive[0].length] === '(') return undefined;
      out.push({ name: directive[1]!, kind: 'text', label, line: lineNumber, column: i + 1 });
      i += directive[0].length - 1;
    }
  }
  return open.length ? undefined : out;
}
