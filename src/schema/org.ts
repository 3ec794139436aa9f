// content/org.yaml: the organisation, its departments, roles and people, and the coverage policy.
import { z } from 'zod';
import { DateSchema, EvidenceIdSchema, SlugIdSchema } from './common.ts';

/** Kinds of change a document-control procedure may make major (org.yaml `document_control`). */
export const MAJOR_CHANGES = ['rule_value', 'roles', 'steps', 'time_limits'] as const;
export type MajorChange = (typeof MAJOR_CHANGES)[number];

export const DepartmentSchema = z
  .object({
    id: SlugIdSchema.describe('Department id used as `owner` and in `departments`, e.g. `cmo`.'),
    name: z.string().min(1).describe('Department name in Chinese.'),
    head: SlugIdSchema.optional().describe('Person id of the department head.'),
    reviewers: z.array(z.string()).default([]).describe('Repository handles that review its documents, e.g. `@li-wei`.'),
  })
  .strict();

export const RoleSchema = z
  .object({
    id: SlugIdSchema.describe('Role id used in `approvers` and SOP `roles`, e.g. `ceo`.'),
    name: z.string().min(1).describe('Role name in Chinese.'),
    description: z.string().optional().describe('What the role is accountable for.'),
  })
  .strict();

export const PersonSchema = z
  .object({
    id: SlugIdSchema.describe('Person id, e.g. `zhang-min`.'),
    name: z.string().min(1).describe('Name as printed.'),
    department: SlugIdSchema.describe('Department id.'),
    roles: z.array(SlugIdSchema).default([]).describe('Role ids this person holds.'),
    appointed: z
      .array(
        z
          .object({
            role: SlugIdSchema.describe('One of the person\'s `roles`, e.g. `collab-exec`.'),
            from: DateSchema.describe('The day the appointment took effect, `YYYY-MM-DD`; before it the person did not hold the role.'),
            record: EvidenceIdSchema.optional().describe('The letter of appointment (an evidence id), e.g. `EV-2026-009`.'),
          })
          .strict(),
      )
      .default([])
      .describe('When the person took up a role by appointment (a role without an entry is held without a date).'),
  })
  .strict();

// Risk register: the risk policy's matrix (POL-004). The score bands, cadences and time limits are rules
// (`risk.level.<level>`, `risk.review.<level>`, `risk.treatment.<level>` in rules.yaml); this holds the words.
const RiskScaleSchema = z
  .array(
    z
      .object({
        score: z.number().int().min(1).max(5).describe('The score, 1 to 5.'),
        label: z.string().min(1).describe('The score in words, in Chinese, e.g. `很可能`.'),
        description: z.string().min(1).describe('What the score means, as the policy states it, e.g. `每年多次`.'),
      })
      .strict(),
  )
  .length(5, { message: 'expected five scores, 1 to 5, as the matrix of the risk policy' });

export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RiskMatrixSchema = z
  .object({
    defined_by: z.string().regex(/^[A-Z]+-[\w-]+$/, { message: 'expected a document id, e.g. `POL-004`' }).describe('The document that defines the matrix, e.g. `POL-004`.'),
    likelihood: RiskScaleSchema.describe('Likelihood scores 1-5, lowest first.'),
    impact: RiskScaleSchema.describe('Impact scores 1-5, lowest first.'),
    levels: z
      .array(
        z
          .object({
            id: z.enum(RISK_LEVELS).describe('`high`, `medium` or `low`; its lowest score is the rule `risk.level.<id>` (low starts at 1).'),
            label: z.string().min(1).describe('The level in Chinese, e.g. `高`.'),
            approver: SlugIdSchema.optional().describe('Role id that approves the treatment and accepts what remains at this level (none: the risk owner).'),
            acceptable: z.boolean().default(true).describe('Whether a risk at this level may be treated by accepting it (POL-004: low, or medium with written approval).'),
          })
          .strict(),
      )
      .length(3, { message: 'expected the three levels high, medium and low' })
      .describe('The levels, highest first.'),
    appetite: z.enum(RISK_LEVELS).describe('The highest level that is accepted without approval; a risk above it needs a valid acceptance or further treatment.'),
  })
  .strict();
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;

