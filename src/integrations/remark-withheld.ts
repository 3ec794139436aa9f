// Remark plugin: a link in a published body to a document or evidence record the build's profile
// withholds becomes the bare id marked restricted. The link text goes too: it may carry the title.
// Every way of writing such a link counts: inline or reference-style (`[text][ref]` with a definition),
// by id or by the document's path, percent-encoded or in any letter case (withheldTarget()).
import type { Definition, Link, LinkReference, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { t } from '../i18n/index.ts';
import { withheldTarget } from '../model/profile.ts';
import { published as publishedContent } from '../site/index.ts';

export default function remarkWithheld() {
  return async (tree: Root) => {
    const { published } = await publishedContent();
    if (published.withheld.size === 0) return;
    const target = (url: string) => withheldTarget(url, published);
    // Reference-style links resolve through their definitions (identifiers compare case-insensitively).
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node: Definition) => void definitions.set(node.identifier.toLowerCase(), node.url));
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      let id: string | undefined;
      if (node.type === 'link') id = target((node as Link).url);
      else if (node.type === 'linkReference') {
        const url = definitions.get((node as LinkReference).identifier.toLowerCase());
        id = url === undefined ? undefined : target(url);
      } else if (node.type === 'definition') {
        // A definition renders nothing, but leaves no withheld address in the tree either.
        if (target((node as Definition).url)) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        return;
      }
      if (!id) return;
      parent.children[index] = {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['withheld'] } },
        children: [{ type: 'text', value: `${id} ` }, { type: 'inlineCode', value: t('doc.withheld'), data: { hName: 'small' } }],
      } as unknown as Link;
      return [SKIP, index + 1];
    });
  };
}
