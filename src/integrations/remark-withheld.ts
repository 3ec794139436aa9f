// Remark plugin: a link in a published body to a document or evidence record the build's profile
// withholds becomes the bare id marked restricted. The link text goes too: it may carry the title.
import type { Link, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { t } from '../i18n/index.ts';
import { siteModel } from './site-data.ts';

const TARGET = /^\/(?:id|evidence)\/([^/#?]+)/;

export default function remarkWithheld() {
  return async (tree: Root) => {
    const { withheld } = await siteModel();
    if (withheld.size === 0) return;
    visit(tree, 'link', (node: Link, index, parent) => {
      const id = TARGET.exec(node.url)?.[1];
      if (!id || !withheld.has(id) || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['withheld'] } },
        children: [{ type: 'text', value: `${id} ` }, { type: 'inlineCode', value: t('doc.withheld'), data: { hName: 'small' } }],
      } as unknown as Link;
      return [SKIP, index + 1];
    });
  };
}
