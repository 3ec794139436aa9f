// Turn Zod issues into problems that name the field, what was found, what was expected, and where.
import type { z } from 'zod';
import type { YamlSource } from './corpus.ts';
import { formatPath, locate } from './locate.ts';
import { problem } from './problem.ts';
import type { Problem } from './problem.ts';
import { suggest } from './suggest.ts';

type AnySchema = z.ZodType;

/** Validate `data` against `schema`; problems carry the YAML position of each bad field. */
export function validate<S extends AnySchema>(
  schema: S,
  data: unknown,
  source: YamlSource,
): { data: z.output<S> | undefined; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => issueProblems(schema, issue, source));
  return { data: undefined, problems };
}

function issueProblems(schema: AnySchema, issue: z.core.$ZodIssue, source: YamlSource): Problem[] {
  const path = issue.path as PropertyKey[];
  const field = formatPath(path);
  const description = describeAt(schema, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(schema, path) ?? {});
      return issue.keys.map((key) =>
        problem('CB101', locate(source, [...path, key], { key: true }), { kind: 'unknown-field', field: formatPath([...path, key]), guess: suggest(key, known), known }),
      );
    }
    case 'invalid_type': {
      if (issue.input === undefined) return [problem('CB101', locate(source, path.slice(0, -1)), { kind: 'missing', field, description })];
      return [problem('CB101', locate(source, path), { kind: 'type', field, description, found: issue.input, expected: issue.expected })];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof issue.input === 'string' ? suggest(issue.input, options) : undefined;
      return [problem('CB101', locate(source, path), { kind: 'value', field, description, found: issue.input, options, guess })];
    }
    case 'invalid_union': {
      // Our unions are scalars (date string or Date, number or string): report the first branch's reason.
      const reason = issue.errors[0]?.[0]?.message ?? issue.message;
      return [problem('CB101', locate(source, path), { kind: 'union', field, description, found: issue.input, reason })];
    }
    default: {
      const found = issue.code !== 'custom' && 'input' in issue ? issue.input : undefined;
      return [problem('CB101', locate(source, path), { kind: 'other', field, description, reason: issue.message, found })];
    }
  }
}

// Walk a schema along a data path through Zod 4's definitions, collecting the innermost description.
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
}
const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: AnySchema): { schema: AnySchema; description: string | undefined } {
  let current = schema;
  let description = current.description;
  for (;;) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? (def.type === 'union' ? def.options?.[0] : undefined);
    if (!next) return { schema: current, description };
    current = next;
    description ??= current.description;
  }
}

function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): { schema: AnySchema; description: string | undefined } | undefined {
  let here = unwrap(schema);
  for (const segment of path) {
    const def = defOf(here.schema);
    const child = typeof segment === 'number' ? def.element : def.shape?.[String(segment)];
    if (!child) return undefined;
    here = unwrap(child);
  }
  return here;
}

function describeAt(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  return schemaAt(schema, path)?.description;
}

function shapeAt(schema: AnySchema, path: readonly PropertyKey[]): Record<string, AnySchema> | undefined {
  const here = schemaAt(schema, path);
  return here ? defOf(here.schema).shape : undefined;
}
