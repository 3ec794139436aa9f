// Evidence register (证据登记): dated records that prove clauses are met.
import { z } from 'zod';
import { LIMITS, tooLong } from './limits.ts';
import type { Classification } from './common.ts';
import { ClassificationSchema, ClauseRefSchema, DateSchema, SlugIdSchema } from './common.ts';
import { AuditScopeSchema } from './competence.ts';

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

/** A value of a filled form: text, a number, yes/no, a list of choices, or table rows. */
export const RecordValueSchema = z
  .union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.record(z.string(), z.union([z.string(), z.number()])))])
  .describe('A field value: text, a number, true/false, a list of choices, or table rows (column → value).');

/** A summary of several filled forms: per subject, the score of each dimension of a computed result and the total stated. */
export const RecordResultsSchema = z
  .object({
    of: z.string().describe('Key of the computed result (with `groups`) of the producing template the record summarises, e.g. `weighted_total`.'),
    weights: z
      .record(z.string(), z.number())
      .optional()
      .describe('The weights (percent) the record says it used, by dimension key, as printed on it; compared with the form\'s.'),
    rows: z
      .array(
        z
          .object({
            subject: z.string().min(1).describe('What was scored, e.g. a candidate partner\'s name.'),
            total: z.number().describe('The total the record states for it.'),
          })
          .catchall(z.number())
          .describe('One subject: `subject`, `total`, and its score for each dimension by key.'),
      )
      .min(1)
      .describe('One row per subject scored.'),
  })
  .strict();
export type RecordResults = z.infer<typeof RecordResultsSchema>;

export const EvidenceSchema = z
  .object({
    id: z
      .string()
      .regex(/^EV-\d{4}-\d{3,}$/, { message: 'expected an evidence id `EV-YYYY-NNN`, e.g. `EV-2026-014`' })
      .describe('Stable id `EV-YYYY-NNN`. Never reuse one.'),
    title: z.string().min(1).max(LIMITS.titleChars, { error: tooLong(LIMITS.titleChars) }).describe('What the record is, in Chinese, e.g. `2026年第一次管理评审会议纪要`.'),
    kind: z.enum(EVIDENCE_KINDS).describe(`Kind of record: ${EVIDENCE_KINDS.map((k) => `\`${k}\``).join(', ')}.`),
    date: DateSchema.describe('Date the record was made or signed, `YYYY-MM-DD`.'),
    clauses: z.array(ClauseRefSchema).min(1).describe('Clauses this record proves.'),
    produced_by: z.string().min(1).describe('Id of the SOP or template that produced it, e.g. `SOP-003`.'),
    owner: SlugIdSchema.describe('Department id that keeps the record.'),
    location: z
      .string()
      .min(1)
      .describe('Where the record is: a repository path under `content/evidence/files/` or an `https://` URL.'),
    classification: ClassificationSchema.optional().describe(
      'Who may read it. Defaults to the classification of records of the template or SOP that produced it (`records_classification`, else its own).',
    ),
    summary: z.string().max(LIMITS.summaryChars, { error: tooLong(LIMITS.summaryChars) }).optional().describe('One sentence on what the record shows.'),
    values: z
      .record(z.string(), RecordValueSchema)
      .optional()
      .describe('What the filled form says, by field `key` of the template that produced it; checked against its fields and computed results.'),
    results: RecordResultsSchema.optional().describe(
      'What a summary of several filled forms states (a panel\'s dimension averages and totals); each total is recomputed with the form\'s weights.',
    ),
    instance: z.string().regex(/^[A-Z]+-[\w-]+$/, { message: 'expected the id of a case, e.g. `CASE-2026-003`' }).optional().describe('The case (or relationship) this record belongs to, e.g. `CASE-2026-003`.'),
    step: z
      .string()
      .regex(/^SOP-[\w-]+#\d+(-\d+)?$/, { message: 'expected `SOP-id#step` or `SOP-id#first-last`, e.g. `SOP-011#2` or `SOP-009#3-5`' })
      .optional()
      .describe('The procedure step the record shows done, `SOP-id#n`, e.g. `SOP-011#2` (0 is the trigger); a record of several steps in a row (one approval form signed at three levels) names them `SOP-id#first-last`, e.g. `SOP-009#3-5`.'),
    at: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'expected a date and time `YYYY-MM-DDTHH:MM`, e.g. `2026-07-13T09:30`' })
      .optional()
      .describe('Date and time of the record, `YYYY-MM-DDTHH:MM`, where a time limit is in hours.'),
    decided_by: SlugIdSchema.optional().describe('Role that took the decision, for a step with a gate.'),
    fulfils: z
      .string()
      .regex(/^[A-Z]+-[\w-]+#[\w-]+$/, { message: 'expected `DOC-id#obligation-id`, e.g. `POL-002#compliance-list-check`' })
      .optional()
      .describe('The recurring obligation this record fulfils, `DOC-id#obligation-id`, e.g. `POL-002#compliance-list-check`; it then counts for that obligation only.'),
    // Competence register: who audited what, for auditor independence (CB942) and qualification (CB941).
    audit: AuditScopeSchema.optional().describe('For an internal audit report: its dates, the departments and procedures audited, and the team (who audited what).'),
  })
  .strict();
/** An evidence record as written; `classification` may be left to the producing document. */
export type EvidenceInput = z.infer<typeof EvidenceSchema>;
/** An evidence record with its classification resolved (stated, or inherited from what produced it). */
export type Evidence = Omit<EvidenceInput, 'classification'> & {
  readonly classification: Classification;
  /** Whether `classification` was written on the record (false: inherited). */
  readonly classificationStated: boolean;
};

export const EvidenceFileSchema = z
  .object({ records: z.array(z.unknown()).describe('Evidence records; each is validated on its own.') })
  .strict();

/** The evidence register file as editors write it (its JSON Schema); the loader reads it as EvidenceFileSchema. */
export const EvidenceRegisterSchema = z
  .object({ records: z.array(EvidenceSchema).describe('Evidence records, one per dated record.') })
  .strict();
