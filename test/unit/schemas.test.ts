// The JSON Schemas editors validate against: in step with the Zod schemas, accepting the real content,
// rejecting wrong values, and named on line 1 of every YAML content file.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CONTENT_SCHEMAS, generateJsonSchemas, modelineFor, schemaPath, toContentJsonSchema } from '../../src/tooling/json-schemas.ts';
import { plainText } from '../../src/tooling/field-text.ts';
import { fieldsZhCN } from '../../src/i18n/fields.zh-CN.ts';
import { OrgSchema } from '../../src/schema/index.ts';

const run = promisify(execFile);
const generated = generateJsonSchemas();

/** Every YAML file under content/ (the evidence attachments folder holds no YAML). */
async function contentYamlFiles(): Promise<string[]> {
  const entries = await readdir('content', { recursive: true });
  return entries.filter((f) => /\.ya?ml$/.test(f)).map((f) => `content/${f.split(path.sep).join('/')}`).sort();
}

// ajv comes with html-validate (a devDependency); Zod writes draft 2020-12. `uri` is what z.url() emits.
function compile(name: string) {
  const ajv = new Ajv2020({ allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
  return ajv.compile(JSON.parse(generated.get(schemaPath(name))!));
}

describe('generated JSON Schemas', () => {
  test('should match the committed files in schemas/ (run `npm run schemas` after changing src/schema/)', async () => {
    for (const [file, text] of generated) expect(await readFile(file, 'utf8'), file).toBe(text);
    const committed = (await readdir('schemas')).map((f) => `schemas/${f}`).sort();
    expect(committed).toEqual([...generated.keys()].sort());
  });

  test('should carry the fields\' descriptions, keep dates as YYYY-MM-DD strings and make defaulted fields optional', () => {
    const org = JSON.parse(generated.get('schemas/org.schema.json')!);
    const department = org.properties.departments.items;
    expect(department.properties.reviewers.description).toBe(plainText(fieldsZhCN['DepartmentSchema.reviewers']!));
    expect(department.required).toEqual(['id', 'name']);
    expect(org.required).toEqual(['name', 'scope', 'departments']);
    const evidence = JSON.parse(generated.get('schemas/evidence.schema.json')!);
    expect(evidence.properties.records.items.properties.date).toEqual({
      description: '记录形成或签署的日期，写成 YYYY-MM-DD。',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      type: 'string',
    });
    for (const text of generated.values()) {
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).not.toContain('{}'); // nothing fell back to "any"
    }
  });

  test('should describe in Chinese plain text every field the Zod schemas describe, and in English with the locale en', () => {
    for (const entry of CONTENT_SCHEMAS) {
      // Where Zod itself puts descriptions (the global registry, English): the reference.
      const reference = descriptionsOf(z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: () => 'any' }));
      const english = descriptionsOf(toContentJsonSchema(entry, 'en'));
      expect(english, entry.name).toEqual(new Map([...reference].map(([at, text]) => [at, plainText(text)])));
      const chinese = descriptionsOf(JSON.parse(generated.get(schemaPath(entry.name))!));
      expect([...chinese.keys()].sort(), entry.name).toEqual([...english.keys()].sort());
      for (const [at, text] of chinese) {
        expect(text, `${entry.name} ${at}`).toMatch(/[\u4e00-\u9fff]/);
        expect(text, `${entry.name} ${at}`).not.toContain('`');
      }
    }
    const org = JSON.parse(generated.get('schemas/org.schema.json')!);
    expect(org.title).toBe('clausebook: 组织（content/org.yaml）');
    expect(org.description).toBeUndefined(); // the maintainers' note is a $comment, not shown on hover
  });

  test('should accept every YAML content file of the handbook', async () => {
    const files = await contentYamlFiles();
    expect(files.length).toBeGreaterThanOrEqual(CONTENT_SCHEMAS.length);
    for (const file of files) {
      const name = modelineFor(file)?.match(/schemas\/(\w+)\.schema\.json$/)?.[1];
      expect(name, `${file} has no schema`).toBeDefined();
      const validate = compile(name!);
      // YAML 1.2, as the editor reads it: an unquoted date stays a string.
      const valid = validate(parse(await readFile(file, 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  test('should reject what the Zod schemas reject', () => {
    const org = compile('org');
    const good = { name: '公司', scope: '范围', departments: [{ id: 'cmo', name: '协作管理办公室', reviewers: ['@a'] }] };
    expect(org(good)).toBe(true);
    expect(OrgSchema.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, departments: [] },
      { ...good, departmnets: good.departments },
      { ...good, departments: [{ id: 'CMO', name: '协作管理办公室' }] },
      { ...good, repository: { url: 'not a url' } },
    ]) {
      expect(org(bad), JSON.stringify(bad)).toBe(false);
      expect(OrgSchema.safeParse(bad).success).toBe(false);
    }
    const applicability = compile('applicability');
    const exclusion = { clause: 'gbt40144:8.9', justification: '本公司不开展此类活动。。', approved_by: 'ceo', date: '2026-01-31' };
    expect(applicability({ exclusions: [exclusion] })).toBe(true);
    expect(applicability({ exclusions: [{ ...exclusion, date: '2026/01/31' }] })).toBe(false);
    const evidence = compile('evidence');
    expect(evidence({ records: [{ id: 'EV-26-1' }] })).toBe(false);
  });
});

/** Every `description` keyword of a JSON Schema, by where it is (a JSON pointer). */
function descriptionsOf(node: unknown, at = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node !== 'object' || node === null) return found;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' && typeof value === 'string') found.set(at, value);
    else for (const [where, text] of descriptionsOf(value, `${at}/${key}`)) found.set(where, text);
  }
  return found;
}

describe('modelines', () => {
  test('should open every YAML content file with the yaml-language-server line naming its schema', async () => {
    for (const file of await contentYamlFiles()) {
      const first = (await readFile(file, 'utf8')).split('\n', 1)[0];
      expect(first, file).toBe(modelineFor(file));
    }
    expect(modelineFor('content/org.yaml')).toBe('# yaml-language-server: $schema=../schemas/org.schema.json');
    expect(modelineFor('content/standards/gbt40144.yaml')).toBe('# yaml-language-server: $schema=../../schemas/standard.schema.json');
  });
});

describe('npm run schemas -- --check', () => {
  test('should exit 1 naming each out-of-date schema and the fix, and 0 when all are current', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-schemas-'));
    const script = path.resolve('scripts/schemas.ts');
    try {
      await mkdir(path.join(dir, 'schemas'));
      for (const [file, text] of generated) await writeFile(path.join(dir, file), text);
      const current = await run(process.execPath, [script, '--check'], { cwd: dir });
      expect(current.stdout).toContain('up to date');
      await writeFile(path.join(dir, 'schemas/org.schema.json'), '{}\n');
      await rm(path.join(dir, 'schemas/glossary.schema.json'));
      const stale = await run(process.execPath, [script, '--check'], { cwd: dir }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain('schemas/org.schema.json is out of date');
      expect(stale.stderr).toContain('schemas/glossary.schema.json is out of date');
      expect(stale.stderr).not.toContain('schemas/standard.schema.json');
      expect(stale.stderr).toContain('npm run schemas');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
