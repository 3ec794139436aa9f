// Schema problems: what an editor is told for missing fields, wrong types, unknown keys and dates.
import { expect, test } from 'vitest';
import type { YamlSource } from '../../src/model/corpus.ts';
import { validate } from '../../src/model/schema-issues.ts';
import { PolicySchema, TemplateSchema } from '../../src/schema/index.ts';
import { parse } from 'yaml';

function check(schema: Parameters<typeof validate>[0], yaml: string) {
  const source: YamlSource = { file: 'content/policies/x.mdx', text: yaml, lineOffset: 1, basePath: [] };
  return validate(schema, parse(yaml), source);
}

const BASE = 'id: POL-001\ntitle: 标题\nsummary: 摘要。\nstatus: approved\nversion: "1.0"\nowner: cmo\n';

test('should accept a minimal policy and fill defaults', () => {
  const { data, problems } = check(PolicySchema, BASE);
  expect(problems).toEqual([]);
  expect(data).toMatchObject({ classification: 'internal', clauses: [], approvers: [] });
});

test('should report a missing field at its parent, with the field description as hint', () => {
  const { problems } = check(PolicySchema, BASE.replace('owner: cmo\n', ''));
  expect(problems.map((p) => [p.message, p.line])).toEqual([['missing required field "owner"', 2]]);
  expect(problems[0]!.hint).toContain('Department id');
});

test('should explain that an unquoted version is a number', () => {
  const { problems } = check(PolicySchema, BASE.replace('version: "1.0"', 'version: 1.0'));
  expect(problems[0]!.message).toBe('"version" is the number 1; expected string');
  expect(problems[0]!.line).toBe(6);
  expect(problems[0]!.hint).toContain('in quotes');
});

test('should name an unknown field and suggest the right one', () => {
  const { problems } = check(PolicySchema, `${BASE}reviewby: 2027-01-01\n`);
  expect(problems[0]!.message).toBe('unknown field "reviewby"; did you mean "review_by"?');
  expect([problems[0]!.line, problems[0]!.column]).toEqual([8, 1]);
});

test('should accept dates as strings or Date objects and reject impossible dates', () => {
  expect((check(PolicySchema, `${BASE}effective: 2026-02-01\n`).data as { effective?: string })?.effective).toBe('2026-02-01');
  const viaDate = PolicySchema.safeParse({ ...parse(BASE), effective: new Date('2026-02-01T00:00:00Z') });
  expect(viaDate.success && viaDate.data.effective).toBe('2026-02-01');
  expect(check(PolicySchema, `${BASE}effective: 2026-02-30\n`).problems[0]!.message).toContain('"2026-02-30" is not a day of the calendar');
});

test('should require options on a select field of a template', () => {
  const yaml = `${BASE.replace('POL-001', 'TPL-001')}fields:\n  - { key: grade, label: 结论, type: select }\n`;
  const { problems } = check(TemplateSchema, yaml);
  expect(problems.map((p) => p.message)).toEqual(['"fields[0].options": a `select` field needs `options` (or a vocabulary `rule`)']);
});
