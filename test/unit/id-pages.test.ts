// The /id/ pages the build writes: the document's address, its title escaped (content is untrusted), the
// site's policy readable back, the base path in front of the links.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { idPageHtml, writeIdPages } from '../../src/integrations/id-pages.ts';
import { pagePolicy } from '../../src/integrations/security-headers.ts';

const policy = "default-src 'self'; script-src 'self' 'sha256-x='";

test('a title cannot break out of the page, and the policy reads back as written', () => {
  const html = idPageHtml({ id: 'SOP-001', target: '/sops/x/', title: '程序</title><script>alert(1)</script>"' }, 'zh-CN', policy, '正在跳转到');
  expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
  expect(html).not.toContain('<script>');
  expect(html).toContain('<title>程序&lt;/title>&lt;script>alert(1)&lt;/script>"</title>');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/sops/x/">');
  expect(html).toContain('<p>正在跳转到 <a href="/sops/x/">');
  expect(pagePolicy(html)).toBe(policy);
});

test('pages are written under id/<ID>/ with the base path in their links', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-id-'));
  try {
    const written = await writeIdPages(dir, [{ id: 'SOP-001', target: '/sops/x/', title: '程序' }], { lang: 'zh-CN', policy, redirecting: '正在跳转到', base: '/handbook/' });
    expect(written).toBe(1);
    const html = await readFile(path.join(dir, 'id/SOP-001/index.html'), 'utf8');
    expect(html).toContain('url=/handbook/sops/x/');
    expect(html).toContain('href="/handbook/sops/x/"');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
