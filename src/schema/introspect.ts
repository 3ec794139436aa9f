// Read a Zod object schema back as a list of fields (name, required, type, description), so the
// editors' guide, scaffolds and reference tables come from the schemas instead of being retyped.
import type { z } from 'zod';

export interface FieldInfo {
  readonly name: string;
  /** Whether the field must be written (not optional and without a default). */
  readonly required: boolean;
  /** Short type label, e.g. `string`, `date`, `list of clause`, `one of: draft, approved`. */
  readonly type: string;
  /** The `.describe()` text nearest the field (the field's own, else its type's). */
  readonly description: string;
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
    const { schema: inner, optional, hasDefault, description } = unwrap(field);
    return { name, required: !optional, type: typeLabel(inner), description: description ?? '', hasDefault, schema: inner };
  });
}

/** Peel optional/default/nullable wrappers, remembering optionality and the outermost description. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean; hasDefault: boolean; description: string | undefined } {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let description = schema.description;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
      optional ||= def.type !== 'nullable';
      hasDefault ||= def.type === 'default';
      current = def.innerType;
      description ??= current.description;
      continue;
    }
    return { schema: current, optional, hasDefault, description };
  }
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
