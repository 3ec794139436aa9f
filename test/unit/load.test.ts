// The loader: frontmatter split, positions of fields, evidence records, and files without frontmatter.
import { expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { locate } from '../../src/model/locate.ts';
import { loadFixture } from '../load-fixture.ts';

const corpus = await loadFixture('valid');

test('should load every document of the fixture with its type, id and validated data', () => {
  expect(corpus.documents.map((d) => [d.type, d.id, d.file])).toEqual([
    ['case', 'CASE-2026-001', 'content/cases/selection-case.mdx'],
    ['policy', 'POL-001', 'content/policies/partner-policy.mdx'],
    ['sop', 'SOP-001', 'content/sops/partner-selection.mdx'],
    ['template', 'TPL-001', 'content/templates/scoring-sheet.mdx'],
  ]);
  expect(corpus.documents.every((d) => d.data !== undefined)).toBe(true);
  expect(corpus.loadProblems).toEqual([]);
});

test('should keep the file position of any frontmatter field', () => {
  const sop = corpus.documents.find((d) => d.id === 'SOP-001')!;
  expect(locate(sop.source, ['owner'])).toEqual({ file: sop.file, line: 7, column: 8 });
  expect(locate(sop.source, ['roles', 0, 'raci'])).toEqual({ file: sop.file, line: 15, column: 24 });
  expect(locate(sop.source, ['templates', 0])).toEqual({ file: sop.file, line: 16, column: 13 });
});

test('should give each evidence record the position of its own fields', () => {
  const second = corpus.evidence[1]!;
  expect(second.id).toBe('EV-2026-002');
  expect(locate(second.source, ['date'])).toEqual({ file: 'content/evidence/register.yaml', line: 13, column: 11 });
  expect(second.data?.date).toBe('2026-01-20');
});

test('should count body lines from the top of the file', () => {
  const split = splitFrontmatter('---\na: 1\nb: 2\n---\n\n## 标题\n')!;
  expect(split).toMatchObject({ yaml: 'a: 1\nb: 2\n', yamlLineOffset: 1, bodyLineOffset: 4, body: '\n## 标题\n' });
  expect(splitFrontmatter('# 没有头信息\n')).toBeUndefined();
  const sop = corpus.documents.find((d) => d.id === 'SOP-001')!;
  expect(sop.body.headings).toEqual([{ depth: 2, text: '程序步骤', slug: '程序步骤', line: 19 }]);
});
