// Recurring obligations (定期义务): duties a procedure or form sets on a schedule (a quarterly access-log
// review, an annual emergency drill), as an RFC 5545 recurrence rule with the form whose records
// satisfy each occurrence. Each occurrence's state is computed from the records (src/model/obligations.ts).
import { z } from 'zod';
import { ClauseRefSchema, DateSchema, SlugIdSchema } from './common.ts';
import { EVIDENCE_KINDS } from './evidence.ts';

export const OBLIGATION_SCOPES = ['organisation', 'relationship'] as const;

/** What the record of an occurrence must say for the occurrence to count as met: one condition on one field of the form. */
export const SuccessCriterionSchema = z
  .object({
    field: z.string().min(1).describe('Key of a field of the obligation\'s form (a template), e.g. `drill_result`.'),
    filled: z.literal(true).optional().describe('The field has a value (a table at least one row).'),
    equals: z.union([z.string(), z.number(), z.boolean()]).optional().describe('The field has exactly this value, e.g. `通过` or `true`.'),
    min: z.number().optional().describe('A number field is at least this, e.g. `2`.'),
    max: z.number().optional().describe('A number field is at most this.'),
  })
  .strict()
  .refine((c) => [c.filled, c.equals, c.min, c.max].some((v) => v !== undefined), { message: 'a criterion states a condition: `filled: true`, `equals`, `min` or `max`' });
export type SuccessCriterion = z.infer<typeof SuccessCriterionSchema>;

export const ObligationSchema = z
  .object({
    id: SlugIdSchema.describe('Id of the obligation within its document, e.g. `access-log-review`.'),
    title: z.string().min(1).describe('What is done, in Chinese, e.g. `访问日志季度审查`.'),
    rrule: z
      .string()
      .min(1)
      .describe('When it recurs: an RFC 5545 RRULE without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;INTERVAL=3` (quarterly) or `FREQ=YEARLY;BYMONTH=11`.'),
    start: DateSchema.describe('The first occurrence, `YYYY-MM-DD`; later ones follow the rule.'),
    until: DateSchema.optional().describe('The last day the obligation applies.'),
    form: z.string().min(1).describe('Id of the document (a template, SOP or the policy itself) whose records satisfy an occurrence, e.g. `TPL-018`.'),
    step: z.number().int().nonnegative().optional().describe('When `form` is a procedure: the step whose records satisfy an occurrence (they name it in `step`, e.g. `SOP-012#6`); without it any record of the procedure counts.'),
    kinds: z
      .array(z.enum(EVIDENCE_KINDS))
      .default([])
      .describe('Only records of these kinds (the evidence `kind`) count, e.g. `[report]` when the form is a policy whose other records (an appointment letter) are not the report; without it any kind counts.'),
    named: z.boolean().default(false).describe('Only records that name the obligation (`fulfils: DOC-id#obligation-id`) count: for a form whose other records are not this duty\'s and `kinds` cannot tell them apart.'),
    per: z.enum(OBLIGATION_SCOPES).default('organisation').describe('`organisation` (one record per occurrence) or `relationship` (one per relationship at stage 5 or later, its records naming it in `instance`).'),
    grace_days: z.number().int().nonnegative().default(0).describe('Days after an occurrence\'s period ends within which a record still counts before it is missed.'),
    clauses: z.array(ClauseRefSchema).default([]).describe('Clauses a missed occurrence fails (default: the document\'s own).'),
    success: z
      .array(SuccessCriterionSchema)
      .default([])
      .describe('What the record of an occurrence must say (its `values`) for the occurrence to be met, e.g. `[{ field: drill_result, equals: 通过 }]`; a record that says otherwise leaves it not met.'),
  })
  .strict();
export type Obligation = z.infer<typeof ObligationSchema>;
