// What the site does with an evidence record's location: a page, a download, a link, or refused.
import { expect, test } from 'vitest';
import { attachmentOf } from '../../src/model/attachments.ts';

test('should render Markdown, offer office files as downloads, link https and refuse what could run', () => {
  expect(attachmentOf('content/evidence/files/ev-1.md')).toEqual({ kind: 'page', name: 'ev-1.md' });
  expect(attachmentOf('content/evidence/files/2026/ev-2.PDF')).toEqual({ kind: 'download', name: '2026/ev-2.PDF', type: 'pdf' });
  expect(attachmentOf('content/evidence/files/ev-3.xlsx')).toMatchObject({ kind: 'download', type: 'xlsx' });
  expect(attachmentOf('https://dms.example.com/r/1')).toEqual({ kind: 'external', url: 'https://dms.example.com/r/1' });
  for (const name of ['ev.html', 'ev.svg', 'ev.js', 'ev.htm', 'README']) expect(attachmentOf(`content/evidence/files/${name}`)?.kind).toBe('refused');
  expect(attachmentOf('docs/ev.pdf')).toBeUndefined();
  expect(attachmentOf('handbook/evidence/files/ev.pdf', 'handbook')).toMatchObject({ kind: 'download', name: 'ev.pdf' });
});
