// Standard operating procedures (程序): who does what, when, with which form.
import { z } from 'zod';
import { DocumentCoreSchema } from './document.ts';
import { SlugIdSchema } from './common.ts';

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

export const SopSchema = DocumentCoreSchema.extend({
  roles: z.array(SopRoleSchema).min(1).describe('Roles taking part, with RACI letter and duties.'),
  inputs: z.array(z.string()).default([]).describe('What the procedure starts from (requests, data, decisions).'),
  outputs: z.array(z.string()).default([]).describe('Records and results the procedure produces.'),
  templates: z.array(z.string()).default([]).describe('Ids of the templates (forms) the procedure uses, e.g. `TPL-001`.'),
}).strict();
export type Sop = z.infer<typeof SopSchema>;
