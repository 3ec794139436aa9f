// What the content collections load (src/content.config.ts, through src/integrations/collections-bridge.ts):
// each published document of a type becomes an entry whose body is already HTML
// (src/integrations/body-pipeline.ts), so `render(entry)` needs no module per document; and the published
// evidence records' Markdown files. The lists come from the model, cut to the build's profile: a document
// above the profile never reaches Astro, so no page, chunk or data store entry can carry it.
//
// Astro keeps the entries between builds (its data store, in the content cache). An entry is rendered again
// when its file or anything its body shows from elsewhere may have changed: its digest covers its text and
// the render key (renderKey: the code, the settings, the files that are not documents, and the other
// documents' ids, titles and withholding), so a rebuild after one body changed renders that body only.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { CollectionsSource } from './collections-bridge.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { projectCodeVersion } from '../model/load/content-cache.ts';
import { contentStamp } from '../model/load/stamp.ts';
import { DOC_TYPE_NAMES, DOC_TYPES } from '../schema/index.ts';
import { settings } from '../settings.ts';
import { published } from '../site/index.ts';
import { renderBody } from './body-pipeline.ts';

type Published = Awaited<ReturnType<typeof published>>['published'];

/**
 * What every body's rendering depends on besides its own file: the code, the settings (profile, date), the
 * files that are not documents (rules, the organisation, registers, evidence: a rule's value, a person's
 * name, a withheld record), and of the other documents what a body prints of them (id, file and title,
 * remark-related) and whether they are withheld (remark-withheld). A body plugin that reads anything else
 * of another document must add it here, or a page would keep what that document said before.
 */
function renderKey(publishedContent: Published): Promise<string> {
  // Once per content: the five collections sync from the same (a changed file makes a new one).
  let key = renderKeys.get(publishedContent);
  if (!key) renderKeys.set(publishedContent, (key = computeRenderKey(publishedContent)));
  return key;
}
const renderKeys = new WeakMap<Published, Promise<string>>();

async function computeRenderKey(publishedContent: Published): Promise<string> {
  const folders = new Set<string>(DOC_TYPE_NAMES.map((t) => DOC_TYPES[t].folder));
  const registers = await contentStamp(path.join(settings().root, 'content'), (file) => folders.has(file.split(path.sep)[0]!));
  const documents = publishedContent.corpus.documents.map((d) => [d.id, d.file, d.data?.title]);
  const withheld = { ids: [...publishedContent.withheld].sort(), paths: [...publishedContent.withheldPaths].sort() };
  return createHash('sha256').update(await projectCodeVersion()).update(JSON.stringify(settings())).update(registers).update(JSON.stringify({ documents, withheld })).digest('hex');
}

/**
 * Bring the collection's entries in line with the published documents of the type kept in `folder`. In the
 * dev server the integration runs this again after a content file changed and its checks ran
 * (`refreshContent` in src/integrations/clausebook.ts): Astro then writes its data store at once, where a
 * loader's own watcher would leave it to a save half a second later.
 */
async function syncDocuments(folder: string, { store, parseData, generateDigest, config }: LoaderContext): Promise<void> {
  const { root } = settings();
  const type = DOC_TYPE_NAMES.find((t) => DOC_TYPES[t].folder === folder);
  if (!type) throw new Error(`content.config.ts: no document type is kept in content/${folder}/`);
  const prefix = `content/${folder}/`;
  const publishedContent = (await published()).published;
  const key = await renderKey(publishedContent);
  const docs = publishedContent.corpus.documents.filter((d) => d.type === type);
  const kept = new Set<string>();
  for (const doc of docs) {
    if (!doc.id || !doc.data) continue;
    const id = doc.file.slice(prefix.length).replace(/\.mdx$/, '');
    kept.add(id);
    const digest = generateDigest(`${key}\0${doc.file}\0${doc.text}`);
    if (store.get(id)?.digest === digest) continue;
    const split = splitFrontmatter(doc.text);
    if (!split) throw new Error(`${doc.file}: the model holds a document without frontmatter`);
    const filePath = path.join(root, doc.file);
    const { html, headings } = await renderBody(split.body, filePath, split.bodyLineOffset);
    const data = await parseData({ id, data: { id: doc.id } });
    store.set({ id, data, digest, filePath: path.relative(fileURLToPath(config.root), filePath), rendered: { html, metadata: { headings } } });
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}

/** A file name as a glob pattern that matches only itself. */
const literal = (name: string) => name.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

/** The published evidence records' Markdown files, as glob patterns below content/evidence/files/. */
async function evidenceFiles(): Promise<{ base: URL; patterns: string[] }> {
  const prefix = 'content/evidence/files/';
  const { corpus } = (await published()).published;
  const files = corpus.evidence.flatMap((e) => (e.data && e.data.location.startsWith(prefix) && e.data.location.endsWith('.md') ? [literal(e.data.location.slice(prefix.length))] : []));
  return { base: pathToFileURL(`${path.join(settings().root, prefix)}`), patterns: [...new Set(files)] };
}

/** What the integration offers the content collections. */
export const collections: CollectionsSource = { syncDocuments, evidenceFiles };
