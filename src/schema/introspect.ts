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
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly entries?: Record<string, string>;
  readonly shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The fields of an object schema, in declaration order. */
export function describeFields(schema: z.ZodType): FieldInfo[] {
  const shape = defOf(unwrap(schema).schema).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const { schema: inner, optional, description } = unwrap(field);
    return { name, required: !optional, type: typeLabel(inner), description: description ?? '' };
  });
}

/** Peel optional/default/nullable wrappers, remembering optionality and the outermost description. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean; description: string | undefined } {
  let current = schema;
  let optional = false;
  let description = schema.description;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
      optional ||= def.type !== 'nullable';
      current = def.innerType;
      description ??= current.description;
      continue;
    }
    return { schema: current, optional, description };
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
      // DateSchema: a union of string and Date, normalised to `YYYY-MM-DD`.
      return def.in && defOf(def.in).type === 'union' ? 'date' : typeLabel(def.in!);
    case 'union':
      return (def.options ?? []).map(typeLabel).join(' or ');
    default:
      return def.type;
  }
}
