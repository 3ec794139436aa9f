// How a rule's value reads where a document cites it.
import { expect, test } from 'vitest';
import { ruleValue } from '../../src/i18n/format.ts';
import { RulesSchema } from '../../src/schema/index.ts';

const rule = (r: Record<string, unknown>) => RulesSchema.parse({ rules: [{ id: 'x.y', label: '测试', defined_by: 'POL-001', ...r }] }).rules[0]!;

test('should write a score with the decimals its rule states (YAML reads 3.0 as 3)', () => {
  expect(ruleValue(rule({ type: 'score', value: 3.0, comparator: '>=' }))).toBe('≥ 3 分');
  expect(ruleValue(rule({ type: 'score', value: 3.0, comparator: '>=', decimals: 1 }))).toBe('≥ 3.0 分');
  expect(ruleValue(rule({ type: 'score', value: 3.5, comparator: '>=', decimals: 2 }))).toBe('≥ 3.50 分');
});
