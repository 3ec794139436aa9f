// Every generated document (.mdx under the content folder floor.ts fills in) as one collection; frontmatter taken as it is.
import { glob } from 'astro/loaders';
import { defineCollection, z } from 'astro:content';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: ['policies/**/*.mdx', 'sops/**/*.mdx', 'templates/**/*.mdx', 'cases/**/*.mdx', 'relationships/**/*.mdx'], base: '__CONTENT__' }),
    schema: z.object({ id: z.string(), title: z.string() }).passthrough(),
  }),
};
