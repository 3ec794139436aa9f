// Standard operating procedures (程序): who does what, when, with which form.
import { z } from 'zod';
import { ObligationSchema } from './obligation.ts';
import { DocumentCoreSchema } from './document.ts';
import { SlugIdSchema } from './common.ts';
import { DurationUnitSchema, RuleIdSchema } from './rules.ts';

export const RaciSchema = z
  .string()
  .regex(/^[RACI](\/[RACI])*$/, { message: 'expected R, A, C or I, or a combination such as `A/R`' })
  .describe('RACI letter(s): R responsible, A accountable, C consulted, I informed; e.g. `A/R`.');

export const SopRoleSchema = z
  .object({
    role: SlugIdSchema.describe('Role or department id from `content/org.yaml`.'),
    raci: RaciSchema,
    duties: z.string().min(1).describe('What this role does in the procedure, one sentence.'),
  })
  .strict();

/** A time limit: a rule from content/rules.yaml, or a number with its unit. */
export const StepLimitSchema = z
  .union([
    z.object({ rule: RuleIdSchema }).strict(),
    z.object({ value: z.number().positive().describe('How many units, e.g. `2`.'), unit: DurationUnitSchema }).strict(),
  ])
  .describe('Time limit: `{ rule: <rule id> }` (a duration rule) or `{ value: 2, unit: hours }`.');

export const SopStepSchema = z
  .object({
    n: z.number().int().positive().describe('Step number, 1, 2, 3… in order.'),
    title: z.string().min(1).describe('What the step is, a few words, e.g. `召开紧急会议`.'),
    owner: SlugIdSchema.describe('Role or department that does the step; it must be R or A in `roles`.'),
    after: z.number().int().nonnegative().optional().describe('The step the time limit counts from (default: the step before; 0 is the trigger).'),
    limit: StepLimitSchema.optional(),
    forms: z.array(z.string()).default([]).describe('Templates filled in this step, e.g. `TPL-006`; each must be in `templates`.'),
    records: z.array(z.string()).default([]).describe('Records the step produces, by name, e.g. `评分汇总`.'),
    gate: z
      .object({
        decision: z.string().min(1).describe('What is decided, e.g. `是否签约`.'),
        by: SlugIdSchema.describe('Role that decides; a record of the step names it in `decided_by`.'),
      })
      .strict()
      .optional()
      .describe('A decision the procedure waits for.'),
    optional: z.string().min(1).optional().describe('When the step applies, if not always, e.g. `合同额超过规定金额时`.'),
    expedited: z
      .object({ when: z.string().min(1).describe('When the faster path applies.'), limit: StepLimitSchema })
      .strict()
      .optional()
      .describe('An allowed faster path with its own time limit.'),
  })
  .strict();
export type SopStep = z.infer<typeof SopStepSchema>;

export const SopSchema = DocumentCoreSchema.extend({
  roles: z.array(SopRoleSchema).min(1).describe('Roles taking part, with RACI letter and duties.'),
  inputs: z.array(z.string()).default([]).describe('What the procedure starts from (requests, data, decisions).'),
  outputs: z.array(z.string()).default([]).describe('Records and results the procedure produces.'),
  templates: z.array(z.string()).default([]).describe('Ids of the templates (forms) the procedure uses, e.g. `TPL-001`.'),
  trigger: z.string().min(1).optional().describe('What starts the procedure (step 0), e.g. `收到伙伴的风险报告`.'),
  steps: z.array(SopStepSchema).default([]).describe('The steps as data: owner, time limit, forms, records, gates; the page lists them from here.'),
  obligations: z.array(ObligationSchema).default([]).describe('Duties it sets on a schedule (RFC 5545 recurrence), each satisfied by records of a form; a missed occurrence is a problem and caps its clauses.'),
}).strict();
export type Sop = z.infer<typeof SopSchema>;
