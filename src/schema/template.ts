// Templates (表单): forms with typed fields that render as printable blanks.
import { z } from 'zod';
import { ObligationSchema } from './obligation.ts';
import { RuleIdSchema } from './rules.ts';
import { ClassificationSchema } from './common.ts';
import { DocumentCoreSchema } from './document.ts';

export const FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'number',
  'select',
  'multiselect',
  'checkbox',
  'score',
  'signature',
  'table',
] as const;

export const FormFieldSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, { message: 'expected snake_case, e.g. `start_date`' })
      .describe('Machine name of the field, snake_case, unique in the form.'),
    label: z.string().min(1).describe('Label printed on the form, in Chinese.'),
    type: z.enum(FIELD_TYPES).describe(`Input kind: ${FIELD_TYPES.map((t) => `\`${t}\``).join(', ')}.`),
    required: z.boolean().default(false).describe('Whether the form is incomplete without it.'),
    options: z.array(z.string()).optional().describe('Choices for `select` and `multiselect`.'),
    columns: z.array(z.string()).optional().describe('Column headings for a `table` field.'),
    rows: z.number().int().positive().optional().describe('Blank rows to print for a `table` field.'),
    help: z.string().optional().describe('Guidance printed under the field.'),
    rule: RuleIdSchema.optional().describe('Rule in content/rules.yaml the field takes its weight, target or grades from, e.g. `partner.grade`; a `select` with a vocabulary rule offers its grades.'),
  })
  .strict()
  .superRefine((field, ctx) => {
    if ((field.type === 'select' || field.type === 'multiselect') && !field.options?.length && !field.rule) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a \`${field.type}\` field needs \`options\` (or a vocabulary \`rule\`)` });
    }
    if (field.type === 'table' && !field.columns?.length) {
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'a `table` field needs `columns`' });
    }
  });
export type FormField = z.infer<typeof FormFieldSchema>;

/** A result the form computes from its fields: a weighted sum, optionally graded by a vocabulary's bands. */
export const ComputedFieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'expected snake_case, e.g. `total`' }).describe('Key of the result in a record\'s `values`, e.g. `total`.'),
    label: z.string().min(1).describe('What the result is, e.g. `加权总分`.'),
    weighted_sum: z
      .array(
        z
          .object({
            field: z.string().describe('Key of a `score` or `number` field.'),
            weight: z.union([RuleIdSchema, z.number()]).describe('Its weight: a percentage rule, or a number (percent).'),
          })
          .strict(),
      )
      .min(1)
      .describe('The result is Σ value × weight / 100, rounded to two decimals.'),
    groups: z
      .array(
        z
          .object({
            key: z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'expected snake_case, e.g. `capability`' }).describe('Key of the dimension in a summary record\'s `results` rows, e.g. `capability`.'),
            label: z.string().min(1).describe('What the dimension is, e.g. `能力`.'),
            fields: z.array(z.string()).min(1).describe('Keys of the `weighted_sum` fields the dimension groups; its weight is the sum of theirs.'),
          })
          .strict(),
      )
      .optional()
      .describe('Dimensions a summary of several filled forms reports (a panel\'s averages): each groups fields of `weighted_sum`, every field in exactly one.'),
  })
  .strict();
export type ComputedField = z.infer<typeof ComputedFieldSchema>;

export const TemplateSchema = DocumentCoreSchema.extend({
  form_no: z.string().optional().describe('Printed form number, e.g. `模板1`.'),
  fields: z.array(FormFieldSchema).min(1).describe('The fields of the form, in printed order.'),
  computed: z.array(ComputedFieldSchema).default([]).describe('Results the form computes from its fields (a weighted total); a record that states a different result is an error.'),
  obligations: z.array(ObligationSchema).default([]).describe('Duties it sets on a schedule (RFC 5545 recurrence), each satisfied by records of a form; a missed occurrence is a problem and caps its clauses.'),
  records_classification: ClassificationSchema.optional().describe(
    'Classification of filled-in records; defaults to the template\'s own.',
  ),
}).strict();
export type Template = z.infer<typeof TemplateSchema>;
