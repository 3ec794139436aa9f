// Policies (制度): what the organisation commits to and the rules that follow from it.
import { z } from 'zod';
import { DocumentCoreSchema } from './document.ts';
import { ObligationSchema } from './obligation.ts';
import { ObjectiveSchema } from './objective.ts';

export const PolicySchema = DocumentCoreSchema.extend({
  obligations: z.array(ObligationSchema).default([]).describe('Duties it sets on a schedule (RFC 5545 recurrence), each satisfied by records of a form; a missed occurrence is a problem and caps its clauses.'),
  // Objectives register: the objectives a policy sets (POL-001), each with indicators and target rules.
  objectives: z.array(ObjectiveSchema).default([]).describe('Measurable objectives it sets (6.2), each with indicators whose targets are rules; their measurements are in content/measurements/.'),
}).strict();
export type Policy = z.infer<typeof PolicySchema>;
