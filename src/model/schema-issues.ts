// Turn Zod issues into problems that name the field, what was found, what was expected, and where.
import type { z } from 'zod';
import type { YamlSource } from './corpus.ts';
import { formatPath, locate } from './locate.ts';
import { problem } from './problem.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

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
  const described = describeAt(schema, path);
  const hint = described ? `Expected: ${described}` : undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(schema, path) ?? {});
      return issue.keys.map((key) =>
        problem(
          'CB101',
          locate(source, [...path, key], { key: true }),
          `unknown field "${formatPath([...path, key])}"${didYouMean(key, known)}`,
          known.length ? `Allowed fields here: ${known.join(', ')}.` : undefined,
        ),
      );
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [problem('CB101', locate(source, path.slice(0, -1)), `missing required field "${field}"`, hint)];
      }
      return [
        problem('CB101', locate(source, path), `"${field}" is ${describeValue(issue.input)}; expected ${issue.expected}`, hint),
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const found = describeValue(issue.input);
      const guess = typeof issue.input === 'string' ? didYouMean(issue.input, options) : '';
      return [
        problem('CB101', locate(source, path), `"${field}" is ${found}; expected one of ${options.join(', ')}${guess}`, hint),
      ];
    }
    case 'invalid_union': {
      // Our unions are scalars (date string or Date, number or string): report the first branch's reason.
      const first = issue.errors[0]?.[0];
      const reason = first?.message ?? issue.message;
      return [problem('CB101', locate(source, path), `"${field}" is ${describeValue(issue.input)}: ${reason}`, hint)];
    }
    default: {
      const found = issue.code !== 'custom' && 'input' in issue && issue.input !== undefined ? ` (found ${describeValue(issue.input)})` : '';
      return [problem('CB101', locate(source, path), `"${field}": ${issue.message}${found}`, hint)];
    }
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
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
