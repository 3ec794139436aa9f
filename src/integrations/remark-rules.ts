// Remark plugin (after remark-directive): `:rule[id]` in a body becomes the rule's value with its unit,
// linked to the document that defines it; a rule this build withholds becomes its id marked restricted.
// Any other directive is put back as the text it was written as (`9:00` parses as one), so nothing
// written is lost; `check` reports a letter-named one (CB606).
import type { Link, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { ruleValue } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { idPath } from '../model/routes.ts';
import { published as publishedContent } from '../site/index.ts';

const DIRECTIVES = new Set(['textDirective', 'leafDirective', 'containerDirective']);

export default function remarkRules() {
  return async (tree: Root, file: VFile) => {
    const { published } = await publishedContent();
    const rules = new Map((published.corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || !DIRECTIVES.has(node.type)) return;
      const directive = node as RootContent & { name: string; children: RootContent[] };
      let replacement: RootContent;
      if (directive.type === 'textDirective' && directive.name === 'rule') {
        const id = toString(directive).trim();
        const rule = rules.get(id);
        replacement = rule
          ? ({ type: 'link', url: idPath(rule.defined_by), title: rule.label, data: { hProperties: { className: ['rule-ref'] } }, children: [{ type: 'text', value: ruleValue(rule) }] } satisfies Link)
          : ({ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['withheld'] } }, children: [{ type: 'text', value: `${id} ` }, { type: 'inlineCode', value: t('doc.withheld'), data: { hName: 'small' } }] } as unknown as RootContent);
      } else {
        const { start, end } = directive.position ?? {};
        const text = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `:${directive.name}`;
        replacement = { type: 'text', value: text } satisfies Text;
      }
      (parent.children as RootContent[])[index] = replacement;
      return [SKIP, index + 1];
    });
  };
}
