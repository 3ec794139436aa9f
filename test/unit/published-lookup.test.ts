// The remark plugins' look-ups: a Markdown file's published document and the documents' titles.
import { expect, test } from 'vitest';
import { documentOfFile, documentTitles } from '../../src/integrations/published-lookup.ts';
import type { Content } from '../../src/site/index.ts';

const doc = (id: string, file: string, data = true) => ({ id, file, type: 'sop', data: data ? { title: `${id} 标题` } : undefined });
const published = {
  corpus: { documents: [doc('SOP-001', 'content/sops/a.mdx'), doc('SOP-002', 'content/sops/nested/b.mdx'), doc('SOP-003', 'content/sops/broken.mdx', false)] },
} as unknown as Content['published'];

test('should find the document a file is, whatever folder the content lies in and whichever slash it uses', () => {
  expect(documentOfFile(published, '/tmp/root/content/sops/a.mdx')?.id).toBe('SOP-001');
  expect(documentOfFile(published, 'C:\\work\\root\\content\\sops\\nested\\b.mdx')?.id).toBe('SOP-002');
});

test('should find no document for another file, a file that only ends alike, a document without data or no path', () => {
  expect(documentOfFile(published, '/tmp/root/content/sops/c.mdx')).toBeUndefined();
  expect(documentOfFile(published, '/tmp/root/xcontent/sops/a.mdx')).toBeUndefined();
  expect(documentOfFile(published, 'content/sops/a.mdx')).toBeUndefined();
  expect(documentOfFile(published, '/tmp/root/content/sops/broken.mdx')).toBeUndefined();
  expect(documentOfFile(published, undefined)).toBeUndefined();
});

test('should give every published document\'s title by its id, computed once per content', () => {
  expect([...documentTitles(published)]).toEqual([['SOP-001', 'SOP-001 标题'], ['SOP-002', 'SOP-002 标题']]);
  expect(documentTitles(published)).toBe(documentTitles(published));
});
