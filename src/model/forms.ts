// Records as filled forms: a record's `values` against the fields of the template that produced it, and
// the results a template computes (a weighted sum with weights from rules).
import type { ComputedField, EvidenceInput, RecordResults, Rule, Template } from '../schema/index.ts';

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

/** A term's weight in percent: a percentage rule's value, or the number written; undefined for anything else. */
export function weightOf(weight: string | number, rules: ReadonlyMap<string, Rule>): number | undefined {
  if (typeof weight === 'number') return weight;
  const rule = rules.get(weight);
  return rule?.type === 'percentage' ? rule.value : undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whether a stated result differs from what the form computes (both are rounded to two decimals). */
const differs = (stated: number | undefined, expected: number | undefined): expected is number => stated !== undefined && expected !== undefined && Math.abs(stated - expected) >= 0.005;

/** A computed result from a record's values; undefined when a field it needs is missing. */
export function computedValue(computed: ComputedField, values: Readonly<Record<string, Value>>, rules: ReadonlyMap<string, Rule>): number | undefined {
  let sum = 0;
  for (const term of computed.weighted_sum) {
    const value = values[term.field];
    const weight = weightOf(term.weight, rules);
    if (typeof value !== 'number' || weight === undefined) return undefined;
    sum += (value * weight) / 100;
  }
  return round2(sum);
}

/** Each dimension's weight (percent): the sum of its fields' weights; undefined when one cannot be read. */
export function groupWeights(computed: ComputedField, rules: ReadonlyMap<string, Rule>): Map<string, number> | undefined {
  const byField = new Map(computed.weighted_sum.map((t) => [t.field, weightOf(t.weight, rules)]));
  const out = new Map<string, number>();
  for (const group of computed.groups ?? []) {
    let sum = 0;
    for (const field of group.fields) {
      const weight = byField.get(field);
      if (weight === undefined) return undefined;
      sum += weight;
    }
    out.set(group.key, round2(sum));
  }
  return out;
}

/** Why a template's computed result cannot be computed as declared (fields, weights, groups), with the path of the cause. */
export function computedProblems(template: Template, rules: ReadonlyMap<string, Rule>): { path: (string | number)[]; key: string; problem: string }[] {
  const out: { path: (string | number)[]; key: string; problem: string }[] = [];
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  for (const [index, computed] of template.computed.entries()) {
    const say = (problem: string, ...path: (string | number)[]) => out.push({ path: ['computed', index, ...path], key: computed.key, problem });
    let total = 0;
    computed.weighted_sum.forEach((term, i) => {
      const field = fields.get(term.field);
      if (!field) say(`sums "${term.field}", which is not a field of the form`, 'weighted_sum', i, 'field');
      else if (field.type !== 'score' && field.type !== 'number') say(`sums "${term.field}", a ${field.type} field (only score and number fields have a value to weigh)`, 'weighted_sum', i, 'field');
      const weight = weightOf(term.weight, rules);
      if (weight === undefined) say(`weighs "${term.field}" by "${term.weight}", which is not a percentage rule`, 'weighted_sum', i, 'weight');
      else total += weight;
    });
    if (computed.weighted_sum.every((t) => weightOf(t.weight, rules) !== undefined) && Math.abs(total - 100) > 0.001) say(`its weights add up to ${round2(total)} %, not 100 %`, 'weighted_sum');
    if (!computed.groups) continue;
    const summed = new Set(computed.weighted_sum.map((t) => t.field));
    const grouped = new Map<string, string>();
    computed.groups.forEach((group, g) => {
      group.fields.forEach((field, f) => {
        if (!summed.has(field)) say(`dimension "${group.key}" groups "${field}", which the sum does not weigh`, 'groups', g, 'fields', f);
        else if (grouped.has(field)) say(`"${field}" is in dimensions "${grouped.get(field)}" and "${group.key}"; a field belongs to one`, 'groups', g, 'fields', f);
        else grouped.set(field, group.key);
      });
    });
    for (const field of summed) if (!grouped.has(field)) say(`"${field}" is in no dimension; every weighed field belongs to one`, 'groups');
  }
  return out;
}

/** One subject of a summary record, recomputed: the total it states and the one the form's weights give. */
export interface ResultRow {
  readonly subject: string;
  readonly stated: number;
  /** Undefined when a dimension's score or weight is missing. */
  readonly expected: number | undefined;
  /** Whether the stated total differs from the computed one. */
  readonly differs: boolean;
}

/** A summary record's rows recomputed with its form's dimension weights. */
export function resultRows(results: RecordResults, computed: ComputedField, rules: ReadonlyMap<string, Rule>): ResultRow[] {
  const weights = groupWeights(computed, rules);
  return results.rows.map((row) => {
    let sum: number | undefined = 0;
    for (const group of computed.groups ?? []) {
      const score = row[group.key];
      const weight = weights?.get(group.key);
      if (typeof score !== 'number' || weight === undefined || sum === undefined) sum = undefined;
      else sum += (score * weight) / 100;
    }
    const expected = sum === undefined ? undefined : round2(sum);
    return { subject: row.subject, stated: row.total, expected, differs: differs(row.total, expected) };
  });
}

/** The problems of a summary record's `results` against its form's computed result and dimensions. */
export function recordResultsProblems(results: RecordResults, template: Template): ValueIssue[] {
  const out: ValueIssue[] = [];
  const issue = (key: string, text: string, path: (string | number)[]) => out.push({ path: ['results', ...path], args: { key, problem: text } });
  const computed = template.computed.find((c) => c.key === results.of);
  if (!computed?.groups) {
    const grouped = template.computed.filter((c) => c.groups).map((c) => c.key);
    issue(results.of, grouped.length ? `expected the key of a computed result with dimensions: ${grouped.join(', ')}` : 'the form computes no result with dimensions (`groups`) to summarise', ['of']);
    return out;
  }
  const groups = computed.groups.map((g) => g.key);
  for (const key of Object.keys(results.weights ?? {})) if (!groups.includes(key)) issue(key, `no dimension "${key}" (dimensions: ${groups.join(', ')})`, ['weights', key]);
  results.rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      if (key === 'subject' || key === 'total') continue;
      if (!groups.includes(key)) issue(key, `row ${i + 1} (${row.subject}) has no dimension "${key}" (dimensions: ${groups.join(', ')})`, ['rows', i, key]);
      else if (typeof value !== 'number' || value < SCORE_RANGE[0] || value > SCORE_RANGE[1]) issue(key, `row ${i + 1} (${row.subject}): expected a score from ${SCORE_RANGE[0]} to ${SCORE_RANGE[1]}`, ['rows', i, key]);
    }
    for (const key of groups) if (!(key in row)) issue(key, `row ${i + 1} (${row.subject}) has no score for dimension "${key}"`, ['rows', i]);
  });
  return out;
}

