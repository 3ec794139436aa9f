// The editors' guide: CONTRIBUTING.md is generated and committed up to date, and its reference parts
// cover every schema field and every check code.
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { checkCodes, fieldSections, formatContributing } from '../../src/tooling/guide.ts';
import { PROBLEM_CODES } from '../../src/model/problem.ts';
import { DocumentCoreSchema, EvidenceSchema, SopSchema, TemplateSchema } from '../../src/schema/index.ts';

test('should keep CONTRIBUTING.md equal to what npm run contributing writes', async () => {
  const expected = formatContributing(await readFile('src/guide/editing.md', 'utf8'));
  expect(await readFile('CONTRIBUTING.md', 'utf8'), 'run `npm run contributing` and commit CONTRIBUTING.md').toBe(expected);
});

test('should list every field of the schemas once, with the schema\'s own description', () => {
  const sections = new Map(fieldSections().map((s) => [s.key, s.fields]));
  expect(sections.get('core')!.map((f) => f.name)).toEqual(Object.keys(DocumentCoreSchema.shape));
  expect(sections.get('sop')!.map((f) => f.name)).toEqual(Object.keys(SopSchema.shape).filter((k) => !(k in DocumentCoreSchema.shape)));
  expect(sections.get('evidence')!.map((f) => f.name)).toEqual(Object.keys(EvidenceSchema.shape));
  const fields = sections.get('template')!;
  expect(fields.find((f) => f.name === 'records_classification')!.description).toBe(TemplateSchema.shape.records_classification.description);
  expect(sections.get('core')!.find((f) => f.name === 'effective')).toMatchObject({ required: false, type: 'date' });
  expect(sections.get('core')!.find((f) => f.name === 'status')!.type).toBe('one of: draft, in-review, approved, superseded, retired');
  for (const section of sections.values()) for (const f of section) expect(f.description, f.name).not.toBe('');
});

test('should list every check code with its fix', () => {
  expect(checkCodes().map((c) => c.code)).toEqual(Object.keys(PROBLEM_CODES));
  const text = formatContributing('');
  for (const [code, info] of Object.entries(PROBLEM_CODES)) {
    expect(text).toContain(`| ${code} |`);
    expect(text).toContain(info.title);
  }
});
