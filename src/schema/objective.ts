// Objectives (协作目标) and their measurements (测量结果). An objective is set by a policy (POL-001's
// `objectives`): owner, deadline and indicators, each with its target as a rule in content/rules.yaml,
// its baseline, cadence and the forms whose records carry it. Measurements are a register
// (content/measurements/*.yaml). Each period's status (met, missed, no data, not yet due) is computed
// by src/model/objectives.ts, never written.
import { z } from 'zod';
import { RuleIdSchema } from './rules.ts';
import { ClassificationSchema, DateSchema, EvidenceIdSchema, SlugIdSchema } from './common.ts';
import { LIMITS, tooLong } from './limits.ts';

export const CADENCES = ['monthly', 'quarterly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** A period of measurement: a year `2026`, a half `2026-H1`, a quarter `2026-Q1` or a month `2026-03`. */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/, { message: 'expected a period: `2026` (year), `2026-H1` (half), `2026-Q1` (quarter) or `2026-03` (month)' })
  .describe('A period: `2026` (year), `2026-H1` (half year), `2026-Q1` (quarter) or `2026-03` (month).');

export const ObjectiveIdSchema = z
  .string()
  .regex(/^OBJ-\d{4}-\d{2,}$/, { message: 'expected an objective id `OBJ-YYYY-NN`, e.g. `OBJ-2026-01`' })
  .describe('Stable id `OBJ-YYYY-NN`, e.g. `OBJ-2026-01`. Never reuse one.');

export const IndicatorSchema = z
  .object({
    id: SlugIdSchema.describe('Id of the indicator within its objective, e.g. `on-time-rate`.'),
    measure: z.string().min(1).describe('What is measured and how it is computed, in Chinese, e.g. `按共识表约定日期完成的事项 ÷ 当期应完成事项`.'),
    unit: z.string().min(1).describe('Unit of a value, e.g. `%`, `小时`, `分`, `项`, `万元`, `起`.'),
    target: RuleIdSchema.describe('The rule in content/rules.yaml that sets the target, with its comparator, e.g. `collab.delivery.on_time_rate`.'),
    baseline: z
      .object({
        value: z.number().describe('The value, e.g. `78`.'),
        period: PeriodSchema,
        record: EvidenceIdSchema.optional().describe('The record that states it, if registered.'),
      })
      .strict()
      .optional()
      .describe('The value before the objective was set (the 2025 figure).'),
    cadence: z.enum(CADENCES).describe('How often it is measured: `monthly`, `quarterly` or `yearly`; each period falls due after it ends, within the rule for the cadence.'),
    from: PeriodSchema.optional().describe('The first period measured against the target, when later than the start of the year (e.g. `2026-07` after a target date of 2026-06-30).'),
    source: z.array(z.string().regex(/^[A-Z]+-[\w-]+$/, { message: 'expected a document id, e.g. `TPL-008`' })).min(1).describe('The forms or procedures whose records carry the values, e.g. `[SOP-018]`.'),
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ObjectiveSchema = z
  .object({
    id: ObjectiveIdSchema,
    title: z.string().min(1).max(LIMITS.titleChars, { error: tooLong(LIMITS.titleChars) }).describe('The objective in Chinese, one line, e.g. `跨部门协作按期交付`.'),
    owner: SlugIdSchema.describe('Person id (from `content/org.yaml` `people`) responsible for it.'),
    department: SlugIdSchema.describe('Department id of the owner.'),
    deadline: DateSchema.describe('When the target is to be met; the last period measured ends then.'),
    indicators: z.array(IndicatorSchema).min(1).describe('What is measured, each with its target rule.'),
    note: z.string().optional().describe('Anything a reader should know (e.g. when the target is to be kept after the deadline).'),
  })
  .strict();
export type Objective = z.infer<typeof ObjectiveSchema>;

export const MeasurementSchema = z
  .object({
    objective: ObjectiveIdSchema.describe('The objective measured, e.g. `OBJ-2026-01`.'),
    indicator: SlugIdSchema.describe('The indicator of that objective, e.g. `on-time-rate`.'),
    period: PeriodSchema,
    value: z.number().describe('The measured value, in the indicator\'s unit.'),
    record: EvidenceIdSchema.describe('The record (evidence id) that states the value, e.g. `EV-2026-036`.'),
    stated_target: z.number().optional().describe('The target the record states beside the value, if any; checked against the indicator\'s rule.'),
    note: z.string().optional().describe('How the value was read from the record, or anything a reader should know.'),
    classification: ClassificationSchema.default('internal').describe('Who may read it (default `internal`).'),
  })
  .strict();
export type Measurement = z.infer<typeof MeasurementSchema>;

export const MeasurementsFileSchema = z
  .object({ measurements: z.array(z.unknown()).describe('Measurements; each is validated on its own.') })
  .strict();

/** The measurements register as editors write it (its JSON Schema). */
export const MeasurementsRegisterSchema = z
  .object({ measurements: z.array(MeasurementSchema).describe('Measurements, one per indicator and period.') })
  .strict();