/** A result a record states that its form computes differently (a single form's, or one subject's of a summary). */
export interface ResultDeviation {
  /** Where the stated result is in the record. */
  readonly path: readonly (string | number)[];
  readonly key: string;
  readonly label: string;
  readonly subject?: string;
  readonly stated: number;
  readonly expected: number;
  /** The weights the record says it used, when they are not the form's, by dimension in order. */
  readonly weights?: { readonly dimensions: string; readonly used: string; readonly approved: string };
}


/** Every result the record states that its template computes differently (nothing for a summary whose rows do not fit). */
export function resultDeviations(data: Pick<EvidenceInput, 'values' | 'results'>, template: Template, rules: ReadonlyMap<string, Rule>): ResultDeviation[] {
  const out: ResultDeviation[] = [];
  const { values, results } = data;
  if (values) {
    for (const computed of template.computed) {
      const stated = values[computed.key];
      const expected = computedValue(computed, values, rules);
      if (typeof stated === 'number' && differs(stated, expected)) out.push({ path: ['values', computed.key], key: computed.key, label: computed.label, stated, expected });
    }
  }
  const computed = results && template.computed.find((c) => c.key === results.of);
  if (!results || !computed?.groups || recordResultsProblems(results, template).length) return out;
  const approved = groupWeights(computed, rules);
  const stated = results.weights;
  const weights = stated && approved && computed.groups.some((g) => stated[g.key] !== approved.get(g.key))
    ? { dimensions: computed.groups.map((g) => g.label).join('/'), used: computed.groups.map((g) => stated[g.key] ?? '?').join('/'), approved: computed.groups.map((g) => approved.get(g.key)).join('/') }
    : undefined;
  resultRows(results, computed, rules).forEach((row, i) => {
    if (differs(row.stated, row.expected)) out.push({ path: ['results', 'rows', i, 'total'], key: computed.key, label: computed.label, subject: row.subject, stated: row.stated, expected: row.expected, ...(weights ? { weights } : {}) });
  });
  return out;
}

/** A record as a filled form: its values by field in the form's order, each computed result, and a summary's rows recomputed. */
export interface FilledForm {
  readonly template: string;
  readonly values: readonly { readonly key: string; readonly label: string; readonly value: Value }[];
  readonly computed: readonly { readonly key: string; readonly label: string; readonly stated: number | undefined; readonly expected: number | undefined; readonly differs: boolean }[];
  readonly results:
    | {
        readonly label: string;
        /** Each dimension with the form's weight and the one the record says it used. */
        readonly dimensions: readonly { readonly key: string; readonly label: string; readonly weight: number | undefined; readonly used: number | undefined }[];
        readonly rows: readonly (ResultRow & { readonly scores: readonly (number | undefined)[] })[];
      }
    | undefined;
}

/** The filled form of a record produced by a template; undefined when it states neither values nor results. */
export function filledForm(data: Pick<EvidenceInput, 'values' | 'results'>, templateId: string, template: Template, rules: ReadonlyMap<string, Rule>): FilledForm | undefined {
  const { values, results } = data;
  if (!values && !results) return undefined;
  const computedKeys = new Set(template.computed.map((c) => c.key));
  const filled = template.fields.filter((f) => values && f.key in values && !computedKeys.has(f.key)).map((f) => ({ key: f.key, label: f.label, value: values![f.key]! }));
  const computed = values
    ? template.computed.filter((c) => c.key in values).map((c) => {
        const stated = typeof values[c.key] === 'number' ? (values[c.key] as number) : undefined;
        const expected = computedValue(c, values, rules);
        return { key: c.key, label: c.label, stated, expected, differs: differs(stated, expected) };
      })
    : [];
  const of = results && template.computed.find((c) => c.key === results.of);
  const weights = of ? groupWeights(of, rules) : undefined;
  return {
    template: templateId,
    values: filled,
    computed,
    results: results && of?.groups
      ? {
          label: of.label,
          dimensions: of.groups.map((g) => ({ key: g.key, label: g.label, weight: weights?.get(g.key), used: results.weights?.[g.key] })),
          rows: resultRows(results, of, rules).map((row, i) => ({ ...row, scores: of.groups!.map((g) => results.rows[i]![g.key] as number | undefined) })),
        }
      : undefined,
  };
}
