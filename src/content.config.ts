// Astro content collections: one per document type, and the evidence records kept as Markdown files.
// Each lists only what the build's profile publishes: a document above the profile never reaches Astro,
// so no page, chunk, data store entry or module map can carry it. The model (validated with the same
// schemas as the CLI) is the integration's: this module reaches it through src/integrations/collections-bridge.ts
// and imports nothing of it (Vite would transform all of it again for this module).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { DOCUMENTS_LOADER, collectionsSource } from './integrations/collections-bridge.ts';

/** The published documents of a folder's type, bodies rendered to HTML (src/integrations/document-loader.ts). */
function documents(folder: string) {
  const loader: Loader = { name: DOCUMENTS_LOADER, load: (context) => collectionsSource().syncDocuments(folder, context) };
  // A page reads of an entry its document's id and rendered body; the rest is in the model.
  return defineCollection({ loader, schema: z.object({ id: z.string() }) });
}

/** The Markdown files of the published evidence records (content/evidence/files/*.md): each renders on its record's page. */
async function evidenceFiles() {
  const { base, patterns } = await collectionsSource().evidenceFiles();
  if (patterns.length === 0) return defineCollection({ loader: { name: 'clausebook-none', load: async () => {} } });
  return defineCollection({ loader: glob({ pattern: [...patterns], base }) });
}

export const collections = {
  policies: documents('policies'),
  sops: documents('sops'),
  templates: documents('templates'),
  cases: documents('cases'),
  relationships: documents('relationships'),
  evidenceFiles: await evidenceFiles(),
};
