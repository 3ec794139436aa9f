// Build tests: astro build over a fixture renders every document; a bad fixture fails with check's messages.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { docPath } from '../../src/model/routes.ts';
import { isVisible } from '../../src/model/profile.ts';
import { buildIsolated } from '../../scripts/lib/astro-build.ts';
import { sharedBuild } from '../site-builds.ts';
import { HANDBOOK_AS_OF } from '../e2e/handbook.ts';
import { pagePolicy } from '../../src/integrations/security-headers.ts';
import ExcelJS from 'exceljs';
import { readPage } from '../html.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function build(fixture: string) {
  const root = await materialiseFixture(fixture);
  dirs.push(root);
  const out = path.join(root, 'dist');
  // FORCE_COLOR as a CI runner may set it: the log's lines must read the same with colour codes on.
  return { ...(await buildIsolated(out, { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, FORCE_COLOR: '1' })), out };
}

describe('a valid fixture site', () => {
  let result: Awaited<ReturnType<typeof build>>;
  const page = (p: string) => readFile(path.join(result.out, p, 'index.html'), 'utf8');
  beforeAll(async () => {
    result = await build('valid');
  });

  test('should build', () => {
    expect(result.output).not.toMatch(/\[ERROR\]|error {2}CB\d{3}|Error:/);
    expect(result.ok).toBe(true);
  });

  test('should print a short log: the content counts, one page count, where the site is and how to view it', () => {
    expect(result.output).not.toMatch(/[├└]─/);
    expect(result.output).toMatch(/\[build\] \d+ page\(s\) built in/);
    expect(result.output).toMatch(/\[clausebook\] content: (no errors or warnings|0 errors, \d+ warnings?) for this internal build/);
    expect(result.output).toMatch(/\[clausebook\] the internal site is in dist\/ \(\d+ pages indexed for search\); view it: npm run preview\n/);
    expect(result.output).not.toContain('data store cleared');
    expect(result.output.split('\n').length).toBeLessThan(40);
  });

  test('should render a page for every document, in Chinese, with the control header', async () => {
    for (const p of ['policies/partner-policy', 'sops/partner-selection', 'templates/scoring-sheet', 'cases/selection-case']) {
      const html = await page(p);
      expect(html).toContain('<html lang="zh-CN"');
      expect(html).toContain('文件控制信息');
    }
    const sop = await page('sops/partner-selection');
    expect(sop).toContain('<code>SOP-001</code>');
    expect(sop).toContain('合作伙伴筛选程序');
    expect(sop).toMatch(/<td>供应链管理部<\/td><td>A\/R<\/td>/);
  });

  test('should give every id a stable address that points at its page', async () => {
    expect(await page('id/SOP-001')).toContain('url=/sops/partner-selection/');
    expect(await page('id/CASE-2026-001')).toContain('url=/cases/selection-case/');
  });

  test('should render heading anchors exactly as the link check computes them', async () => {
    expect(await page('sops/partner-selection')).toContain('id="程序步骤"');
    const hrefs = [...(await page('policies/partner-policy')).matchAll(/href="(\/id\/SOP-001\/[^"]*)"/g)].map((m) => decodeURI(m[1]!));
    expect(hrefs).toContain('/id/SOP-001/#程序步骤');
  });

  test('should let a reader walk from an SOP to its form, to a record, to the clause', async () => {
    expect(await page('sops/partner-selection')).toContain('href="/id/TPL-001/"');
    const form = await page('templates/scoring-sheet');
    expect(form).toMatch(/使用此表单的程序[\s\S]*href="\/id\/SOP-001\/"/);
    expect(form).toMatch(/登记的记录[\s\S]*href="\/evidence\/EV-2026-001\/"/);
    expect(await page('evidence/EV-2026-001')).toContain('href="/clauses/8.5/"');
  });

  test('should give every clause a page with its state and proof, linked from the documents', async () => {
    const clause = await page('clauses/8.5');
    expect(clause).toContain('已覆盖');
    expect(clause).toContain('href="/id/SOP-001/"');
    expect(clause).toContain('href="/evidence/EV-2026-001/"');
    expect(clause).toContain('href="/id/CASE-2026-001/"');
    expect(await page('clauses/8.6')).toContain('测试组织尚无联合运作的合作关系。');
    expect(await page('clauses')).toContain('href="/clauses/8.5/"');
  });

  test('should describe the fields in the editors\' guide in Chinese, with code spans as <code>', async () => {
    const guide = await page('guide');
    const fields = guide.slice(guide.indexOf('id="fields"'), guide.indexOf('id="codes"'));
    expect(fields).toContain('<td>文件编号，以类型前缀开头，例如 <code>SOP-004</code>。');
    expect(fields).toContain('<code>&quot;1.2&quot;</code>');
    expect(fields).not.toContain('`');
    expect(fields).not.toContain('lang="en"');
  });

  test('should render indexes, evidence, coverage and the search index', async () => {
    expect(await page('sops')).toContain('href="/id/SOP-001/"');
    expect(await page('evidence/EV-2026-001')).toContain('物流伙伴评分汇总');
    const coverage = await page('coverage');
    expect(coverage).toMatch(/id="gbt40144-8\.5"[\s\S]*?已覆盖/);
    expect(existsSync(path.join(result.out, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

test('an English interface should say so in <html lang>, keep the Chinese content marked Chinese, and index it as Chinese', async () => {
  const root = await materialiseFixture('valid');
  dirs.push(root);
  const result = await buildIsolated(path.join(root, 'dist'), { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_LOCALE: 'en', CLAUSEBOOK_HISTORY: 'off' });
  expect(result.ok, result.output).toBe(true);
  const sop = await readFile(path.join(root, 'dist/sops/partner-selection/index.html'), 'utf8');
  expect(sop).toContain('<html lang="en"');
  expect(sop).toMatch(/<main id="main" lang="zh-CN"/);
  // Punctuation between interface words and data follows the interface language too.
  expect(sop).toContain('<strong>Forms used: </strong>');
  expect(sop).not.toContain('Forms used：');
  // The editors' guide describes the fields in English, marked English inside the Chinese <main>.
  const guide = await readFile(path.join(root, 'dist/guide/index.html'), 'utf8');
  expect(guide).toContain('<td lang="en">Stable id with a type prefix, e.g. <code>SOP-004</code>. Never reuse or change one.</td>');
  const entry = JSON.parse(await readFile(path.join(root, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
});

test('a fixture with a bad clause should fail the build with the same message as check', async () => {
  const result = await build('CB104');
  expect(result.ok).toBe(false);
  expect(result.output).toContain('content/policies/typo-clause.mdx:12:25  error  CB104  unknown clause "gbt40144:8.55" in clauses[1]; did you mean "gbt40144:8.5"?');
  expect(result.output).not.toMatch(/:0:0/);
  expect(result.output).not.toMatch(/Stack trace|unhandled error|\n\s+at .+:\d+:\d+\)?\n/);
  // The fixture's other standing problems are warnings: the build names their count, not their text.
  expect(result.output).toMatch(/content has 1 error, \d+ warnings? for this internal build; fix the errors and build again/);
  expect(result.output).not.toContain('warning  CB');
});

test('a stale CODEOWNERS should fail the build as it fails check: one list of checks, the same line', async () => {
  const result = await build('CB405');
  expect(result.ok).toBe(false);
  expect(result.output).toContain('.github/CODEOWNERS:8:1  error  CB405  .github/CODEOWNERS is out of date');
});

describe('the real handbook site', () => {
  let out: string;
  let files: string[];
  const read = (file: string) => readPage(path.join(out, file));
  beforeAll(async () => {
    const built = await sharedBuild(path.resolve('.'), { CLAUSEBOOK_AS_OF: HANDBOOK_AS_OF });
    expect(built.ok, built.output).toBe(true);
    out = built.out;
    files = (await readdir(out, { recursive: true })).map(String).filter((f) => f.endsWith('.html'));
  });

  test('should give every document a page and an /id/ address that reaches it', async () => {
    const corpus = await loadCorpus({ root: path.resolve('.') });
    expect(corpus.documents.length).toBeGreaterThan(50);
    // The default profile is internal: a confidential document gets neither a page nor an /id/ address.
    const hidden = corpus.documents.filter((d) => !isVisible(d.data?.classification, 'internal'));
    expect(hidden.length).toBeGreaterThan(0);
    for (const doc of corpus.documents) {
      const page = `${docPath(doc.type, doc.file).slice(1)}index.html`;
      if (hidden.includes(doc)) {
        expect(files, doc.file).not.toContain(page);
        expect(files, doc.file).not.toContain(`id/${doc.id}/index.html`);
        continue;
      }
      expect(files, doc.file).toContain(page);
      expect(await read(`id/${doc.id}/index.html`)).toContain(`url=${docPath(doc.type, doc.file)}`);
    }
  });

  test('should put the site header and lang zh-CN on every page but the /id/ redirects', async () => {
    for (const file of files.filter((f) => !f.startsWith('id/'))) {
      const html = await read(file);
      expect(html, file).toContain('<html lang="zh-CN"');
      expect(html, file).toContain('<header class="site">');
    }
  });

  test('should link only to pages that exist', async () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const [, href] of (await read(file)).matchAll(/href="(\/[^"#?]*)/g)) {
        const target = decodeURI(href!);
        const candidates = [target, path.join(target, 'index.html')];
        if (!candidates.some((c) => existsSync(path.join(out, c)) && !c.endsWith('/'))) missing.push(`${file} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('should show each document\'s git history folded away as a technical record, after its own change record', async () => {
    const html = await read('sops/partner-selection/index.html');
    expect(html).toMatch(/<details class="tech-record no-print"><summary><h2 id="history">技术记录：版本库提交<\/h2><\/summary>/);
    expect(html.indexOf('id="changes"')).toBeLessThan(html.indexOf('id="history"'));
    expect(html.slice(html.indexOf('id="history"'))).toMatch(/<td><time datetime="\d{4}-\d{2}-\d{2}">/);
  });

  test('should give a document one related-documents section: its body\'s own, completed from related', async () => {
    const html = await read('sops/partner-selection/index.html');
    expect(html.match(/>相关文件<\/h2>/g)).toHaveLength(1);
    // SOP-004 lists SOP-014 as related but its body's section does not link it: the build adds it there.
    const section = html.slice(html.indexOf('>相关文件</h2>'), html.indexOf('id="changes"'));
    expect(section).toMatch(/另见：<a href="\/id\/SOP-014\/">SOP-014 [^<]+<\/a>/);
  });

  test('should show a record kept in the repository as Markdown on its evidence page, and say an external one leaves the site', async () => {
    const html = await read('evidence/EV-2026-036/index.html');
    expect(html).toContain('<a href="#record-file">见本页下方的记录内容</a>');
    expect(html).toMatch(/<h2 id="record-file">记录内容<\/h2>[\s\S]*<h3[^>]*>2026年上半年协作绩效监视与测量分析报告/);
    // One h1 on the page: the record's own headings sit under the page's.
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    const pages = await Promise.all((await readdir(path.join(out, 'evidence'))).filter((id) => /^EV-/.test(id)).map((id) => read(`evidence/${id}/index.html`)));
    expect(pages.some((p) => /<a href="https:[^"]+" rel="external noopener">[^<]+<\/a> <span class="muted">（外部系统，将离开本站）<\/span>/.test(p))).toBe(true);
  });

  test('should list the recent changes on the home page from the documents\' change records, not from git', async () => {
    const html = await read('index.html');
    const recent = html.slice(html.indexOf('最近修订的文件'), html.indexOf('</ul>', html.indexOf('最近修订的文件')));
    // Each line is a version and the summary its change record gives.
    expect(recent).toMatch(/<time datetime="2026-\d{2}-\d{2}">[^<]+<\/time> <a href="\/id\/[A-Z]+-[\w-]+\/">[^<]+<\/a> <span class="muted">V\d+\.\d+：[^<]+<\/span>/);
  });

  test('should mark evidence fresh, due soon or stale as of the build date', async () => {
    const register = await read('evidence/index.html');
    expect(register).toMatch(/有效 \d+/);
    expect(register).toMatch(/即将过期 [1-9]/);
    expect(register).toMatch(/已过期 [1-9]/);
    expect(await read('evidence/EV-2025-001/index.html')).toContain('已过期');
  });

  test('should publish exports that agree with the matrix page clause for clause', async () => {
    const json = JSON.parse(await read('coverage.json')) as { clauses: { ref: string; id: string; state?: string; withheld?: boolean; documents: { id: string; counts: boolean }[] }[] };
    const csv = parseCsv((await read('coverage.csv')).replace(/^\uFEFF/, ''));
    const matrix = await read('coverage/index.html');
    // The page shows the state as this edition sees it: a clause whose better state rests on withheld content says so.
    const label: Record<string, string> = { covered: '已覆盖', addressed: '已有文件、缺新鲜证据', gap: '缺口', excluded: '不适用', withheld: '证据未在此版本公开' };
    const withState = json.clauses.filter((c) => c.state);
    expect(withState.length).toBe(40); // 32 requirement clauses and 8 headings
    for (const clause of withState) {
      const row = new RegExp(`<tr id="${clause.ref.replace(':', '-').replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</tr>`).exec(matrix)?.[1];
      expect(row, clause.id).toBeDefined();
      expect(row, clause.id).toContain(label[clause.withheld ? 'withheld' : clause.state!]);
      for (const d of clause.documents.filter((x) => x.counts)) expect(row, `${clause.id} ${d.id}`).toContain(`>${d.id}</a>`);
      const csvRow = csv.find((r) => r[0] === clause.id);
      expect(csvRow?.[5], clause.id).toBe(clause.state);
    }
    expect(files).toContain('applicability/index.html');
  });

  test('should load nothing from another host on any page', async () => {
    // Anything a browser fetches by itself: scripts, stylesheets, images, frames, fonts, CSS url().
    const external = /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="(?:https?:)?\/\/|<link\b[^>]*\shref="(?:https?:)?\/\/|url\(\s*['"]?(?:https?:)?\/\/|@import\s+['"]?(?:https?:)?\/\//i;
    const offenders: string[] = [];
    const all = (await readdir(out, { recursive: true })).map(String).filter((f) => /\.(html|css|js)$/.test(f) && !f.startsWith('pagefind/'));
    for (const file of all) if (external.test(await read(file))) offenders.push(file);
    expect(offenders).toEqual([]);
    expect(external.test('<script src="https://cdn.example.com/x.js"></script>')).toBe(true);
    expect(external.test('<link rel="stylesheet" href="//fonts.example.com/a.css">')).toBe(true);
  });

  test('should keep document pages free of JavaScript and under 60 KB of HTML', async () => {
    const docPages = files.filter((f) => /^(policies|sops|templates|cases)\/[^/]+\/index\.html$/.test(f));
    expect(docPages.length).toBeGreaterThan(50);
    const sizes: number[] = [];
    for (const file of docPages) {
      const html = await read(file);
      expect(html, file).not.toMatch(/<script/i);
      sizes.push(Buffer.byteLength(html));
    }
    expect(Math.max(...sizes)).toBeLessThan(60 * 1024);
  });

  test('should give every page a Content-Security-Policy, and admit each page\'s sources in _headers', async () => {
    const header = /Content-Security-Policy: (.*)/.exec(await read('_headers'))![1]!;
    const sources = (policy: string) => policy.split(';').flatMap((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return values.map((v) => `${name} ${v}`);
    });
    const allowed = new Set(sources(header));
    const styles = new Set<string>();
    for (const file of files) {
      const policy = pagePolicy(await read(file));
      expect(policy, file).toBeDefined();
      expect(policy, file).toContain("default-src 'self'");
      expect(sources(policy!).filter((s) => !allowed.has(s)), file).toEqual([]);
      styles.add(sources(policy!).filter((s) => s.startsWith('style-src ')).join(' '));
    }
    // No page has a style of its own (the running header is an attribute): the header's policy does not
    // grow with the number of pages, which a host's header size limit would refuse.
    expect([...styles]).toHaveLength(1);
  });

  test('should print a body\'s straight quotes as Chinese quotation marks, opening and closing', async () => {
    const html = await read('cases/inspection-robot-development-launch/index.html');
    expect(html).toContain('年度战略中“巡检产品线升级”的重点任务');
    expect(html).not.toContain('”巡检产品线升级”');
  });

  test('should show one record\'s freshness and expiry the same on every surface (one computation)', async () => {
    // EV-2026-037 (2026-01-12, counts for 12 months) goes stale on 2027-01-12, within 60 days of the build date: due.
    const label = '即将过期';
    const until = '有效期至 2027-01-12';
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const row = (html: string) => text([...html.matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((tr) => tr.includes('EV-2026-037')) ?? '');
    expect(row(await read('clauses/9.2/index.html'))).toContain(`${label} ${until}`);
    expect(row(await read('evidence/index.html'))).toContain(label);
    expect(text(await read('evidence/EV-2026-037/index.html'))).toContain(`${label} ${until}`);
    // The audit page names it in the clause trace and in the evidence register, each row with the state.
    const auditRows = [...(await read('audit/index.html')).matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map((m) => text(m[0])).filter((r) => r.includes('2026年度内部审核方案'));
    expect(auditRows.length).toBeGreaterThanOrEqual(2);
    for (const r of auditRows) expect(r).toContain(label);
    const clause = (JSON.parse(await read('coverage.json')) as { clauses: { id: string; evidence: { id: string; freshness: string; freshUntil: string }[] }[] }).clauses.find((c) => c.id === '9.2')!;
    expect(clause.evidence.find((e) => e.id === 'EV-2026-037')).toMatchObject({ freshness: 'due', freshUntil: '2027-01-12' });
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(path.join(out, 'coverage.xlsx'));
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const evidenceRow = workbook.getWorksheet('evidence')!.getRows(2, 200)!.find((r) => r.getCell(1).value === 'EV-2026-037')!;
    expect(evidenceRow.getCell(5).value).toBe('due');
  });

  test('should ship under 30 KB of CSS for the site', async () => {
    const css = (await readdir(path.join(out, '_astro'))).filter((f) => f.endsWith('.css'));
    let total = 0;
    for (const f of css) total += (await stat(path.join(out, '_astro', f))).size;
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(30 * 1024);
  });
});

test('a build from a shallow clone should fail and say how to get the full history', async () => {
  const clone = await mkdtemp(path.join(tmpdir(), 'clausebook-shallow-'));
  dirs.push(clone);
  await run('git', ['clone', '-q', '--depth', '1', `file://${path.resolve('.')}`, clone]);
  // The clone's tsconfig extends Astro's, which Vite resolves from the clone's own node_modules.
  await symlink(path.resolve('node_modules'), path.join(clone, 'node_modules'));
  const failure = await buildIsolated(path.join(clone, 'dist'), { CLAUSEBOOK_ROOT: clone, CLAUSEBOOK_AS_OF: HANDBOOK_AS_OF });
  expect(failure.ok).toBe(false);
  expect(failure.output).toContain('git fetch --unshallow');
});

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
