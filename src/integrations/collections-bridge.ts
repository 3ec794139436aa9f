// How the content collections (src/content.config.ts) reach the model: through the integration's copy of
// it, which has loaded and checked the content before Astro syncs anything. Astro loads content.config.ts
// through Vite's module runner, which transforms every module it imports: importing the model there cost
// about 1.2 s per build, the handbook's or a thousand documents' (issue #24). This module imports nothing
// at run time, so the collections' module graph is this file and Astro's own.
import type { LoaderContext } from 'astro/loaders';

/** What the integration offers the collections. */
export interface CollectionsSource {
  /** Bring the collection's entries in line with the published documents of a type (its folder's name). */
  readonly syncDocuments: (folder: string, context: LoaderContext) => Promise<void>;
  /** The folder of the evidence records' Markdown files, and the published records' files in it. */
  readonly evidenceFiles: () => Promise<{ readonly base: URL; readonly patterns: readonly string[] }>;
}

/** The name of the documents' loader (src/content.config.ts): the dev server refreshes it by name. */
export const DOCUMENTS_LOADER = 'clausebook-documents';

const SLOT = Symbol.for('clausebook.collections');
type Slot = { [SLOT]?: CollectionsSource };

/** The integration's offer, made when Astro sets it up (a build, the dev server, `astro sync`). */
export function provideCollections(source: CollectionsSource): void {
  (globalThis as Slot)[SLOT] = source;
}

/** The offer; outside an Astro run with the clausebook integration there is none. */
export function collectionsSource(): CollectionsSource {
  const source = (globalThis as Slot)[SLOT];
  if (!source) throw new Error('the content collections are loaded only by an Astro build, dev server or sync with the clausebook integration (astro.config.mjs)');
  return source;
}
