// Risk register (协作风险登记): each risk with its cause, event and consequence, its inherent and
// residual likelihood × impact on the matrix of POL-004 (org.yaml `risk_matrix`, rules.yaml), its
// treatment and actions, the acceptance of what remains above the appetite, and its reviews. Its level,
// next review and whether it needs an acceptance are derived (src/model/risks.ts), never written.
import { z } from 'zod';
import { LIMITS, tooLong } from './limits.ts';
import { ClassificationSchema, DateSchema, EvidenceIdSchema, SlugIdSchema } from './common.ts';

/** The four partner risk kinds of TPL-009 and SOP-012 (合作中断、信息泄露、质量不符、争议升级), and other. */
export const RISK_CATEGORIES = ['disruption', 'leak', 'quality', 'dispute', 'other'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
/** The kinds every partner is assessed for (TPL-009: 每个合作伙伴至少评估四类风险). */
export const PARTNER_RISK_KINDS = ['disruption', 'leak', 'quality', 'dispute'] as const satisfies readonly RiskCategory[];
export const RISK_TREATMENTS = ['mitigate', 'accept', 'avoid', 'transfer'] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];
/** The sides of POL-004's matrix: likelihood and impact are each scored 1 to this. */
export const RISK_SCALE = 5;

const ScaleScoreSchema = z
  .number()
  .int({ message: 'expected a whole number from 1 to 5 (the matrix of POL-004)' })
  .min(1, { message: 'expected 1 to 5: the matrix of POL-004 starts at 1' })
  .max(RISK_SCALE, { message: `expected 1 to ${RISK_SCALE}: the matrix of POL-004 ends at ${RISK_SCALE}` });

export const RiskRatingSchema = z
  .object({
    likelihood: ScaleScoreSchema.describe('Likelihood 1-5 as POL-004 describes each score (org.yaml `risk_matrix.likelihood`).'),
    impact: ScaleScoreSchema.describe('Impact 1-5 as POL-004 describes each score (org.yaml `risk_matrix.impact`).'),
  })
  .strict();
export type RiskRating = z.infer<typeof RiskRatingSchema>;

export const RiskActionSchema = z
  .object({
    action: z.string().min(1).describe('What is done to treat the risk, one sentence (never "密切关注").'),
    owner: SlugIdSchema.describe('Person id (from `content/org.yaml` `people`) who carries it out.'),
    due: DateSchema.describe('When it is due, `YYYY-MM-DD`.'),
    done: DateSchema.optional().describe('When it was done.'),
    record: EvidenceIdSchema.optional().describe('The record that shows it done.'),
  })
  .strict();
export type RiskAction = z.infer<typeof RiskActionSchema>;

export const RiskSchema = z
  .object({
    id: z.string().regex(/^RSK-\d{3,}$/, { message: 'expected a risk id `RSK-NNN`, e.g. `RSK-001`' }).describe('Stable id `RSK-NNN`. Never reuse one.'),
    title: z.string().min(1).max(LIMITS.titleChars, { error: tooLong(LIMITS.titleChars) }).describe('The risk in Chinese, one line.'),
    category: z.enum(RISK_CATEGORIES).describe('`disruption` (合作中断), `leak` (信息泄露), `quality` (质量不符), `dispute` (争议升级) or `other` (其他).'),
    cause: z.string().min(1).describe('Why it could happen: the source or weakness.'),
    event: z.string().min(1).describe('What would happen: the uncertain event.'),
    consequence: z.string().min(1).describe('What it would do to the collaboration: loss, delay, customers, data.'),
    owner: SlugIdSchema.describe('Person id of the risk owner (风险负责人): a person, never a department (POL-004).'),
    department: SlugIdSchema.describe('Department id that answers for the risk.'),
    relationship: z.string().regex(/^REL-\d{3,}$/, { message: 'expected a relationship id, e.g. `REL-001`' }).optional().describe('The relationship whose register holds it, e.g. `REL-003`.'),
    joint: z.boolean().default(false).describe('`true` for a joint risk, agreed with the partner in the joint register (8.6).'),
    record: EvidenceIdSchema.describe('The register record (a filled TPL-009) the risk is kept in.'),
    identified: DateSchema.describe('When it was identified, `YYYY-MM-DD`.'),
    inherent: RiskRatingSchema.describe('Likelihood and impact before treatment.'),
    residual: RiskRatingSchema.optional().describe('Likelihood and impact with the treatment in place; without it the risk stands at its inherent level.'),
    treatment: z.enum(RISK_TREATMENTS).describe('`mitigate` (降低), `accept` (接受), `avoid` (规避) or `transfer` (转移).'),
    decided: DateSchema.optional().describe('When the treatment was settled (for high and medium risks within the time limit of POL-004).'),
    actions: z.array(RiskActionSchema).default([]).describe('The treatment\'s actions: what, who, by when, done, record.'),
    acceptance: z
      .object({
        by: SlugIdSchema.describe('Person id who accepts what remains: one with the authority the level requires (org.yaml `risk_matrix.levels[].approver`).'),
        date: DateSchema.describe('When it was accepted.'),
        expires: DateSchema.optional().describe('Until when the acceptance holds; then it is accepted again or treated.'),
        record: EvidenceIdSchema.optional().describe('The record of the acceptance.'),
      })
      .strict()
      .optional()
      .describe('The acceptance of a risk that remains above the appetite.'),
    reviews: z
      .array(
        z
          .object({
            date: DateSchema.describe('When the risk was reviewed.'),
            record: EvidenceIdSchema.optional().describe('The register update or review record.'),
            note: z.string().optional().describe('What the review found or changed.'),
          })
          .strict(),
      )
      .default([])
      .describe('Reviews of the risk, oldest first; the next falls due by its level\'s cadence.'),
    signals: z.array(z.string().min(1)).default([]).describe('Warning signals that call for an update or the emergency procedure (required for a high risk).'),
    incidents: z.array(EvidenceIdSchema).default([]).describe('Emergency response records (TPL-010) of the times the risk occurred.'),
    closed: DateSchema.optional().describe('When the risk was closed (it can no longer occur).'),
    classification: ClassificationSchema.default('confidential').describe('Who may read it (default `confidential`: filled risk registers are confidential records, TPL-009 `records_classification`).'),
  })
  .strict();
export type Risk = z.infer<typeof RiskSchema>;

export const RisksFileSchema = z
  .object({ risks: z.array(z.unknown()).describe('Risks; each is validated on its own.') })
  .strict();

/** The risk register as editors write it (its JSON Schema). */
export const RisksRegisterSchema = z
  .object({ risks: z.array(RiskSchema).describe('Risks, one per uncertain event, with its treatment.') })
  .strict();
