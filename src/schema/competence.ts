// Competence register (能力登记): what each collaboration role must be competent in and how long an
// assessment of it stays valid (content/competence/roles.yaml), and the assessments of people in roles
// (content/competence/*.yaml). Whether an assessment is valid on a date and when the next one falls due
// are derived (src/model/competence.ts), never written.
import { z } from 'zod';
import { LIMITS, tooLong } from './limits.ts';
import { ClassificationSchema, DateSchema, EvidenceIdSchema, SlugIdSchema } from './common.ts';
import { RuleIdSchema } from './rules.ts';

/** TPL-013's own conclusion scale (评估结论): 胜任 / 基本胜任，需针对性培训 / 暂不胜任，调整岗位或暂缓任命. */
export const COMPETENCE_RESULTS = ['competent', 'competent-with-training', 'not-yet-competent'] as const;
export type CompetenceResult = (typeof COMPETENCE_RESULTS)[number];

const DocIdSchema = z.string().regex(/^[A-Z]+-[\w-]+$/, { message: 'expected a document id, e.g. `POL-005`' });

export const CompetenceItemSchema = z
  .object({
    id: SlugIdSchema.describe('Short key of the competence within the role, e.g. `audit-technique`.'),
    name: z.string().min(1).max(LIMITS.titleChars, { error: tooLong(LIMITS.titleChars) }).describe('What the person must know, be able to do or how they behave, in Chinese, e.g. `审核技巧`.'),
    kind: z.enum(['knowledge', 'behaviour']).default('knowledge').describe('`knowledge` (知识与技能, the default) or `behaviour` (协作行为), as the handbook\'s Annex C tells them apart.'),
    source: DocIdSchema.describe('The document that requires it, e.g. `POL-005`.'),
  })
  .strict();

export const CompetenceRoleSchema = z
  .object({
    id: SlugIdSchema.describe('Role id from `content/org.yaml` `roles`, e.g. `internal-auditor`.'),
    competences: z.array(CompetenceItemSchema).min(1).describe('The competences the role requires (the handbook\'s Annex C, POL-005\'s table, the procedure the role works in).'),
    acquired_by: z.string().min(1).optional().describe('How the competence is gained, as the defining document says, e.g. `参加不少于24学时的专项培训并通过评估`.'),
    assessed_with: DocIdSchema.optional().describe('The form or procedure an assessment uses, e.g. `TPL-013`.'),
    validity: RuleIdSchema.describe('Id of the duration rule (content/rules.yaml) for how long an assessment stays valid, e.g. `competence.assessment.validity`.'),
    classification: ClassificationSchema.default('internal').describe('Who may read it (default `internal`).'),
  })
  .strict();
export type CompetenceRole = z.infer<typeof CompetenceRoleSchema>;

export const CompetenceAssessmentSchema = z
  .object({
    id: z.string().regex(/^CA-\d{4}-\d{3,}$/, { message: 'expected an assessment id `CA-YYYY-NNN`, e.g. `CA-2026-001`' }).describe('Stable id `CA-YYYY-NNN`. Never reuse one.'),
    person: SlugIdSchema.describe('Person id (from `content/org.yaml` `people`) who was assessed.'),
    role: SlugIdSchema.describe('Role id the assessment is for; the role must be in content/competence/roles.yaml.'),
    date: DateSchema.describe('When the assessment was concluded (the form\'s sign date), `YYYY-MM-DD`.'),
    assessor: SlugIdSchema.describe('Person id whose judgement the result is (the direct superior, or the examiner); never the person assessed.'),
    result: z.enum(COMPETENCE_RESULTS).describe('TPL-013\'s conclusion: `competent` (胜任), `competent-with-training` (基本胜任，需针对性培训: valid until the re-assessment limit) or `not-yet-competent` (暂不胜任: not valid).'),
    record: EvidenceIdSchema.describe('The evidence record of the assessment (the filled form, the exam result).'),
    training: z
      .array(
        z
          .object({
            title: z.string().min(1).describe('The course or measure, in Chinese.'),
            date: DateSchema.optional().describe('When it was completed.'),
            hours: z.number().positive().optional().describe('Hours attended.'),
            record: EvidenceIdSchema.optional().describe('The training record.'),
          })
          .strict(),
      )
      .default([])
      .describe('Training the assessment rests on or asks for.'),
    note: z.string().optional().describe('Anything an auditor should know, in Chinese.'),
    classification: ClassificationSchema.default('internal').describe('Who may read it (default `internal`; the scores stay on the form in the HR file).'),
  })
  .strict();
export type CompetenceAssessment = z.infer<typeof CompetenceAssessmentSchema>;

export const CompetenceRolesFileSchema = z.object({ roles: z.array(z.unknown()).describe('Roles; each is validated on its own.') }).strict();
export const CompetenceAssessmentsFileSchema = z.object({ assessments: z.array(z.unknown()).describe('Assessments; each is validated on its own.') }).strict();

/** content/competence/roles.yaml as editors write it (its JSON Schema). */
export const CompetenceRolesRegisterSchema = z
  .object({ roles: z.array(CompetenceRoleSchema).describe('One entry per role that needs an assessed competence.') })
  .strict();
/** An assessments file in content/competence/ as editors write it (its JSON Schema). */
export const CompetenceAssessmentsRegisterSchema = z
  .object({ assessments: z.array(CompetenceAssessmentSchema).describe('Assessments, one per person, role and date.') })
  .strict();

/** Who audited what: the team of an internal audit and its scope, on the audit report's evidence record. */
export const AuditScopeSchema = z
  .object({
    from: DateSchema.describe('First day of the audit, `YYYY-MM-DD`.'),
    to: DateSchema.describe('Last day of the audit, `YYYY-MM-DD`.'),
    departments: z.array(SlugIdSchema).default([]).describe('Department ids audited.'),
    processes: z.array(DocIdSchema).default([]).describe('Ids of the procedures (SOPs) audited.'),
    team: z
      .array(
        z
          .object({
            person: SlugIdSchema.describe('Person id of the auditor.'),
            lead: z.boolean().default(false).describe('Whether the person led the audit (审核组长).'),
            departments: z.array(SlugIdSchema).optional().describe('Departments this auditor audited, when not the whole scope.'),
            processes: z.array(DocIdSchema).optional().describe('Procedures this auditor audited, when not the whole scope.'),
          })
          .strict(),
      )
      .min(1)
      .describe('The auditors; one without `departments`/`processes` audited the whole scope.'),
  })
  .strict();
export type AuditScope = z.infer<typeof AuditScopeSchema>;
