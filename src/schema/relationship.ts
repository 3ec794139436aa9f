// Collaborative relationships (合作关系登记): one file per relationship with a partner, managed through the
// eight lifecycle stages of GB/T 40144 (8.2-8.9): its gates, plan, joint risk register, exit strategy and
// evaluations over time. The body is the narrative and the relationship management plan's summary.
import { z } from 'zod';
import { DateSchema, EvidenceIdSchema, SlugIdSchema } from './common.ts';
import { DocumentCoreSchema } from './document.ts';

export const RELATIONSHIP_CLASSES = ['A', 'B', 'C'] as const;
export const GATE_DECISIONS = ['approved', 'rejected', 'deferred'] as const;
export const EVALUATION_KINDS = ['selection', 'performance', 'satisfaction', 'maturity'] as const;
/** Stage n of the lifecycle is clause 8.(n+1): stage 1 operational awareness (8.2) … stage 8 exit (8.9). */
export const STAGES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

const StageSchema = z.number().int().min(1).max(8).describe('Lifecycle stage 1-8 (stage n is clause 8.(n+1): 1 awareness … 4 partner selection, 5 working together, 8 exit).');

export const GateSchema = z
  .object({
    stage: StageSchema.describe('The stage the gate closes (1-8): its work is done and moving on is decided.'),
    date: DateSchema.describe('When the decision was taken, `YYYY-MM-DD`.'),
    decision: z.enum(GATE_DECISIONS).describe('`approved` (the relationship moves on to the next stage), `rejected` (it does not go on) or `deferred`.'),
    by: SlugIdSchema.describe('Role or department id (from `content/org.yaml`) that took the decision, as the stage\'s procedure names it, e.g. `collab-exec`.'),
    evidence: z.array(EvidenceIdSchema).min(1).describe('Records of the stage\'s procedure that show its work done and the decision, e.g. `[EV-2026-023]`.'),
    note: z.string().optional().describe('Conditions attached to the decision.'),
  })
  .strict();
export type Gate = z.infer<typeof GateSchema>;

export const EvaluationSchema = z
  .object({
    kind: z.enum(EVALUATION_KINDS).describe('`selection` (8.5 scoring), `performance` (periodic review), `satisfaction` (survey) or `maturity` (Annex D self-assessment).'),
    record: EvidenceIdSchema.describe('The evidence record of the evaluation; its score is computed from its values by its template.'),
    override: z
      .object({
        reason: z.string().min(10).describe('Why the relationship goes ahead although the score is below the threshold.'),
        approved_by: SlugIdSchema.describe('Role id that approved going ahead.'),
        record: EvidenceIdSchema.describe('The record of that approval.'),
      })
      .strict()
      .optional()
      .describe('For a selection below the threshold: the justified, approved decision to go ahead anyway.'),
  })
  .strict();
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const RelationshipSchema = DocumentCoreSchema.extend({
  partner: z
    .object({
      name: z.string().min(1).describe('The partner\'s legal name, e.g. `睿视光电科技有限公司`.'),
      type: SlugIdSchema.describe('Relationship type id from `content/org.yaml` `relationship_types` (the handbook\'s Annex F list), e.g. `technology-supplier`.'),
    })
    .strict()
    .describe('Who the relationship is with.'),
  scope: z.string().min(1).describe('What the parties do together, one sentence.'),
  value: z.string().min(1).describe('Why the relationship is worth having (its value proposition), one sentence.'),
  class: z.enum(RELATIONSHIP_CLASSES).describe('Class A (strategic), B or C, as the relationship policy grades it; sets the cadence of evaluations.'),
  priority_score: z.number().min(1).max(5).optional().describe('The weighted score (1-5) the class was graded from (6.3).'),
  manager: SlugIdSchema.describe('Person id (from `content/org.yaml` `people`) who manages the relationship; must hold the `relationship-manager` role.'),
  sponsor: SlugIdSchema.describe('Person id of the senior executive who sponsors it (5.3).'),
  contract: z
    .object({
      signed: DateSchema.optional().describe('Date the agreement was signed.'),
      start: DateSchema.optional().describe('First day of the agreement.'),
      end: DateSchema.optional().describe('Last day of the agreement.'),
      value_band: z.string().optional().describe('Contract value as a band, e.g. `200-500 万元`.'),
      record: EvidenceIdSchema.optional().describe('The agreement\'s evidence record.'),
    })
    .strict()
    .optional()
    .describe('The agreement, once there is one.'),
  stage: StageSchema.describe('The stage the relationship is in now (1-8).'),
  gates: z.array(GateSchema).default([]).describe('The dated decisions that close each stage, in order; every stage before the current one has an approved gate.'),
  arrangements: z
    .object({
      stages: z.array(StageSchema).min(1).describe('Stages whose controls the agreement already settles, e.g. `[6, 7, 8]`.'),
      record: EvidenceIdSchema.describe('The agreement (or its annex) that settles them.'),
    })
    .strict()
    .optional()
    .describe('Arrangements agreed for stages not yet reached (certification bodies accept an agreement that settles all eight stages).'),
  plan: z
    .object({
      record: EvidenceIdSchema.describe('The relationship management plan (Annex B) record.'),
      version: z.string().optional().describe('Its version, e.g. `"2.0"`.'),
      joint: z.boolean().default(false).describe('Whether both parties agreed it (required from stage 5).'),
    })
    .strict()
    .optional()
    .describe('The relationship management plan, started at stage 2 and joint from stage 5.'),
  governance: EvidenceIdSchema.optional().describe('The record that sets up joint governance (charter, steering group), required from stage 5.'),
  risks: z
    .object({ record: EvidenceIdSchema.describe('The joint risk register record.'), joint: z.boolean().default(false).describe('Whether both parties signed it.') })
    .strict()
    .optional()
    .describe('The joint risk register (required from stage 5).'),
  exit: z
    .object({
      initial: EvidenceIdSchema.optional().describe('The organisation\'s own exit strategy (from stage 4).'),
      joint: EvidenceIdSchema.optional().describe('The exit strategy agreed with the partner (Annex E; required from stage 5).'),
      activated: z
        .object({
          date: DateSchema.describe('When the exit was activated.'),
          record: EvidenceIdSchema.describe('The decision to exit.'),
          completed: DateSchema.optional().describe('When the exit was completed (hand-over, settlement, information returned); the lessons-learned limit counts from here.'),
          lessons: EvidenceIdSchema.optional().describe('The lessons-learned record, due within the exit procedure\'s limit after the exit was completed.'),
        })
        .strict()
        .optional()
        .describe('The exit, once activated.'),
    })
    .strict()
    .default({})
    .describe('The exit strategy: initial, joint, activated.'),
  evaluations: z.array(EvaluationSchema).default([]).describe('Evaluations over time: selection scoring, performance reviews, satisfaction surveys, maturity assessments.'),
}).strict();
export type Relationship = z.infer<typeof RelationshipSchema>;
