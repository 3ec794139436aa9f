// JSON Schemas of the YAML content files, generated from the Zod schemas, so editors get completion,
// validation and the fields' descriptions on hover (YAML language server, via the modeline on line 1).
//
// They are written in Chinese whatever CLAUSEBOOK_LOCALE says: the people who open content/*.yaml in an
// editor are the handbook's editors, who work in Chinese (the content is Chinese), and the files are
// committed, so they have one language rather than following the locale of whoever ran `npm run schemas`.
// Descriptions are plain text in the standard `description` keyword: editors show it as it is (backticks
// would be shown literally), and `markdownDescription` is a VS Code extension that strict validators reject.
import { z } from 'zod';
import { ApplicabilitySchema, CompetenceAssessmentsRegisterSchema, CompetenceRolesRegisterSchema, EvidenceRegisterSchema, FindingsRegisterSchema, GlossarySchema, MeasurementsRegisterSchema, OrgSchema, RisksRegisterSchema, RulesSchema, StandardSchema } from '../schema/index.ts';
import { translator } from '../i18n/index.ts';
import type { Locale, UiKey } from '../i18n/index.ts';
import { describedTexts, plainText } from './field-text.ts';

/** Folder (repository-relative) the generated schemas are written to. */
export { SCHEMAS_DIR } from '../model/codeowners.ts';
import { SCHEMAS_DIR } from '../model/codeowners.ts';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The language of the generated schemas (see the top of this file). */
export const SCHEMAS_LOCALE: Locale = 'zh-CN';

export interface ContentSchema {
  /** `schemas/<name>.schema.json`. */
  readonly name: string;
  /** The schema's title (UI key `schemas.<name>`). */
  readonly title: UiKey;
  /** Which content files it describes, relative to the content folder (a `*` matches one file name). */
  readonly files: string;
  readonly schema: z.ZodType;
}

export const CONTENT_SCHEMAS: readonly ContentSchema[] = [
  { name: 'org', title: 'schemas.org', files: 'org.yaml', schema: OrgSchema },
  { name: 'standard', title: 'schemas.standard', files: 'standards/*.yaml', schema: StandardSchema },
  { name: 'applicability', title: 'schemas.applicability', files: 'applicability.yaml', schema: ApplicabilitySchema },
  { name: 'evidence', title: 'schemas.evidence', files: 'evidence/*.yaml', schema: EvidenceRegisterSchema },
  { name: 'findings', title: 'schemas.findings', files: 'findings/*.yaml', schema: FindingsRegisterSchema },
  { name: 'measurements', title: 'schemas.measurements', files: 'measurements/*.yaml', schema: MeasurementsRegisterSchema },
  { name: 'glossary', title: 'schemas.glossary', files: 'glossary.yaml', schema: GlossarySchema },
  { name: 'rules', title: 'schemas.rules', files: 'rules.yaml', schema: RulesSchema },
  { name: 'risks', title: 'schemas.risks', files: 'risks/*.yaml', schema: RisksRegisterSchema }, // risk register
  // Competence register
  { name: 'competence_roles', title: 'schemas.competence_roles', files: 'competence/roles.yaml', schema: CompetenceRolesRegisterSchema },
  { name: 'competence_assessments', title: 'schemas.competence_assessments', files: 'competence/*.yaml', schema: CompetenceAssessmentsRegisterSchema },
];

/** Repository-relative path of a schema file. */
export const schemaPath = (name: string) => `${SCHEMAS_DIR}/${name}.schema.json`;

/** The JSON Schema of one content file type, as an object. */
export function toContentJsonSchema(entry: ContentSchema, locale: Locale = SCHEMAS_LOCALE): Record<string, unknown> {
  // The schemas' metadata with every `.describe()` text in `locale`, as plain text.
  const metadata = z.registry<Record<string, unknown>>();
  for (const [schema, text] of describedTexts(locale)) metadata.add(schema, { ...z.globalRegistry._map.get(schema), description: plainText(text) });
  const json = z.toJSONSchema(entry.schema, {
    metadata,
    io: 'input', // fields with defaults are optional, as editors may leave them out
    // Dates are a string-or-Date union (Astro's YAML 1.1 parser makes Dates); only the string is written.
    unrepresentable: (ctx) => (ctx.zodSchema._zod.def.type === 'date' ? 'any' : 'throw'),
    override: (ctx) => {
      const def = ctx.zodSchema._zod.def as { type: string; options?: readonly z.ZodType[] };
      if (def.type === 'union' && def.options?.some((o) => o._zod.def.type === 'date')) {
        delete ctx.jsonSchema.anyOf;
        Object.assign(ctx.jsonSchema, { type: 'string', pattern: DATE_PATTERN });
      }
    },
  }) as Record<string, unknown>;
  // A note for maintainers, not editors: `$comment` is not shown on hover.
  return { ...json, title: `clausebook: ${translator(locale)(entry.title)}`, $comment: 'Generated from src/schema/ by `npm run schemas`; do not edit.' };
}

/** The file text of one schema: pretty, keys sorted (field order kept), trailing newline. */
export function formatJsonSchema(entry: ContentSchema, locale: Locale = SCHEMAS_LOCALE): string {
  return `${JSON.stringify(sortKeys(toContentJsonSchema(entry, locale)), null, 2)}\n`;
}

/** Every schema file: repository-relative path → text. */
export function generateJsonSchemas(locale: Locale = SCHEMAS_LOCALE): Map<string, string> {
  return new Map(CONTENT_SCHEMAS.map((entry) => [schemaPath(entry.name), formatJsonSchema(entry, locale)]));
}

/** The `# yaml-language-server: $schema=...` line a content file starts with, or undefined. */
export function modelineFor(contentFile: string, contentDir = 'content'): string | undefined {
  const inside = contentFile.startsWith(`${contentDir}/`) ? contentFile.slice(contentDir.length + 1) : undefined;
  if (inside === undefined) return undefined;
  const entry = CONTENT_SCHEMAS.find((s) => globMatch(s.files, inside));
  if (!entry) return undefined;
  const up = '../'.repeat(contentFile.split('/').length - 1);
  return `# yaml-language-server: $schema=${up}${schemaPath(entry.name)}`;
}

function globMatch(pattern: string, file: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);
  return re.test(file);
}

/** Keywords in alphabetical order, for a stable file; the fields under `properties` keep schema order. */
function sortKeys(value: unknown, underProperties = false): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!underProperties) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v, !underProperties && (k === 'properties' || k === '$defs'))]));
}
