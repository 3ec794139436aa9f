// Case reviews (案例复盘): what happened in a real collaboration, with figures and lessons.
import { z } from 'zod';
import { DateSchema } from './common.ts';
import { DocumentCoreSchema } from './document.ts';

export const SCENARIOS = ['project', 'process-optimisation', 'problem-solving', 'resource-coordination'] as const;

export const MetricSchema = z
  .object({
    name: z.string().min(1).describe('What was measured, e.g. `平均响应时间`.'),
    unit: z.string().optional().describe('Unit, e.g. `小时` or `%`.'),
    before: z.union([z.number(), z.string()]).describe('Value before the collaboration.'),
    target: z.union([z.number(), z.string()]).describe('Target agreed at kick-off.'),
    after: z.union([z.number(), z.string()]).optional().describe('Value measured at close-out.'),
  })
  .strict();

export const CaseSchema = DocumentCoreSchema.extend({
  scenario: z.enum(SCENARIOS).describe(`Scenario type: ${SCENARIOS.map((s) => `\`${s}\``).join(', ')}.`),
  period: z
    .object({ start: DateSchema, end: DateSchema.optional() })
    .strict()
    .describe('When the collaboration ran: `start` and (when closed) `end`.'),
  partners: z.array(z.string()).default([]).describe('External partners involved, by name.'),
  metrics: z.array(MetricSchema).default([]).describe('Figures: name, before, target, after.'),
  outcome: z.string().min(1).describe('One sentence: what was achieved.'),
  lessons: z.array(z.string()).default([]).describe('Lessons learned, one sentence each.'),
  evidence: z.array(z.string()).default([]).describe('Ids of evidence records the review cites, e.g. `EV-2026-014`.'),
}).strict();
export type Case = z.infer<typeof CaseSchema>;
