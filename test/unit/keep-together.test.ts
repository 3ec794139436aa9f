// Ids and dates in table cells are kept on one line; nothing else in the page changes.
import { expect, test } from 'vitest';
import { keepTogether } from '../../src/site/keep-together.ts';

test('should wrap ids and dates in table cells and link text, and only there', () => {
  expect(keepTogether('<p>见 <a href="/id/TPL-004/">TPL-004 会议纪要</a>，SOP-004</p>')).toBe('<p>见 <a href="/id/TPL-004/"><span class="nowrap">TPL-004</span> 会议纪要</a>，SOP-004</p>');
  const html = '<p>EV-2026-002 正文</p><table><tr><th>SOP-004</th><td><a href="/evidence/EV-2026-002/">EV-2026-002</a>、NC-2026-031</td><td>2026-03-01T09:30 起 CASE-2026-001</td></tr></table><p>2026-03-01</p>';
  expect(keepTogether(html)).toBe('<p>EV-2026-002 正文</p><table><tr><th><span class="nowrap">SOP-004</span></th><td><a href="/evidence/EV-2026-002/"><span class="nowrap">EV-2026-002</span></a>、<span class="nowrap">NC-2026-031</span></td><td><span class="nowrap">2026-03-01T09:30</span> 起 <span class="nowrap">CASE-2026-001</span></td></tr></table><p>2026-03-01</p>');
});

test('should leave attributes, scripts, styles, comments and words that only contain an id alone', () => {
  const html = '<td title="EV-2026-002"><script>var a = "<td>SOP-004</td>";</script><style>td::after{content:"SOP-004"}</style><!-- SOP-004 -->aSOP-004 SOP-004x EV-2026-0021-2</td>';
  expect(keepTogether(html)).toBe(html);
});

test('should leave an id inside a URL or path alone: the URL may still break', () => {
  const html = '<dd><a href="https://dms.example.com/records/EV-2025-001">https://dms.example.com/records/EV-2025-001</a></dd>';
  expect(keepTogether(html)).toBe(html);
});

test('should leave ids in <code> and dates in <time> as they are: they never break', () => {
  const html = '<td><code>NC-2026-001</code> <time datetime="2026-03-01">2026-03-01</time></td>';
  expect(keepTogether(html)).toBe(html);
});

test('should not let a stray closing tag turn wrapping on outside a cell', () => {
  expect(keepTogether('</td><p>SOP-004</p>')).toBe('</td><p>SOP-004</p>');
});
