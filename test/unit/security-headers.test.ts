// The _headers file: the pages' policies merged, plus what a <meta> cannot say.
import { expect, test } from 'vitest';
import { headersFile, mergePolicies, pagePolicy } from '../../src/integrations/security-headers.ts';

test('should read a page\'s policy from its meta tag, entities decoded', () => {
  expect(pagePolicy('<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"></head>')).toBe("default-src 'self'; script-src 'self'");
  expect(pagePolicy('<head></head>')).toBeUndefined();
});

test('should merge policies directive by directive, each source once', () => {
  const merged = mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self'"]);
  expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
});

test('should forbid framing and sniffing, which a meta policy cannot', () => {
  const file = headersFile("default-src 'self'");
  expect(file).toContain("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
  expect(file).toContain('X-Frame-Options: DENY');
  expect(file).toContain('X-Content-Type-Options: nosniff');
});

test('should serve evidence attachments as downloads in a sandbox, never as pages of the site', () => {
  const file = headersFile("default-src 'self'");
  expect(file).toContain("/evidence/files/*\n  Content-Disposition: attachment\n  Content-Security-Policy: sandbox; default-src 'none'\n");
});
