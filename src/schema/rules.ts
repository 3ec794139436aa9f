// content/rules.yaml: the organisation's parameters (thresholds, time limits, targets, weights, grades),
// each stated once with its value and the document that defines it; documents cite them by id
// (`:rule[partner.contract.ceo_approval]`) instead of retyping the value. OSCAL's organisation-defined
// parameters are the model: a control states its parameter once; every statement that needs it inserts it.
import { z } from 'zod';
import { ClauseRefSchema } from './common.ts';

export const RuleIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, { message: 'expected a dotted id of lower-case words, e.g. `partner.contract.ceo_approval`' })
  .describe('Dotted id of lower-case words, e.g. `partner.contract.ceo_approval`. Never change one that documents cite.');

export const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;
export const ComparatorSchema = z.enum(COMPARATORS).describe('How the value bounds what it governs: `>=` at least, `>` more than, `<=` at most, `<` less than, `=` exactly.');

export const AMOUNT_UNITS = ['元', '万元', '亿元'] as const;
export const DURATION_UNITS = ['minutes', 'hours', 'days', 'working_days', 'weeks', 'months'] as const;

export const AmountUnitSchema = z.enum(AMOUNT_UNITS).describe('Currency unit: `元`, `万元` or `亿元`.');
export const DurationUnitSchema = z.enum(DURATION_UNITS).describe('Time unit: `minutes`, `hours`, `days`, `working_days`, `weeks` or `months`.');
export const RuleNumberSchema = z.number().nonnegative().describe('The number, e.g. `200`.');
export const RulePercentSchema = z.number().min(0).max(100).describe('Percent, 0-100, e.g. `90`.');
export const RuleCountSchema = z.number().int().nonnegative().describe('A whole number, e.g. `3`.');
export const RuleGradeSchema = z
  .object({
    term: z.string().min(1).describe('The grade as written, e.g. `A`.'),
    meaning: z.string().min(1).describe('What the grade means, e.g. `优秀，续约并扩大合作`.'),
  })
  .strict();
export const RuleGradesSchema = z.array(RuleGradeSchema).min(2).describe('The grades in order, best first.');

export const RULE_TYPES = ['amount', 'duration', 'percentage', 'score', 'count', 'vocabulary'] as const;
export const RuleTypeSchema = z
  .enum(RULE_TYPES)
  .describe('Kind of value: `amount` (money), `duration` (a time limit), `percentage`, `score`, `count`, or `vocabulary` (grades in order).');

/** What every rule has, whatever its type. */
export const RuleCoreSchema = z.object({
  id: RuleIdSchema,
  label: z.string().min(2).describe('What the value is, in Chinese, e.g. `须经总经理审批的合作合同金额`.'),
  defined_by: z.string().regex(/^[A-Z]+-[\w-]+$/, { message: 'expected a document id, e.g. `POL-003`' }).describe('Id of the document that sets the value and cites it, e.g. `POL-003`.'),
  clauses: z.array(ClauseRefSchema).default([]).describe('Clauses the rule helps to meet, e.g. `gbt40144:8.5`.'),
  mentions: z
    .object({
      terms: z.array(z.string().min(1)).min(1).describe('Words a sentence stating this rule contains, all of them; alternatives separated by `|`, e.g. `总经理|CEO`.'),
      unit: z.string().min(1).optional().describe('The unit written after the number in such a sentence (default: the unit of the value, e.g. `万元`, `%`, `分钟`).'),
    })
    .strict()
    .optional()
    .describe('How a sentence that states this rule is recognised, so a value written out instead of cited is compared with it.'),
  note: z.string().optional().describe('Anything a reader should know about the value.'),
  comparator: ComparatorSchema.default('='),
});

export const RuleSchema = z.discriminatedUnion('type', [
  RuleCoreSchema.extend({ type: z.literal('amount'), value: RuleNumberSchema, unit: AmountUnitSchema }).strict(),
  RuleCoreSchema.extend({ type: z.literal('duration'), value: RuleNumberSchema, unit: DurationUnitSchema }).strict(),
  RuleCoreSchema.extend({ type: z.literal('percentage'), value: RulePercentSchema }).strict(),
  RuleCoreSchema.extend({
    type: z.literal('score'),
    value: RuleNumberSchema,
    decimals: z.number().int().min(0).max(3).optional().describe('Decimal places the score is written with, e.g. `1` for a 5-point scale (`3.0`); YAML reads `3.0` as 3, so say it here.'),
  }).strict(),
  RuleCoreSchema.extend({ type: z.literal('count'), value: RuleCountSchema }).strict(),
  RuleCoreSchema.extend({ type: z.literal('vocabulary'), grades: RuleGradesSchema }).strict(),
]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleType = Rule['type'];

export const RulesSchema = z
  .object({ rules: z.array(RuleSchema).min(1).describe('The rules, grouped as the reader expects them.') })
  .strict();
export type Rules = z.infer<typeof RulesSchema>;
