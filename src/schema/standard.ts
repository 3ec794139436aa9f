// content/standards/<key>.yaml: a clause catalogue, kept as data so a revision renumbers without code.
import { z } from 'zod';

export const CLAUSE_KINDS = ['requirement', 'heading', 'informative'] as const;

export const ClauseSchema = z
  .object({
    id: z
      .string()
      .regex(/^[0-9A-Z]+(\.\d+)*$/, { message: 'expected a clause number such as `8.5` or an annex letter such as `A`' })
      .describe('Clause number, e.g. `8.5`, or annex letter.'),
    title_zh: z.string().min(1).describe('Chinese title.'),
    title_en: z.string().min(1).describe('English title.'),
    kind: z
      .enum(CLAUSE_KINDS)
      .describe('`requirement` is auditable; `heading` rolls up its children; `informative` carries no requirement.'),
    parent: z.string().nullable().default(null).describe('Id of the parent clause, or null.'),
    stage: z.number().int().min(1).max(8).nullable().default(null).describe('Lifecycle stage 1-8 for 8.2-8.9.'),
    confidence: z.enum(['high', 'medium', 'low']).optional().describe('How sure the catalogue is of this entry.'),
    notes: z.string().optional().describe('Editorial note.'),
    audit: z
      .array(z.string())
      .optional()
      .describe('What an auditor looks for under this clause, in Chinese: the records and behaviour that show it is met.'),
  })
  .strict();
export type Clause = z.infer<typeof ClauseSchema>;

export const StandardSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+$/).describe('Key used in clause references, e.g. `gbt40144`.'),
    title: z.string().min(1).describe('Full title, e.g. `GB/T 40144-2021 协作业务关系管理体系 要求和框架`.'),
    equivalent: z.string().optional().describe('Identical international standard, e.g. `ISO 44001:2017`.'),
    clauses: z.array(ClauseSchema).min(1).describe('Every clause, parents before children.'),
  })
  .strict();
export type Standard = z.infer<typeof StandardSchema>;
