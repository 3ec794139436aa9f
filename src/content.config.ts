// Astro content collections: one per document type, and the evidence records kept as Markdown files.
// Each collection lists only what the build's profile publishes: a document above the profile never
// reaches Astro, so no page, chunk, data store entry or module map can carry it. The model has validated
// every document already (the same schemas as the CLI).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocType } from './schema/index.ts';
import { documentLoader } from './integrations/document-loader.ts';
import { settings } from './settings.ts';
import { published } from './site/index.ts';

const { corpus } = (await published()).published;
/** A file name as a glob pattern that matches only itself. */
const literal = (name: string) => name.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

/** The published documents of a type, bodies rendered to HTML (src/integrations/document-loader.ts). */
const collection = (type: DocType) => defineCollection({ loader: documentLoader(type) });

/** The Markdown files of the published evidence records (content/evidence/files/*.md): each renders on its record's page. */
function evidenceFiles() {
  const prefix = 'content/evidence/files/';
  const files = corpus.evidence.flatMap((e) => (e.data && e.data.location.startsWith(prefix) && e.data.location.endsWith('.md') ? [literal(e.data.location.slice(prefix.length))] : []));
  const base = pathToFileURL(`${path.join(settings().root, prefix)}`);
  if (files.length === 0) return defineCollection({ loader: { name: 'clausebook-none', load: async () => {} } });
  return defineCollection({ loader: glob({ pattern: [...new Set(files)], base }) });
}

export const collections = {
  policies: collection('policy'),
  sops: collection('sop'),
  templates: collection('template'),
  cases: collection('case'),
  relationships: collection('relationship'),
  evidenceFiles: evidenceFiles(),
};
