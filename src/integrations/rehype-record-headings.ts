// A record kept as Markdown (content/evidence/files/) renders inside its evidence page, under that page's
// own heading "记录内容" (h2): its headings move two levels down (h1 → h3, … h6 stays), so the page keeps
// one h1 and an outline without jumps.
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';

const HEADING = /^h([1-6])$/;

function demoted(children: readonly RootContent[]): RootContent[] {
  return children.map((child) => {
    if (child.type !== 'element') return child;
    const m = HEADING.exec(child.tagName);
    const tagName = m ? `h${Math.min(6, Number(m[1]) + 2)}` : child.tagName;
    return { ...child, tagName, children: demoted(child.children) as Element['children'] };
  });
}

export default function rehypeRecordHeadings() {
  return (tree: Root, file: VFile): Root => ((file.path ?? '').split('\\').join('/').includes('/content/evidence/files/') ? { ...tree, children: demoted(tree.children) } : tree);
}
