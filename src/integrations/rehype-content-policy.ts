// Rehype plugin, run on every document body before Astro adds its own exports: the body becomes the
// declared MDX subset (src/model/content-policy.ts) whatever it holds. HTML elements on the allow-list
// become plain elements; every other MDX node (import, export, expression, component, other HTML) is
// dropped with its content; then hast-util-sanitize (GitHub's schema, tightened) removes what remains
// outside it: attributes, `javascript:`/`data:`/`http:` links, images from another host. `check`
// reports the same things first (CB307-CB309), so this is the second line, not the first.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Schema } from 'hast-util-sanitize';
import { BODY_HTML, LINK_SCHEMES, urlProblem } from '../model/content-policy.ts';

/** What may reach a page: Markdown and GFM output, the allowed HTML, and the restricted-id marker. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), ...Object.keys(BODY_HTML), 'span', 'small'])],
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(Object.entries(BODY_HTML).map(([name, allowed]) => [name, [...(defaultSchema.attributes?.[name] ?? []), ...allowed]])),
    span: [['className', 'withheld']],
    // A cited rule (src/integrations/remark-rules.ts): its value, linked to the defining document.
    a: (defaultSchema.attributes?.a ?? []).map((attribute) => (Array.isArray(attribute) && attribute[0] === 'className' ? [...attribute, 'rule-ref'] : attribute)),
  },
  // Addresses follow urlProblem() (below); the protocol lists are a second guard for links.
  protocols: { href: [...LINK_SCHEMES], cite: ['https'] },
  // Heading ids are made after this plugin, and footnote ids already carry remark-rehype's prefix.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
};

type MdxNode = { type: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: RootContent[] };

const MDX_TYPES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** An allowed HTML element written in the body as a plain element; undefined to drop the node. */
function asElement(node: MdxNode): Element | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  if (!node.name || !Object.hasOwn(BODY_HTML, node.name)) return undefined;
  const properties: Record<string, string | true> = {};
  for (const attribute of node.attributes ?? []) {
    // An expression anywhere makes the element code: drop it whole.
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) return undefined;
    properties[attribute.name!] = attribute.value ?? true;
  }
  return { type: 'element', tagName: node.name, properties, children: policed(node.children ?? []) as ElementContent[] };
}

/** A link keeps its text without a forbidden address; an image from another host goes (one rule: urlProblem). */
function withAllowedAddresses(element: Element): Element | undefined {
  const href = element.properties.href;
  if (element.tagName === 'a' && typeof href === 'string' && urlProblem(href, 'link')) {
    const { href: _removed, ...properties } = element.properties;
    return { ...element, properties };
  }
  const src = element.properties.src;
  if (typeof src === 'string' && urlProblem(src, 'image')) return undefined;
  return element;
}

function policed(children: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    if (MDX_TYPES.has(child.type)) {
      const element = asElement(child as MdxNode);
      if (element) out.push(element);
      continue;
    }
    if (child.type === 'element') {
      const element = withAllowedAddresses(child);
      if (element) out.push({ ...element, children: policed(element.children) as ElementContent[] });
    } else if ('children' in child) out.push({ ...child, children: policed(child.children) } as RootContent);
    else out.push(child);
  }
  return out;
}

export default function rehypeContentPolicy() {
  return (tree: Root): Root => sanitize({ ...tree, children: policed(tree.children) }, SANITIZE_SCHEMA) as Root;
}
