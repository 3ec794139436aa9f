// What a document body may contain. Documents are a declared subset of MDX: Markdown, GFM and a few
// plain HTML elements; no import, export, expression or component (nothing that runs code). The check
// (CB307-CB309) and the build's sanitiser (src/integrations/rehype-content-policy.ts) read these lists.

/**
 * HTML elements an editor may write in a body, with the attributes each may carry. Everything else
 * written as HTML is removed by the build (CB308 says so first).
 */
export const BODY_HTML: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  kbd: [],
  mark: [],
  small: [],
  del: [],
  ins: [],
  abbr: ['title'],
  details: ['open'],
  summary: [],
};

/** Link schemes a reader may follow; anything else (javascript:, data:, http:, file:) is removed. */
export const LINK_SCHEMES = ['https', 'mailto'] as const;

export type UrlKind = 'link' | 'image';

/** Why the build removes an address: another host, or a scheme not allowed for an image or a link (CB309 words it). */
export type UrlRefusal = { readonly reason: 'other-host' } | { readonly reason: 'image-scheme' | 'link-scheme'; readonly scheme: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Why the build removes this address, or undefined when it keeps it. Links may be site-relative,
 * `https:` or `mailto:`; images and other resources only site-relative (no page loads anything from
 * another host).
 */
export function urlProblem(url: string, kind: UrlKind): UrlRefusal | undefined {
  // Browsers ignore tabs, line breaks and leading spaces in a URL; so do we before reading its scheme.
  const plain = url.replace(/[\t\n\r]/g, '').trim();
  if (plain.startsWith('//') || plain.startsWith('\\\\') || /^\/\\|^\\\//.test(plain)) return { reason: 'other-host' };
  const scheme = SCHEME.exec(plain)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (kind === 'image') return { reason: 'image-scheme', scheme };
  if ((LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return { reason: 'link-scheme', scheme };
}
