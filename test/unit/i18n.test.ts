// UI strings: English is complete, and placeholders are filled.
import { expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { translator } from '../../src/i18n/index.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

test('should define every zh-CN key in English, with the same placeholders', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  for (const [key, value] of Object.entries(zhCN)) {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(names(en[key as keyof typeof en]), key).toEqual(names(value));
  }
});

test('should fill placeholders', () => {
  expect(translator('zh-CN')('index.count', { n: 19 })).toBe('共 19 份');
  expect(translator('en')('index.count', { n: 19 })).toBe('19 in total');
});

test('should label every evidence kind, coverage state and document status', async () => {
  const { EVIDENCE_KINDS, DOCUMENT_STATUSES } = await import('../../src/schema/index.ts');
  const { COVERAGE_STATES } = await import('../../src/model/coverage.ts');
  const keys = [
    ...EVIDENCE_KINDS.map((k) => `evidence.kind.${k}`),
    ...COVERAGE_STATES.flatMap((s) => [`coverage.state.${s}`, `coverage.why.${s}`]),
    ...DOCUMENT_STATUSES.map((s) => `status.${s}`),
  ];
  for (const key of keys) expect(Object.keys(zhCN), key).toContain(key);
});
