// Evidence register (证据登记): dated records that prove clauses are met.
import { z } from 'zod';
import { ClassificationSchema, ClauseRefSchema, DateSchema, SlugIdSchema } from './common.ts';

export const EVIDENCE_KINDS = [
  'minutes',
  'signed-form',
  'report',
  'audit-report',
  'management-review',
  'training-record',
  'survey',
  'assessment',
  'register',
  'plan',
  'agreement',
  'log',
] as const;

export const EvidenceSchema = z
  .object({
    id: z
      .string()
      .regex(/^EV-\d{4}-\d{3,}$/, { message: 'expected an evidence id `EV-YYYY-NNN`, e.g. `EV-2026-014`' })
      .describe('Stable id `EV-YYYY-NNN`. Never reuse one.'),
    title: z.string().min(1).describe('What the record is, in Chinese, e.g. `2026年第一次管理评审会议纪要`.'),
    kind: z.enum(EVIDENCE_KINDS).describe(`Kind of record: ${EVIDENCE_KINDS.map((k) => `\`${k}\``).join(', ')}.`),
    date: DateSchema.describe('Date the record was made or signed, `YYYY-MM-DD`.'),
    clauses: z.array(ClauseRefSchema).min(1).describe('Clauses this record proves.'),
    produced_by: z.string().min(1).describe('Id of the SOP or template that produced it, e.g. `SOP-003`.'),
    owner: SlugIdSchema.describe('Department id that keeps the record.'),
    location: z
      .string()
      .min(1)
      .describe('Where the record is: a repository path under `content/evidence/files/` or an `https://` URL.'),
    classification: ClassificationSchema.default('internal'),
    summary: z.string().optional().describe('One sentence on what the record shows.'),
  })
  .strict();
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EvidenceFileSchema = z
  .object({ records: z.array(z.unknown()).describe('Evidence records; each is validated on its own.') })
  .strict();
