// The one pipeline that turns a document body (the declared MDX subset, src/model/content-policy.ts) into
// HTML, at content-sync time in the documents' loader (src/integrations/document-loader.ts). A body is
// parsed as MDX, exactly as `check` parses it (src/model/body.ts), so the two never disagree about what a
// body holds; it is never compiled to JavaScript: nothing in it can run, and no module per document goes
// through the bundler (that compilation was most of a build's bundling time and memory, issue #24).
// The plugin lists are also Astro's Markdown configuration (astro.config.mjs) for the evidence records kept
// as Markdown files: one list, two readers.
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import rehypeContentPolicy from './rehype-content-policy.ts';
import rehypeRecordHeadings from './rehype-record-headings.ts';
import rehypeTableWrap from './rehype-table-wrap.ts';
import remarkObjectives from './remark-objectives.ts';
import remarkQuotes from './remark-quotes.ts';
import remarkRelated from './remark-related.ts';
import remarkRules from './remark-rules.ts';
import remarkWithheld from './remark-withheld.ts';

/**
 * After GFM: straight quotes become Chinese ones; `:rule[id]` becomes the rule's value, linked to its
 * defining document; the objectives table is generated; links to what the profile withholds become
 * restricted ids; the related-documents section is completed.
 */
export const REMARK_PLUGINS: PluggableList = [remarkQuotes, remarkDirective, remarkObjectives, remarkRules, remarkWithheld, remarkRelated];
/** The content policy first (nothing outside it reaches a page), then the tables' scroll boxes and records' headings. */
export const REHYPE_PLUGINS: PluggableList = [rehypeContentPolicy, rehypeTableWrap, rehypeRecordHeadings];

/** The MDX nodes remark-rehype hands on as they are, for the content policy to keep as HTML or drop. */
const TO_HAST: RemarkRehypeOptions = { passThrough: ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'] };

/**
 * A paragraph holding only inline elements (and white space) is those elements as blocks, as MDX reads
 * it (@mdx-js/mdx's remark-mark-and-unravel): `<details>` on a line of its own is no paragraph.
 */
function remarkUnravel() {
  const inline = (node: RootContent) => node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression';
  const blank = (node: RootContent) => node.type === 'text' && node.value.trim() === '';
  const unravel = (children: RootContent[]): RootContent[] =>
    children.flatMap((node): RootContent[] => {
      if (node.type === 'paragraph' && node.children.some(inline) && node.children.every((c) => inline(c) || blank(c))) {
        return node.children.filter(inline).map((c) => ({ ...c, type: c.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression' }) as RootContent);
      }
      return 'children' in node ? [{ ...node, children: unravel(node.children as RootContent[]) } as RootContent] : [node];
    });
  return (tree: MdastRoot): MdastRoot => ({ ...tree, children: unravel(tree.children) });
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkUnravel)
  .use(remarkGfm)
  .use(REMARK_PLUGINS)
  .use(remarkRehype, TO_HAST)
  .use(REHYPE_PLUGINS)
  .use(rehypeHeadingIds)
  .use(rehypeStringify);

/** A rendered body: its HTML and its headings (with the ids the HTML gives them), as Astro's `render()` returns them. */
export interface RenderedBody {
  readonly html: string;
  readonly headings: MarkdownHeading[];
}

/**
 * The body of the document file at `filePath` (absolute; the plugins find the document by it) as HTML.
 * `body` is the text after the frontmatter; `lineOffset` lines came before it, so positions stay the file's.
 */
export async function renderBody(body: string, filePath: string, lineOffset: number): Promise<RenderedBody> {
  const file = new VFile({ value: '\n'.repeat(lineOffset) + body, path: filePath, data: { astro: { frontmatter: {} } } });
  const result = await processor.process(file);
  const astro = result.data as { astro?: { headings?: MarkdownHeading[] } };
  return { html: String(result.value), headings: astro.astro?.headings ?? [] };
}
