// content/glossary.yaml: terms staff meet in the handbook, with their meaning.
import { z } from 'zod';

export const GlossaryTermSchema = z
  .object({
    term: z.string().min(1).describe('The term in Chinese, e.g. `关系管理计划`.'),
    en: z.string().optional().describe('English term used in ISO 44001, e.g. `relationship management plan`.'),
    definition: z.string().min(1).describe('What it means in this organisation, in one or two sentences.'),
    related: z.array(z.string()).default([]).describe('Ids of documents where the term matters, e.g. `SOP-002`.'),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const GlossarySchema = z
  .object({ terms: z.array(GlossaryTermSchema).min(1).describe('Terms, in the order they are listed.') })
  .strict();
export type Glossary = z.infer<typeof GlossarySchema>;
