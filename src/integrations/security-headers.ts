// The pages' Content-Security-Policy as HTTP headers, for hosts that read a `_headers` file (Netlify,
// Cloudflare Pages): a <meta> policy cannot forbid framing, and a header applies before the page is read.
// Pages differ only in the hashes of the scripts and styles they carry; the header admits their union.
import { ATTACHMENT_ROUTE } from '../model/attachments.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy a page's <meta> states, or undefined. */
export function pagePolicy(html: string): string | undefined {
  return META.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** One policy allowing, per directive, every source any of `policies` allows (in first-seen order). */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` file: the policy and the headers a <meta> cannot set, for every path. */
export function headersFile(policy: string): string {
  return [
    '# Written by the clausebook build: security headers for hosts that read _headers (see SECURITY.md).',
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: same-origin',
    '  X-Frame-Options: DENY',
    '',
    // Attachments open in their own program, never as a page of the site.
    `/${ATTACHMENT_ROUTE}/*`,
    '  Content-Disposition: attachment',
    "  Content-Security-Policy: sandbox; default-src 'none'",
    '',
  ].join('\n');
}
