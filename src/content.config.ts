// Astro content collections: one per document type, validated by the same schemas as the CLI.
// Each collection lists only the files the build's profile publishes: a document above the profile
// never reaches Astro, so no page, chunk, data store entry or module map can carry it.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodType } from 'zod';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CaseSchema, DOC_TYPES, PolicySchema, RelationshipSchema, SopSchema, TemplateSchema } from './schema/index.ts';
import type { DocType } from './schema/index.ts';
import { settings } from './settings.ts';
import { published } from './site/index.ts';

const { corpus } = (await published()).published;
/** A file name as a glob pattern that matches only itself. */
const literal = (name: string) => name.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

function collection<S extends ZodType>(type: DocType, schema: S) {
  const folder = DOC_TYPES[type].folder;
  const prefix = `content/${folder}/`;
  const files = corpus.documents.filter((d) => d.type === type).map((d) => literal(d.file.slice(prefix.length)));
  const base = pathToFileURL(`${path.join(settings().root, 'content', folder)}/`);
  // The dev server must see files added while it runs; its pages still render only what the model publishes.
  if (import.meta.env.DEV) return defineCollection({ loader: glob({ pattern: '**/*.mdx', base }), schema });
  // A profile may publish no document of a type: an empty pattern list would match everything.
  const none = { name: 'clausebook-none', load: async () => {} };
  return defineCollection({ loader: files.length === 0 ? none : glob({ pattern: files, base }), schema });
}

/** The Markdown files of the published evidence records (content/evidence/files/*.md): each renders on its record's page. */
function evidenceFiles() {
  const prefix = 'content/evidence/files/';
  const files = corpus.evidence.flatMap((e) => (e.data && e.data.location.startsWith(prefix) && e.data.location.endsWith('.md') ? [literal(e.data.location.slice(prefix.length))] : []));
  const base = pathToFileURL(`${path.join(settings().root, prefix)}`);
  if (files.length === 0) return defineCollection({ loader: { name: 'clausebook-none', load: async () => {} } });
  return defineCollection({ loader: glob({ pattern: [...new Set(files)], base }) });
}

export const collections = {
  policies: collection('policy', PolicySchema),
  sops: collection('sop', SopSchema),
  templates: collection('template', TemplateSchema),
  cases: collection('case', CaseSchema),
  relationships: collection('relationship', RelationshipSchema),
  evidenceFiles: evidenceFiles(),
};
