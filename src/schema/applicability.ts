// content/applicability.yaml: clauses excluded from the management system, each with its reason.
import { z } from 'zod';
import { ClauseRefSchema, DateSchema, SlugIdSchema } from './common.ts';

export const ExclusionSchema = z
  .object({
    clause: ClauseRefSchema.describe('The excluded requirement clause, e.g. `gbt40144:8.9`.'),
    justification: z.string().min(10).describe('Why the clause does not apply; an auditor reads this.'),
    approved_by: SlugIdSchema.describe('Role id that approved the exclusion.'),
    date: DateSchema.describe('When the exclusion was approved.'),
  })
  .strict();
export type Exclusion = z.infer<typeof ExclusionSchema>;

export const ApplicabilitySchema = z
  .object({ exclusions: z.array(ExclusionSchema).default([]).describe('Excluded clauses.') })
  .strict();
export type Applicability = z.infer<typeof ApplicabilitySchema>;
