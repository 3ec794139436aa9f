// The content loader of the document collections: each published document of a type becomes an entry
// whose body is already HTML (src/integrations/body-pipeline.ts), so `render(entry)` needs no module per
// document. The list comes from the model, cut to the build's profile: a document above the profile never
// reaches Astro, so no page, chunk or data store entry can carry it.
//
// Astro keeps the entries between builds (its data store, in the content cache). An entry is rendered again
// when its file or anything its body shows from elsewhere may have changed: its digest covers its text and
// the render key, which covers the code, the settings (profile, date) and the stamp of every content file
// (a title, a rule's value, an objective or a withheld document elsewhere changes what a body prints).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { codeVersion } from '../model/load/content-cache.ts';
import { contentStamp } from '../model/load/stamp.ts';
import { DOC_TYPES } from '../schema/index.ts';
import type { DocType } from '../schema/index.ts';
import { settings } from '../settings.ts';
import { published } from '../site/index.ts';
import { renderBody } from './body-pipeline.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** What a page reads of an entry besides its rendered body: the document's id (the rest is in the model). */
const ENTRY = z.object({ id: z.string() });

/** One code version per process (every collection asks). */
let code: Promise<string> | undefined;

/** What every body's rendering depends on besides its own text. */
async function renderKey(): Promise<string> {
  code ??= codeVersion(PROJECT);
  const stamp = await contentStamp(path.join(settings().root, 'content'));
  return createHash('sha256').update(await code).update(JSON.stringify(settings())).update(stamp).digest('hex');
}

/** Bring the collection's entries in line with the published documents of `type`. */
async function sync(type: DocType, { store, parseData, generateDigest, config }: LoaderContext): Promise<void> {
  const { root } = settings();
  const prefix = `content/${DOC_TYPES[type].folder}/`;
  const key = await renderKey();
  const docs = (await published()).published.corpus.documents.filter((d) => d.type === type);
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

/** The loader of the collection of documents of `type`. In the dev server it syncs again after a content file changed. */
export function documentLoader(type: DocType): Loader {
  return {
    name: 'clausebook-documents',
    schema: ENTRY,
    load: async (context) => {
      await sync(type, context);
      const folder = path.join(settings().root, 'content') + path.sep;
      let timer: NodeJS.Timeout | undefined;
      context.watcher?.on('all', (_event, file) => {
        if (!file.startsWith(folder)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void sync(type, context).catch((error: Error) => context.logger.error(error.message)), 50);
      });
    },
  };
}
