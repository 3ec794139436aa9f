// Astro content collections: one per document type, validated by the same schemas as the CLI.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CaseSchema, PolicySchema, SopSchema, TemplateSchema } from './schema/index.ts';
import { contentRoot } from './integrations/env.ts';

const base = (folder: string) => pathToFileURL(`${path.join(contentRoot(), 'content', folder)}/`);

export const collections = {
  policies: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: base('policies') }), schema: PolicySchema }),
  sops: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: base('sops') }), schema: SopSchema }),
  templates: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: base('templates') }), schema: TemplateSchema }),
  cases: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: base('cases') }), schema: CaseSchema }),
};
