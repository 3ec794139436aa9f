// Findings register (不符合项登记): nonconformities, observations and opportunities for improvement, each
// with its correction, root cause, actions and the verification of their effectiveness. A finding's
// status is derived from these facts (src/model/findings.ts), never written.
import { z } from 'zod';
import { LIMITS, tooLong } from './limits.ts';
import { ClassificationSchema, ClauseRefSchema, DateSchema, EvidenceIdSchema, SlugIdSchema } from './common.ts';

export const FINDING_GRADES = ['major', 'minor', 'observation', 'ofi'] as const;
export const FINDING_SOURCES = ['internal-audit', 'external-audit', 'management-review', 'partner-review', 'complaint', 'conformance', 'self'] as const;
export const VERIFICATION_RESULTS = ['effective', 'not-effective'] as const;


export const FindingActionSchema = z
  .object({
    action: z.string().min(1).describe('What is done to remove the cause, one sentence.'),
    owner: SlugIdSchema.describe('Person id (from `content/org.yaml` `people`) who carries it out.'),
    due: DateSchema.describe('When it is due, `YYYY-MM-DD`.'),
    done: DateSchema.optional().describe('When it was done.'),
    record: EvidenceIdSchema.optional().describe('The record that shows it done.'),
  })
  .strict();
export type FindingAction = z.infer<typeof FindingActionSchema>;

export const FindingSchema = z
  .object({
    id: z.string().regex(/^NC-\d{4}-\d{3,}$/, { message: 'expected a finding id `NC-YYYY-NNN`, e.g. `NC-2026-001`' }).describe('Stable id `NC-YYYY-NNN`. Never reuse one.'),
    title: z.string().min(1).max(LIMITS.titleChars, { error: tooLong(LIMITS.titleChars) }).describe('What was found, in Chinese, one line.'),
    grade: z.enum(FINDING_GRADES).describe('`major` (严重不符合), `minor` (一般不符合), `observation` (观察项) or `ofi` (改进机会).'),
    source: z
      .object({
        kind: z.enum(FINDING_SOURCES).describe(`Where it was found: ${FINDING_SOURCES.map((s) => `\`${s}\``).join(', ')}.`),
        record: EvidenceIdSchema.optional().describe('The record it was found in (audit report, review minutes, complaint, the record that breaks a procedure).'),
        check: z.string().regex(/^CB\d{3}$/, { message: 'expected a check code, e.g. `CB708`' }).optional().describe('For a breach a check reports: its code, e.g. `CB708`; with `record` or `instance` it answers that check there (e.g. `CB950` for an act before an appointment).'),
        instance: z.string().optional().describe('For a breach: the case or relationship it happened in, e.g. `CASE-2026-003`.'),
        obligations: z
          .array(
            z
              .object({
                id: z.string().regex(/^[A-Z]+-[\w-]+#[\w-]+$/, { message: 'expected `DOC-id#obligation-id`, e.g. `POL-007#access-log-review`' }).describe('The document and its obligation, e.g. `POL-007#access-log-review`.'),
                periods: z.array(DateSchema).optional().describe('The occurrences it records, by their first day, e.g. `[2026-01-01, 2026-07-01]` (default: every occurrence begun by the day the finding was raised).'),
              })
              .strict(),
          )
          .optional()
          .describe('For missed recurring obligations: which, and which occurrences.'),
        step: z.string().regex(/^SOP-[\w-]+#\d+(-\d+)?$/, { message: 'expected `SOP-id#step` or `SOP-id#first-last`, e.g. `SOP-011#2` or `SOP-009#9-11`' }).optional().describe('For a breach: the procedure step, e.g. `SOP-011#2`, or the steps in a row it concerns, e.g. `SOP-009#9-11`.'),
      })
      .strict()
      .describe('Where the finding comes from.'),
    raised: DateSchema.describe('When it was raised, `YYYY-MM-DD`.'),
    raised_by: SlugIdSchema.describe('Person id who raised it.'),
    owner: SlugIdSchema.describe('Department id responsible for the correction and the actions.'),
    clauses: z.array(ClauseRefSchema).min(1).describe('Clauses the finding is against, e.g. `gbt40144:8.5`.'),
    documents: z.array(z.string()).default([]).describe('Ids of the documents whose requirements were not met, e.g. `SOP-011`.'),
    relationship: z.string().regex(/^REL-\d{3,}$/, { message: 'expected a relationship id, e.g. `REL-001`' }).optional().describe('The relationship it concerns, e.g. `REL-002`.'),
    evidence: z.string().min(1).describe('The objective evidence: what was seen, where, with figures.'),
    correction: z.string().optional().describe('What was done at once to contain it.'),
    root_cause: z.string().optional().describe('Why it happened (for a nonconformity).'),
    actions: z.array(FindingActionSchema).default([]).describe('Corrective actions that remove the cause.'),
    verification: z
      .object({
        by: SlugIdSchema.describe('Person id who verifies; never an action owner.'),
        due: DateSchema.optional().describe('When verification is due (default: the rule for the grade after the last action is done).'),
        date: DateSchema.optional().describe('When it was verified.'),
        result: z.enum(VERIFICATION_RESULTS).optional().describe('`effective` (the finding closes) or `not-effective` (it stays open and needs new actions).'),
        record: EvidenceIdSchema.optional().describe('The record of the verification.'),
      })
      .strict()
      .optional()
      .describe('The verification of the actions\' effectiveness.'),
    closed: DateSchema.optional().describe('The close date written on the form, if it states one; a finding is closed only by an effective verification.'),
    classification: ClassificationSchema.default('internal').describe('Who may read it (default `internal`).'),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;

export const FindingsFileSchema = z
  .object({ findings: z.array(z.unknown()).describe('Findings; each is validated on its own.') })
  .strict();

/** The findings register as editors write it (its JSON Schema). */
export const FindingsRegisterSchema = z
  .object({ findings: z.array(FindingSchema).describe('Findings, one per nonconformity, observation or opportunity for improvement.') })
  .strict();
