// Records as filled forms: a record's `values` against the fields of the template that produced it, and
// the results a template computes (a weighted sum with weights from rules).
import type { ComputedField, Rule, Template } from '../schema/index.ts';

type Value = string | number | boolean | readonly string[] | readonly Readonly<Record<string, string | number>>[];

/** Why a value does not fit its field, with the path of the value in the record. */
export interface ValueIssue {
  readonly path: readonly (string | number)[];
  readonly args: { readonly key: string; readonly problem: string };
}

const SCORE_RANGE = [1, 5] as const;

/** The problems of a record's values against the template's fields (and its computed results' keys). */
export function recordValueProblems(values: Readonly<Record<string, Value>>, template: Template, rules: ReadonlyMap<string, Rule>): ValueIssue[] {
  const out: ValueIssue[] = [];
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const computed = new Set(template.computed.map((c) => c.key));
  const issue = (key: string, text: string, path: (string | number)[] = [key]) => out.push({ path: ['values', ...path], args: { key, problem: text } });
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key);
    if (!field) {
      if (!computed.has(key)) issue(key, `the form has no field "${key}" (fields: ${[...fields.keys(), ...computed].join(', ')})`);
      else if (typeof value !== 'number') issue(key, 'a computed result is a number');
      continue;
    }
    const rule = field.rule ? rules.get(field.rule) : undefined;
    const options = field.options ?? (rule?.type === 'vocabulary' ? rule.grades.map((g) => g.term) : []);
    switch (field.type) {
      case 'number':
        if (typeof value !== 'number') issue(key, 'expected a number');
        break;
      case 'score':
        if (typeof value !== 'number' || value < SCORE_RANGE[0] || value > SCORE_RANGE[1]) issue(key, `expected a score from ${SCORE_RANGE[0]} to ${SCORE_RANGE[1]}`);
        break;
      case 'checkbox':
        if (typeof value !== 'boolean') issue(key, 'expected true or false');
        break;
      case 'select':
        if (typeof value !== 'string' || !options.includes(value)) issue(key, `expected one of ${options.join(', ')}`);
        break;
      case 'multiselect':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !options.includes(v))) issue(key, `expected a list of ${options.join(', ')}`);
        break;
      case 'table': {
        if (!Array.isArray(value) || value.some((row) => typeof row !== 'object')) {
          issue(key, 'expected table rows');
          break;
        }
        const columns = field.columns ?? [];
        (value as readonly Record<string, unknown>[]).forEach((row, i) => {
          for (const column of Object.keys(row)) if (!columns.includes(column)) issue(key, `row ${i + 1} has no column "${column}" (columns: ${columns.join(', ')})`, [key, i, column]);
        });
        break;
      }
      default:
        if (typeof value !== 'string') issue(key, 'expected text');
    }
  }
  for (const field of template.fields) if (field.required && !(field.key in values) && field.type !== 'signature') issue(field.key, 'required, but the record has no value', []);
  return out;
}

/** A computed result from a record's values; undefined when a field it needs is missing. */
export function computedValue(computed: ComputedField, values: Readonly<Record<string, Value>>, rules: ReadonlyMap<string, Rule>): number | undefined {
  let sum = 0;
  for (const term of computed.weighted_sum) {
    const value = values[term.field];
    const weight = typeof term.weight === 'number' ? term.weight : rules.get(term.weight)?.type === 'percentage' ? (rules.get(term.weight) as Extract<Rule, { type: 'percentage' }>).value : undefined;
    if (typeof value !== 'number' || weight === undefined) return undefined;
    sum += (value * weight) / 100;
  }
  return Math.round(sum * 100) / 100;
}
