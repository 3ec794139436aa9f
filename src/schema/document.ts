// Frontmatter shared by policies, SOPs, templates and case reviews.
import { z } from 'zod';
import { LIMITS, tooLong } from './limits.ts';
import { ClassificationSchema, ClauseRefSchema, DateSchema, SlugIdSchema, VersionSchema } from './common.ts';

export const DOCUMENT_STATUSES = ['draft', 'in-review', 'approved', 'superseded', 'retired'] as const;
export const DocumentStatusSchema = z
  .enum(DOCUMENT_STATUSES)
  .describe('Lifecycle: `draft` → `in-review` → `approved` → `superseded` or `retired`. Only `approved` policies and SOPs that have taken effect count towards coverage.');
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

export const ChangeSchema = z.object({
  version: VersionSchema.describe('The version this change produced, e.g. `"1.1"`.'),
  date: DateSchema.describe('When the change was approved, `YYYY-MM-DD`.'),
  summary: z.string().min(1).describe('What changed and why, one sentence.'),
  approvers: z
    .array(SlugIdSchema)
    .optional()
    .describe('Role or department ids that approved this change (required for a major version).'),
});
export type Change = z.infer<typeof ChangeSchema>;

export const DocumentCoreSchema = z.object({
  id: z.string().min(1).describe('Stable id with a type prefix, e.g. `SOP-004`. Never reuse or change one.'),
  title: z.string().min(1).max(LIMITS.titleChars, { error: tooLong(LIMITS.titleChars) }).describe('Chinese title as staff say it, e.g. `合作伙伴协作管理制度`.'),
  summary: z
    .string()
    .min(1)
    .max(LIMITS.summaryChars, { error: tooLong(LIMITS.summaryChars) })
    .describe('One sentence saying what the document is for; shown in lists, search results and the page description.'),
  status: DocumentStatusSchema,
  version: VersionSchema,
  owner: SlugIdSchema.describe('Department id from `content/org.yaml` that owns and maintains the document.'),
  approvers: z
    .array(SlugIdSchema)
    .default([])
    .describe('Role or department ids from `content/org.yaml` that approve the document.'),
  effective: DateSchema.optional().describe('Date the approved version takes effect, `YYYY-MM-DD`.'),
  review_by: DateSchema.optional().describe('Date by which the document must be reviewed again; after `effective`.'),
  review_every: z
    .string()
    .regex(/^[1-9]\d? (months|years)$/, { message: 'expected how often the document is reviewed, e.g. `12 months` or `2 years`' })
    .optional()
    .describe('How often the document is reviewed, e.g. `12 months` or `2 years`. The review then falls due that long after the current version\'s date or the last `reviewed`, whichever is later; `review_by` may be left out, and may not be later.'),
  reviewed: DateSchema.optional().describe('When the document was last reviewed and confirmed without a new version, `YYYY-MM-DD`; with `review_every` it moves the next review.'),
  classification: ClassificationSchema.default('internal'),
  clauses: z
    .array(ClauseRefSchema)
    .default([])
    .describe('Clauses this document implements, e.g. `gbt40144:8.5`.'),
  departments: z
    .array(SlugIdSchema)
    .default([])
    .describe('Other departments the document applies to or involves (department ids), used for filtering.'),
  related: z.array(z.string()).default([]).describe('Ids of related documents, e.g. `POL-002`.'),
  supersedes: z
    .array(z.string())
    .default([])
    .describe('Ids of documents this one replaces; each must have status `superseded`.'),
  keywords: z
    .array(z.string())
    .default([])
    .describe('Extra search terms staff may type (synonyms, old names, abbreviations).'),
  changes: z.array(ChangeSchema).default([]).describe('Change record, newest last.'),
});
export type DocumentCore = z.infer<typeof DocumentCoreSchema>;
