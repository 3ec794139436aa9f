// A body's tables scroll inside their own box on a narrow screen instead of widening the page: each
// <table> is wrapped in <div class="table-wrap">. Runs after the content policy, so the only class it
// adds is its own.
import type { Element, Root, RootContent } from 'hast';

function wrapped(children: readonly RootContent[]): RootContent[] {
  return children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'table') return { type: 'element', tagName: 'div', properties: { className: ['table-wrap'] }, children: [child] } satisfies Element;
    return { ...child, children: wrapped(child.children) as Element['children'] };
  });
}

export default function rehypeTableWrap() {
  return (tree: Root): Root => ({ ...tree, children: wrapped(tree.children) });
}
