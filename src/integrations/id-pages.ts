// `/id/<ID>/` for every published document: a stable address whatever the file is called, as a page that
// sends the reader on. Written by the build after the search index (src/integrations/clausebook.ts), not
// rendered by Astro: a page per document cost Astro about as much as a document page, for a redirect; and
// the index no longer lists each document twice. The dev server renders the same page from
// src/pages/id/[id].astro.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { prefixInternalUrls } from './base-path.ts';

export interface IdPage {
  readonly id: string;
  /** The document's page, root-relative (`/sops/partner-selection/`). */
  readonly target: string;
  readonly title: string;
}

/** The page's HTML: the same head and words as the dev server's, the site's policy, titles escaped. */
export function idPageHtml(page: IdPage, lang: string, policy: string, redirecting: string): string {
  // The shortest escapes (`&#39;`), as security-headers.ts reads a policy back.
  return toHtml({
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('title', page.title),
          h('meta', { httpEquiv: 'refresh', content: `0; url=${page.target}` }),
          h('link', { rel: 'canonical', href: page.target }),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('meta', { httpEquiv: 'content-security-policy', content: policy }),
        ]),
        h('body', [h('p', [`${redirecting} `, h('a', { href: page.target }, page.title)])]),
      ]),
    ],
  }, { characterReferences: { useShortestReferences: true }, upperDoctype: true });
}

/** Write every document's /id/ page under `dir`, with `base` in front of its links. */
export async function writeIdPages(dir: string, pages: readonly IdPage[], options: { lang: string; policy: string; redirecting: string; base: string }): Promise<number> {
  for (const page of pages) {
    const folder = path.join(dir, 'id', page.id);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.html'), prefixInternalUrls(idPageHtml(page, options.lang, options.policy, options.redirecting), options.base));
  }
  return pages.length;
}
