// The editors' guide's reference part, generated from the schemas and the check catalogue so it is never
// retyped: the /guide/ page and CONTRIBUTING.md both render it.
import { z } from 'zod';
import { CaseSchema, RelationshipSchema, DocumentCoreSchema, EvidenceSchema, FindingSchema, MeasurementSchema, ObjectiveSchema, PolicySchema, RuleCoreSchema, RuleSchema, RuleTypeSchema, SopSchema, TemplateSchema } from '../schema/index.ts';
import { describeFields } from '../schema/introspect.ts';
import type { FieldInfo } from '../schema/introspect.ts';
import { translator } from '../i18n/index.ts';
import { fieldDescription } from './field-text.ts';
import type { UiKey } from '../i18n/index.ts';
import { PROBLEM_CODES } from '../model/problem.ts';
import type { ProblemCode } from '../model/problem.ts';

export interface FieldSection {
  /** `core` (every document), a document type, or `evidence`. */
  readonly key: 'core' | 'policy' | 'sop' | 'template' | 'case' | 'relationship' | 'evidence' | 'finding' | 'rule';
  readonly fields: readonly FieldInfo[];
}

/** Fields every document has, then each type's own, then an evidence record's. */
export function fieldSections(): FieldSection[] {
  const core = new Set(describeFields(DocumentCoreSchema).map((f) => f.name));
  const own = (schema: Parameters<typeof describeFields>[0]) => describeFields(schema).filter((f) => !core.has(f.name));
  return [
    { key: 'core', fields: describeFields(DocumentCoreSchema) },
    { key: 'policy', fields: own(PolicySchema) },
    { key: 'sop', fields: own(SopSchema) },
    { key: 'template', fields: own(TemplateSchema) },
    { key: 'case', fields: own(CaseSchema) },
    { key: 'relationship', fields: own(RelationshipSchema) },
    { key: 'evidence', fields: describeFields(EvidenceSchema) },
    { key: 'finding', fields: describeFields(FindingSchema) },
    // Objectives register.
    { key: 'objective', fields: describeFields(ObjectiveSchema) },
    { key: 'measurement', fields: describeFields(MeasurementSchema) },
    { key: 'rule', fields: ruleFields() },
  ].filter((s) => s.fields.length > 0) as FieldSection[];
}

/** A rule's fields: those every rule has, then each type's own (`type`, `value`, `unit`, `grades`) once. */
function ruleFields(): FieldInfo[] {
  const fields = new Map(describeFields(RuleCoreSchema).map((f) => [f.name, f]));
  // `type` is a literal in each member of the union: the reference shows the field that lists them all.
  fields.set('type', describeFields(z.object({ type: RuleTypeSchema }))[0]!);
  for (const member of RuleSchema.options) for (const f of describeFields(member)) if (!fields.has(f.name)) fields.set(f.name, f);
  return [...fields.values()];
}

/** Every check code with severity, what it means and how to fix it. */
export function checkCodes(): { code: ProblemCode; severity: string; title: string; fix: string }[] {
  return (Object.entries(PROBLEM_CODES) as [ProblemCode, (typeof PROBLEM_CODES)[ProblemCode]][]).map(([code, { severity, title, fix }]) => ({ code, severity, title, fix }));
}

/** CONTRIBUTING.md: the guide's prose, then the generated field reference and check codes, in Chinese (Markdown, so `code` keeps its backticks). */
export function formatContributing(prose: string): string {
  const t = translator('zh-CN');
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# ${t('guide.title')}`,
    '',
    `<!-- ${t('guide.generated')} -->`,
    '',
    prose.trim(),
    '',
    `## ${t('guide.fields')}`,
    '',
    t('guide.fieldsIntro'),
  ];
  for (const section of fieldSections()) {
    lines.push('', `### ${t(`guide.section.${section.key}` as UiKey)}`, '', `| ${t('guide.field')} | ${t('guide.required')} | ${t('guide.type')} | ${t('guide.description')} |`, '|---|---|---|---|');
    for (const f of section.fields) lines.push(`| \`${f.name}\` | ${f.required ? t('guide.yes') : ''} | ${cell(f.type)} | ${cell(fieldDescription(f, 'zh-CN'))} |`);
  }
  lines.push('', `## ${t('guide.codes')}`, '', t('guide.codesIntro'), '', `| ${t('guide.code')} | ${t('guide.severity')} | ${t('guide.what')} | ${t('guide.fix')} |`, '|---|---|---|---|');
  for (const c of checkCodes()) lines.push(`| ${c.code} | ${t(`guide.severity.${c.severity}` as UiKey)} | ${cell(c.title)} | ${cell(c.fix)} |`);
  return `${lines.join('\n')}\n`;
}
