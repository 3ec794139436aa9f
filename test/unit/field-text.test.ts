// The schema fields' descriptions in Chinese: one text for every `.describe()` of the schemas, none for a
// field that is gone, each enum's values named; the guide and CONTRIBUTING.md pick them by language.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { fieldsZhCN } from '../../src/i18n/fields.zh-CN.ts';
import * as schemas from '../../src/schema/index.ts';
import { describedSchemas, describeFields } from '../../src/schema/introspect.ts';
import { FIELD_SCHEMAS, codeSpans, fieldDescription, fieldTextCoverage, plainText } from '../../src/tooling/field-text.ts';
import { fieldSections, formatContributing } from '../../src/tooling/guide.ts';

describe('Chinese field descriptions', () => {
  test('should cover every described field of the schemas, name no field that is gone, and name every enum value', () => {
    expect(fieldTextCoverage(FIELD_SCHEMAS, fieldsZhCN)).toEqual({ missing: [], unknown: [], unnamedValues: [] });
  });

  test('should fail the coverage for a missing text, a text of a renamed field and an enum value left out', () => {
    const Shared = z.string().describe('A shared type.');
    const Tiny = z.object({
      a: z.string().describe('A, e.g. `x`.'),
      b: Shared, // the type's text: no key of its own
      c: z.enum(['on', 'off']).describe('A switch: `on` or `off`.'),
      nested: z.object({ d: z.number().describe('D.') }).optional(),
    });
    const texts = { Shared: '共用类型。', 'Tiny.a': '甲，例如 `x`。', 'Tiny.c': '开关：`on`。', 'Tiny.nested.d': '丁。' };
    expect(fieldTextCoverage({ Shared, Tiny }, texts)).toEqual({ missing: [], unknown: [], unnamedValues: ['Tiny.c: off'] });
    expect(fieldTextCoverage({ Shared, Tiny }, {}).missing).toEqual(['Shared', 'Tiny.a', 'Tiny.c', 'Tiny.nested.d']);
    // `a` renamed to `alpha`: its text is now missing, and the old entry names a field that is gone.
    const Renamed = z.object({ alpha: z.string().describe('A, e.g. `x`.') });
    expect(fieldTextCoverage({ Tiny: Renamed }, { 'Tiny.a': '甲。' })).toEqual({ missing: ['Tiny.alpha'], unknown: ['Tiny.a'], unnamedValues: [] });
  });

  test('should key a field the document types share under DocumentCoreSchema, and a shared type under its own name', () => {
    const keys = describedSchemas(FIELD_SCHEMAS).map((d) => d.key);
    expect(keys).toContain('DocumentCoreSchema.owner');
    expect(keys).toContain('DateSchema');
    expect(keys).toContain('OrgSchema.repository.url');
    expect(keys.filter((k) => /^(Policy|Sop|Template|Case)Schema\.owner$/.test(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    // Every Zod schema src/schema/ exports is walked.
    const exported = Object.entries(schemas).filter(([, v]) => v instanceof z.ZodType).map(([name]) => name);
    expect(Object.keys(FIELD_SCHEMAS).sort()).toEqual(exported.sort());
  });

  test('should give every field of the guide a Chinese text, and its own English text in English', () => {
    for (const section of fieldSections()) {
      for (const field of section.fields) {
        expect(fieldDescription(field, 'en'), field.name).toBe(field.description);
        const zh = fieldDescription(field, 'zh-CN');
        expect(zh, field.name).toMatch(/[\u4e00-\u9fff]/);
        expect(zh, field.name).not.toBe(field.description);
      }
    }
    // A field without its own `.describe()` shows its type's text.
    const status = describeFields(schemas.DocumentCoreSchema).find((f) => f.name === 'status')!;
    expect(fieldDescription(status, 'zh-CN')).toBe(fieldsZhCN.DocumentStatusSchema);
  });

  test('should write CONTRIBUTING.md\'s field reference in Chinese, with Markdown code spans', () => {
    const text = formatContributing('');
    expect(text).toContain(`| \`owner\` | 是 | string | ${fieldsZhCN['DocumentCoreSchema.owner']} |`);
    expect(text).toContain('`content/org.yaml`');
    expect(text).not.toContain(schemas.DocumentCoreSchema.shape.owner.description!);
  });
});

describe('code spans', () => {
  test('should cut a text into plain text and code, and drop the backticks for plain text', () => {
    expect(codeSpans('例如 `a<b>` 或 `c`。')).toEqual([
      { code: false, text: '例如 ' },
      { code: true, text: 'a<b>' },
      { code: false, text: ' 或 ' },
      { code: true, text: 'c' },
      { code: false, text: '。' },
    ]);
    expect(codeSpans('`x`')).toEqual([{ code: true, text: 'x' }]);
    expect(plainText('写成 `YYYY-MM-DD`，例如 `"1.2"`。')).toBe('写成 YYYY-MM-DD，例如 "1.2"。');
    expect(plainText('no code')).toBe('no code');
  });
});

test('should keep src/model/ and src/schema/ free of src/i18n/', async () => {
  for (const dir of ['src/model', 'src/schema']) {
    const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(ts|astro)$/.test(f));
    for (const file of files) {
      const text = await readFile(path.join(dir, file), 'utf8');
      expect(text, `${dir}/${file}`).not.toMatch(/from\s+['"][^'"]*\/i18n\//);
    }
  }
});
