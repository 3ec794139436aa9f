// What the remark plugins ask of the published content for each Markdown file: which published document
// the file is, and every published document's title. Indexed once per content (one build), not searched
// per file: a search of every document per file made the plugins quadratic in the number of documents.
import type { Content } from '../site/index.ts';

type Published = Content['published'];
type Doc = Published['corpus']['documents'][number];

interface Index {
  /** Documents with data by their file (`content/sops/x.mdx`). */
  readonly byFile: ReadonlyMap<string, Doc>;
  /** How many path segments the documents' files have (3 for `content/sops/x.mdx`). */
  readonly depths: readonly number[];
  readonly titles: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Published, Index>();

function indexOf(published: Published): Index {
  let index = indexes.get(published);
  if (!index) {
    const documents = published.corpus.documents.filter((d) => d.data);
    index = {
      byFile: new Map(documents.map((d) => [d.file, d])),
      depths: [...new Set(documents.map((d) => d.file.split('/').length))],
      titles: new Map(documents.flatMap((d) => (d.data && d.id ? [[d.id, d.data.title] as const] : []))),
    };
    indexes.set(published, index);
  }
  return index;
}

/** The published document (with data) whose file `filePath` (absolute, either slash) ends with, if any. */
export function documentOfFile(published: Published, filePath: string | undefined): Doc | undefined {
  const segments = (filePath ?? '').split('\\').join('/').split('/');
  const index = indexOf(published);
  for (const depth of index.depths) {
    // The whole file name below some folder: `/content/sops/x.mdx` at the end of the path.
    if (segments.length <= depth) continue;
    const doc = index.byFile.get(segments.slice(-depth).join('/'));
    if (doc) return doc;
  }
  return undefined;
}

/** Every published document's title by its id. */
export const documentTitles = (published: Published): ReadonlyMap<string, string> => indexOf(published).titles;