export const OrgSchema = z
  .object({
    name: z.string().min(1).describe('Organisation name.'),
    short_name: z.string().optional().describe('Short name used in headers.'),
    scope: z.string().min(1).describe('Scope statement of the collaboration management system (4.3).'),
    standard: z.string().default('gbt40144').describe('Key of the standard the handbook implements.'),
    repository: z
      .object({
        url: z.url().describe('Web address of the repository, e.g. `https://github.com/org/handbook`.'),
        branch: z.string().default('main').describe('Branch that "edit this page" links point to.'),
      })
      .strict()
      .optional(),
    coverage: z
      .object({
        freshness_months: z
          .number()
          .int()
          .positive()
          .default(12)
          .describe('Evidence older than this many months no longer proves a clause.'),
        due_soon_days: z.number().int().positive().default(60).describe('Evidence this close to going stale is flagged as due.'),
      })
      .strict()
      .default({ freshness_months: 12, due_soon_days: 60 }),
    document_control: z
      .object({
        major_changes: z
          .array(z.enum(MAJOR_CHANGES))
          .default([...MAJOR_CHANGES])
          .describe('Changes that make a new version major (approved again): `rule_value` (a value the document defines), `roles` (who does what), `steps` (steps added or removed), `time_limits` (a time limit in the text).'),
      })
      .strict()
      .default({ major_changes: [...MAJOR_CHANGES] })
      .describe('The document-control rule the handbook states (its procedure for documented information), as data the checks apply.'),
    check_transitions: z
      .array(
        z
          .object({
            code: z.string().regex(/^CB\d{3}$/, { message: 'expected a check code, e.g. `CB209`' }).describe('The check, e.g. `CB209`; only checks that judge the handbook\'s history and consistency may be listed.'),
            reason: z.string().min(10).describe('Why the handbook cannot meet the check yet, and who corrects it.'),
            until: DateSchema.describe('Last day the check reports warnings instead of errors; after it the errors return.'),
          })
          .strict(),
      )
      .default([])
      .describe('Checks adopted on an existing handbook: until the date, their problems are reported as warnings, each naming the reason.'),
    departments: z.array(DepartmentSchema).min(1).describe('Departments; ids are used as document owners.'),
    roles: z.array(RoleSchema).default([]).describe('Roles; ids are used as approvers and in SOP RACI tables.'),
    people: z.array(PersonSchema).default([]).describe('People and the roles they hold.'),
    relationship_types: z
      .array(
        z
          .object({
            id: SlugIdSchema.describe('Type id, e.g. `technology-supplier`.'),
            name: z.string().min(1).describe('Name, in Chinese, e.g. `技术供应`.'),
            description: z.string().optional().describe('What relationships of this type are (the handbook\'s Annex F).'),
          })
          .strict(),
      )
      .default([])
      .describe('Kinds of collaborative relationship (Annex F); a relationship\'s `partner.type` names one.'),
    relationship_classes: z
      .array(
        z
          .object({
            class: z.enum(['A', 'B', 'C']).describe('The class, `A`, `B` or `C`.'),
            stages: z.array(z.number().int().min(1).max(8)).describe('The lifecycle stages a relationship of this class goes through with a gate, e.g. `[4, 5, 7, 8]`; others it may pass without one.'),
          })
          .strict(),
      )
      .default([])
      .describe('What the relationship policy requires of each class: the stages it goes through with a gate (a class not listed goes through all eight).'),
    // Risk register: the matrix of the risk policy as data.
    risk_matrix: RiskMatrixSchema.optional().describe('The risk matrix of the risk policy: the likelihood and impact scales, the levels and who may accept each, and the appetite.'),
  })
  .strict();
export type Org = z.infer<typeof OrgSchema>;
