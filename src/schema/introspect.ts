// Read a Zod object schema back as a list of fields (name, required, type, description), so the
// editors' guide, scaffolds and reference tables come from the schemas instead of being retyped; and list
// every `.describe()` text with a stable key, so the texts can be given in other languages elsewhere.
import { z } from 'zod';

export interface FieldInfo {
  readonly name: string;
  /** Whether the field must be written (not optional and without a default). */
  readonly required: boolean;
  /** Short type label, e.g. `string`, `date`, `list of clause`, `one of: draft, approved`. */
  readonly type: string;
  /** The `.describe()` text nearest the field (the field's own, else its type's). */
  readonly description: string;
  /** The schema that `.describe()` was called on for `description` (a key of `describedSchemas`). */
  readonly describedBy: z.ZodType | undefined;
  /** Whether the schema fills the field in when it is left out (`.default()`). */
  readonly hasDefault: boolean;
  /** The field's value schema, without optional/default wrappers. */
  readonly schema: z.ZodType;
}

export interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly entries?: Record<string, string>;
  readonly shape?: Record<string, z.ZodType>;
}

/** Zod's internal definition of a schema: its kind and parts. */
export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/default/nullable wrappers. */
export const unwrapSchema = (schema: z.ZodType): z.ZodType => unwrap(schema).schema;

/** DateSchema: a union of string and Date piped through a normalising transform. */
export function isDateSchema(schema: z.ZodType): boolean {
  const def = defOf(schema);
  return def.type === 'pipe' && def.in !== undefined && defOf(def.in).type === 'union';
}

/** The fields of an object schema, in declaration order. */
export function describeFields(schema: z.ZodType): FieldInfo[] {
  const shape = defOf(unwrap(schema).schema).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const { schema: inner, optional, hasDefault, description, describedBy } = unwrap(field);
    return { name, required: !optional, type: typeLabel(inner), description: description ?? '', describedBy, hasDefault, schema: inner };
  });
}

/** Peel optional/default/nullable wrappers, remembering optionality and the outermost description. */
function unwrap(schema: z.ZodType): {
  schema: z.ZodType;
  optional: boolean;
  hasDefault: boolean;
  description: string | undefined;
  describedBy: z.ZodType | undefined;
} {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let description = schema.description;
  let describedBy = describeSite(schema);
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
      optional ||= def.type !== 'nullable';
      hasDefault ||= def.type === 'default';
      current = def.innerType;
      if (description === undefined) {
        description = current.description;
        describedBy = describeSite(current);
      }
      continue;
    }
    return { schema: current, optional, hasDefault, description, describedBy };
  }
}

/** The `.describe()` text written on this very schema, not one it inherits from the schema it was cloned from. */
export const ownDescription = (schema: z.ZodType): string | undefined => z.globalRegistry._map.get(schema)?.description;

/** The schema `.describe()` was called on for the description `schema` has: itself or one it was cloned from. */
export function describeSite(schema: z.ZodType): z.ZodType | undefined {
  for (let s: z.ZodType | undefined = schema; s; s = s._zod.parent as z.ZodType | undefined) {
    if (ownDescription(s) !== undefined) return s;
  }
  return undefined;
}

/** One `.describe()` text of the schemas and where it is written. */
export interface DescribedSchema {
  /**
   * Stable name of the place: the root's name when the text is on a root itself (`DateSchema`), else the
   * root's name and the path to the field (`OrgSchema.repository.url`; `[]` is a list's entry, `|1` a union's
   * second option). Renaming a field or a schema renames the key.
   */
  readonly key: string;
  /** The schema `.describe()` was called on. */
  readonly schema: z.ZodType;
  /** The text (English). */
  readonly description: string;
}

/**
 * Every `.describe()` text reachable from `roots` (schemas by name), each once, in walking order. A root
 * met inside another is not entered (its texts are keyed under its own name); a schema shared by several
 * roots (the fields `.extend()` copies) is keyed under the first root that reaches it, so list bases first.
 */
export function describedSchemas(roots: Readonly<Record<string, z.ZodType>>): DescribedSchema[] {
  const rootNames = new Set(Object.values(roots));
  const seen = new Set<z.ZodType>();
  const found = new Map<string, DescribedSchema>();
  const visit = (schema: z.ZodType, key: string, isRoot = false): void => {
    if ((!isRoot && rootNames.has(schema)) || seen.has(schema)) return;
    seen.add(schema);
    const description = ownDescription(schema);
    if (description !== undefined) {
      if (found.has(key)) throw new Error(`two .describe() texts have the key ${key}`);
      found.set(key, { key, schema, description });
    }
    const def = defOf(schema);
    if (def.innerType) visit(def.innerType, key);
    if (def.type === 'pipe') for (const part of [def.in, def.out]) if (part) visit(part, key);
    if (def.element) visit(def.element, `${key}[]`);
    (def.options ?? []).forEach((option, i) => visit(option, `${key}|${i}`));
    for (const [name, field] of Object.entries(def.shape ?? {})) visit(field, `${key}.${name}`);
  };
  for (const [name, schema] of Object.entries(roots)) visit(schema, name, true);
  return [...found.values()];
}

function typeLabel(schema: z.ZodType): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'enum':
      return `one of: ${Object.values(def.entries ?? {}).join(', ')}`;
    case 'array':
      return `list of ${typeLabel(unwrap(def.element!).schema)}`;
    case 'object':
      return `{ ${Object.keys(def.shape ?? {}).join(', ')} }`;
    case 'pipe':
      return isDateSchema(schema) ? 'date' : typeLabel(def.in!);
    case 'union':
      return (def.options ?? []).map(typeLabel).join(' or ');
    default:
      return def.type;
  }
}
