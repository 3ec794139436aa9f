// Remark plugin: a body's own "相关文件" section and the frontmatter's `related` list become one section.
// The documents `related` names that the section does not link yet are added at its end (a document
// this build withholds only as a count), and the page then shows no second related-documents list.
import type { Heading, Link, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isRelatedHeading } from '../components/related.ts';
import { t } from '../i18n/index.ts';
import { idPath } from '../model/routes.ts';
import { published as publishedContent } from '../site/index.ts';
import { documentOfFile, documentTitles } from './published-lookup.ts';

export default function remarkRelated() {
  return async (tree: Root, file: VFile) => {
    const { published } = await publishedContent();
    const doc = documentOfFile(published, file.path);
    if (!doc?.data || doc.data.related.length === 0) return;
    const start = tree.children.findIndex((n) => n.type === 'heading' && isRelatedHeading(n.depth, toString(n)));
    if (start < 0) return;
    const next = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && (n as Heading).depth <= 2);
    const end = next < 0 ? tree.children.length : next;
    // The documents the section already links to, by id (links are written as /id/<ID>/).
    const linked = new Set<string>();
    for (const node of tree.children.slice(start + 1, end)) {
      visit(node, 'link', (l: Link) => {
        const m = /^\/id\/([^/]+)\/?/.exec(l.url);
        if (m) linked.add(decodeURIComponent(m[1]!).toUpperCase());
      });
    }
    const missing = doc.data.related.filter((id) => !linked.has(id.toUpperCase()));
    const titles = documentTitles(published);
    const shown = missing.filter((id) => titles.has(id) && !published.withheld.has(id));
    const withheld = missing.length - shown.length;
    if (shown.length === 0 && withheld === 0) return;
    const children: PhrasingContent[] = [{ type: 'text', value: t('doc.relatedAlso') }];
    shown.forEach((id, i) => {
      if (i > 0) children.push({ type: 'text', value: t('punct.list') });
      children.push({ type: 'link', url: idPath(id), title: null, children: [{ type: 'text', value: `${id} ${titles.get(id)}` }] });
    });
    if (withheld > 0) children.push({ type: 'text', value: `${shown.length ? t('punct.semicolon') : ''}${t('doc.relatedWithheld', { n: withheld })}` });
    tree.children.splice(end, 0, { type: 'paragraph', children } as RootContent);
  };
}
