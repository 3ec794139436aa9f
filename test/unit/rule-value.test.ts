// How a rule's value reads where a document cites it.
import { expect, test } from 'vitest';
import { fileSize, ruleValue } from '../../src/i18n/format.ts';
import { RulesSchema } from '../../src/schema/index.ts';

const rule = (r: Record<string, unknown>) => RulesSchema.parse({ rules: [{ id: 'x.y', label: '测试', defined_by: 'POL-001', ...r }] }).rules[0]!;

test('should write a score with the decimals its rule states (YAML reads 3.0 as 3)', () => {
  expect(ruleValue(rule({ type: 'score', value: 3.0, comparator: '>=' }))).toBe('≥ 3 分');
  expect(ruleValue(rule({ type: 'score', value: 3.0, comparator: '>=', decimals: 1 }))).toBe('≥ 3.0 分');
  expect(ruleValue(rule({ type: 'score', value: 3.5, comparator: '>=', decimals: 2 }))).toBe('≥ 3.50 分');
});

test('should write a file size in KB below a megabyte (at least 1) and in MB above', () => {
  expect([fileSize(120), fileSize(51_300), fileSize(3 * 1024 * 1024 + 200_000)]).toEqual(['1 KB', '50 KB', '3.2 MB']);
});
