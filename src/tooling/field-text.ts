// The schema fields' descriptions in a chosen language. English is the `.describe()` text in src/schema/
// (which stays free of i18n); Chinese is src/i18n/fields.zh-CN.ts, keyed by where each `.describe()` is
// written (describedSchemas). The guide, CONTRIBUTING.md and the JSON Schemas take their texts from here.
import { z } from 'zod';
import * as schemas from '../schema/index.ts';
import { defOf, describedSchemas, unwrapSchema } from '../schema/introspect.ts';
import type { DescribedSchema, FieldInfo } from '../schema/introspect.ts';
import { fieldsZhCN } from '../i18n/fields.zh-CN.ts';
import type { Locale } from '../i18n/index.ts';

/**
 * Every Zod schema src/schema/ exports, by export name, DocumentCoreSchema first: the fields the document
 * types take from it through `.extend()` are keyed under it (`DocumentCoreSchema.owner`), not under a type.
 */
export const FIELD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  DocumentCoreSchema: schemas.DocumentCoreSchema,
  ...Object.fromEntries((Object.entries(schemas) as [string, unknown][]).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)),
};

/** The field texts of each language but English, by key. */
export const FIELD_TRANSLATIONS: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<string, string>>>> = {
  'zh-CN': fieldsZhCN,
};

let sites: ReadonlyMap<z.ZodType, DescribedSchema> | undefined;
/** Every `.describe()` of the schemas, by the schema it is written on. */
const describedSites = () => (sites ??= new Map(describedSchemas(FIELD_SCHEMAS).map((d) => [d.schema, d])));

/** One `.describe()` text in `locale`; throws naming the key and the file when the translation is missing. */
function textOf(site: DescribedSchema, locale: Locale): string {
  if (locale === 'en') return site.description;
  const text = FIELD_TRANSLATIONS[locale][site.key];
  if (text === undefined) throw new Error(`No ${locale} text for the field description ${site.key} ("${site.description}"): add it to src/i18n/fields.${locale}.ts`);
  return text;
}

/** A field's description in `locale`, with its `code` spans in backticks ('' when the field has none). */
export function fieldDescription(field: FieldInfo, locale: Locale): string {
  if (!field.describedBy) return '';
  const site = describedSites().get(field.describedBy);
  if (!site) throw new Error(`The description of "${field.name}" ("${field.description}") is on a schema src/schema/index.ts does not export or reach`);
  return textOf(site, locale);
}

/** Every described schema with its text in `locale`, with `code` spans in backticks. */
export function describedTexts(locale: Locale): Map<z.ZodType, string> {
  return new Map([...describedSites().values()].map((site) => [site.schema, textOf(site, locale)]));
}

/**
 * How a table of translations fits the schemas `roots`: keys of described schemas it lacks, keys it has that
 * name no described schema (a field renamed or removed), and enum values (`key: value`) that a text of an
 * enum field does not name as `code`.
 */
export function fieldTextCoverage(
  roots: Readonly<Record<string, z.ZodType>>,
  texts: Readonly<Record<string, string>>,
): { missing: string[]; unknown: string[]; unnamedValues: string[] } {
  const described = describedSchemas(roots);
  const keys = new Set(described.map((d) => d.key));
  const unnamedValues = described.flatMap(({ key, schema }) => {
    const def = defOf(unwrapSchema(schema));
    const text = texts[key];
    if (def.type !== 'enum' || text === undefined) return [];
    return Object.values(def.entries ?? {})
      .filter((value) => !text.includes(`\`${value}\``))
      .map((value) => `${key}: ${value}`);
  });
  return {
    missing: described.filter((d) => !Object.hasOwn(texts, d.key)).map((d) => d.key),
    unknown: Object.keys(texts).filter((key) => !keys.has(key)),
    unnamedValues,
  };
}

/** A piece of a description: plain text, or the content of a `code` span. */
export interface TextSpan {
  readonly code: boolean;
  readonly text: string;
}

/** A description cut into plain text and `code` spans, so a page can render `<code>` with no raw HTML. */
export function codeSpans(text: string): TextSpan[] {
  return text
    .split(/`([^`]+)`/)
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((span) => span.text !== '');
}

/** A description as plain text: `code` spans keep their content and lose the backticks. */
export const plainText = (text: string): string => codeSpans(text).map((span) => span.text).join('');
