// `npm run audit-pack` end to end: a fixture repository with three dated commits (an SOP approved, revised,
// retired), the manifest's verification, the real handbook's pack, and the profile promise on the PDF.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { materialiseFixture } from '../load-fixture.ts';
import { editFile, initRepo } from '../git-repo.ts';
import type { TestRepo } from '../git-repo.ts';
import { findCanaries, scanOutput } from '../leak-scan.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { validDocs } from '../../src/model/corpus.ts';
import { isInForce } from '../../src/model/states.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function pack(root: string, ...args: string[]): Promise<{ code: number; out: string; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-pack-out-'));
  dirs.push(dir);
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/audit-pack.ts', '--root', root, '--out', dir, ...args], { maxBuffer: 1 << 24 });
    return { code: 0, out: stdout + stderr, dir };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr, dir };
  }
}

const pdfText = async (dir: string) => (await run('pdftotext', ['-layout', path.join(dir, 'audit-pack.pdf'), '-'], { maxBuffer: 1 << 26 })).stdout;
const coverageOf = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'coverage.json'), 'utf8')) as {
  asOf: string; profile: string; clauses: { id: string; documents: { id: string; version: string; status: string; counts: boolean }[] }[];
};
const sop001 = async (dir: string) => (await coverageOf(dir)).clauses.find((c) => c.id === '8.5')!.documents.find((d) => d.id === 'SOP-001');

describe('a fixture repository with an SOP approved, revised and retired', () => {
  let repo: TestRepo;
  const SOP = 'content/sops/partner-selection.mdx';
  const edit = (from: string, to: string) => editFile(repo.dir, SOP, from, to);


  beforeAll(async () => {
    const dir = await materialiseFixture('valid');
    dirs.push(dir);
    repo = await initRepo(dir);
    await repo.commit('Approve the partner selection SOP', '2026-02-01T10:00:00+08:00');
    await edit('version: "1.0"', 'version: "1.1"');
    await edit('templates: [TPL-001]', 'templates: [TPL-001]\nchanges:\n  - { version: "1.1", date: 2026-03-15, summary: 评分改为两人复核。 }');
    await edit('1. 填写', '1. 两人分别填写');
    await repo.commit('Revise the partner selection SOP', '2026-03-15T10:00:00+08:00');
    await edit('status: approved', 'status: retired');
    await repo.commit('Retire the partner selection SOP', '2026-05-01T10:00:00+08:00');
  });

  test('should show version 1.0, approved, as of a date after the first commit', async () => {
    const { code, out, dir } = await pack(repo.dir, '--as-of', '2026-02-20');
    expect(code, out).toBe(0);
    expect(out).toMatch(/\[1\/5\] reading the history/);
    expect(out).toMatch(/\[3\/5\] printing the PDF with Chromium/);
    expect(await sop001(dir)).toMatchObject({ version: '1.0', status: 'approved', counts: true });
    expect((await coverageOf(dir)).asOf).toBe('2026-02-20');
    const text = await pdfText(dir);
    expect(text).toMatch(/截至\s+2026-02-20/);
    expect(text).toMatch(/SOP-001\s+合作伙伴筛选程序\s+1\.0\s+已批准/);
  });

  test('should show version 1.1 as of a date after the revision', async () => {
    const { code, out, dir } = await pack(repo.dir, '--as-of', '2026-04-01');
    expect(code, out).toBe(0);
    expect(await sop001(dir)).toMatchObject({ version: '1.1', status: 'approved', counts: true });
    expect(await pdfText(dir)).toMatch(/SOP-001\s+合作伙伴筛选程序\s+1\.1\s+已批准/);
  });

  test('should show it retired after the last commit, with the change log since the first date', async () => {
    const { code, out, dir } = await pack(repo.dir, '--as-of', '2026-05-10', '--since', '2026-02-20');
    expect(code, out).toBe(0);
    expect(out).toMatch(/\[6\/6\] done/);
    expect(await sop001(dir)).toMatchObject({ version: '1.1', status: 'retired', counts: false });
    const text = await pdfText(dir);
    expect(text).toMatch(/SOP-001\s+合作伙伴筛选程序\s+1\.1\s+已废止/);
    expect(text).toContain('变更记录');
    expect(text).toMatch(/SOP-001 合作伙伴筛选程序（版本 1\.0，已废止）/);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ asOf: '2026-05-10', profile: 'internal', tool: { name: 'clausebook' } });
    expect(manifest.commit).toMatch(/^[0-9a-f]{12}$/);
    expect(manifest.since).toMatch(/^[0-9a-f]{12}$/);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['audit-pack.pdf', 'coverage.csv', 'coverage.json', 'coverage.xlsx', 'soa.csv']);
  });

  test('should take a --since before the first commit as the beginning of the history, and say so', async () => {
    const { code, out, dir } = await pack(repo.dir, '--as-of', '2026-02-20', '--since', '2025-06-01');
    expect(code, out).toBe(0);
    expect(out).toContain('--since 2025-06-01 is before the first commit (2026-02-01): the change log starts at the beginning of the history');
    const text = await pdfText(dir);
    expect(text).toContain('历史起点（首次提交之前）');
    // Everything in the handbook at the as-of date is new since the beginning: SOP-001 among the added.
    expect(text).toMatch(/新增文件（[1-9]\d*）[\s\S]*SOP-001 合作伙伴筛选程序（已批准，版本 1\.0）/);
    expect(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')).since).toBe('beginning');
  });

  test('should verify an untouched pack, and catch one changed byte', async () => {
    const { dir } = await pack(repo.dir, '--ref', 'HEAD');
    const verify = (d: string) => run(process.execPath, ['scripts/audit-pack.ts', '--verify', d]).then((r) => ({ code: 0, out: r.stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }));
    const clean = await verify(dir);
    expect(clean).toEqual({ code: 0, out: 'verified: all 5 files match manifest.json\n' });
    const csv = path.join(dir, 'coverage.csv');
    const bytes = await readFile(csv);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 1, bytes.length - 3);
    await writeFile(csv, bytes);
    const tampered = await verify(dir);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/coverage\.csv: changed \(SHA-256 [0-9a-f]{12}…, manifest says [0-9a-f]{12}…\)/);
    expect(tampered.out).toContain('NOT VERIFIED: 1 problem(s)');
  });

  test('should refuse a date before the first commit, a shallow clone and a missing Chromium, saying how to fix each', async () => {
    const early = await pack(repo.dir, '--as-of', '2025-12-31');
    expect(early.code).toBe(1);
    expect(early.out).toContain('2025-12-31 is before the first commit of the handbook (2026-02-01)');
    const shallow = await mkdtemp(path.join(tmpdir(), 'clausebook-shallow-pack-'));
    dirs.push(shallow);
    await run('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const cut = await pack(shallow, '--as-of', '2026-04-01');
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('git fetch --unshallow');
    const { stdout, stderr } = await run(process.execPath, ['scripts/audit-pack.ts', '--root', repo.dir, '--out', shallow], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' } }).catch((e) => e);
    expect(stdout + stderr).toContain('Chromium is not at /nonexistent/chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.');
  });
});

describe('a findings register as of two dates', () => {
  let repo: TestRepo;
  /** The text of a pack section: from its heading (a line of its own, the last such: after the contents) to the next one's. */
  const section = (text: string, heading: string, next: string) => {
    const line = (h: string) => new RegExp(`^\\s*${h}\\s*$`, 'gm');
    const from = [...text.matchAll(line(heading))].at(-1)!.index;
    const to = [...text.matchAll(line(next))].find((m) => m.index > from)?.index;
    return text.slice(from, to);
  };

  // Two states: in March the register holds NC-2026-001 with its action open; in May the action is done,
  // the verification effective and NC-2026-002 raised.
  beforeAll(async () => {
    const dir = await materialiseFixture('findings-valid');
    dirs.push(dir);
    const file = path.join(dir, 'content/findings/register.yaml');
    const may = await readFile(file, 'utf8');
    const march = may.slice(0, may.indexOf('  - id: NC-2026-002')).replace(', done: 2026-03-18, record: EV-2026-002', '').replace(/\n    verification:.*\n    closed: .*\n/, '\n');
    expect(march).not.toMatch(/verification|closed|NC-2026-002/);
    await writeFile(file, march);
    repo = await initRepo(dir);
    await repo.commit('The partner policy and the findings register', '2026-03-05T10:00:00+08:00');
    await writeFile(file, may);
    await repo.commit('NC-2026-001 verified; NC-2026-002 raised', '2026-05-15T10:00:00+08:00');
  });

  test('should show the open findings and the duties due as of each date, and nothing raised after it', async () => {
    const march = await pack(repo.dir, '--as-of', '2026-03-10');
    const june = await pack(repo.dir, '--as-of', '2026-06-01');
    expect(march.code, march.out).toBe(0);
    expect(june.code, june.out).toBe(0);
    const [m, j] = [await pdfText(march.dir), await pdfText(june.dir)];
    // 10 March: NC-2026-001 is open, its action due on 20 March; NC-2026-002 is not raised yet.
    const mFindings = section(m, '不符合项登记', '到期事项');
    expect(mFindings).toMatch(/截至 2026-03-10，不符合项登记共 1 项，未关闭 1 项/);
    expect(mFindings).toContain('NC-2026-001');
    expect(m).not.toContain('NC-2026-002');
    const mDue = section(m, '到期事项', '未关闭事项');
    expect(mDue).toMatch(/2026-03-20\s+纠正措施\s+NC-2026-001/);
    // 1 June: NC-2026-001 was verified effective on 30 March and is closed; NC-2026-002 is open; its action is no longer due.
    const jFindings = section(j, '不符合项登记', '到期事项');
    expect(jFindings).toMatch(/截至 2026-06-01，不符合项登记共 2 项，未关闭 1 项/);
    expect(jFindings).toContain('NC-2026-002');
    expect(jFindings).not.toContain('NC-2026-001');
    expect(section(j, '到期事项', '未关闭事项')).not.toContain('NC-2026-001');
  });
});

test('should put every requirement clause and every in-force document of the real handbook in its restricted pack', async () => {
  const { code, out, dir } = await pack(path.resolve('.'), '--profile', 'restricted');
  expect(code, out).toBe(0);
  const text = await pdfText(dir);
  const corpus = await loadCorpus({ root: path.resolve('.') });
  const standard = [...corpus.standards.values()][0]!.data;
  for (const clause of standard.clauses.filter((c) => c.kind === 'requirement')) expect(text, clause.id).toContain(`${clause.id} ${clause.title_zh}`);
  const today = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')).asOf as string;
  const inForce = validDocs(corpus).filter((d) => isInForce(d, today));
  expect(inForce.length).toBeGreaterThan(40);
  for (const doc of inForce) expect(text, doc.id).toContain(doc.id);
  // The running header (the page's data-print-header, drawn in the margin) is on every printed page.
  const pages = text.split('\f').filter((page) => page.trim());
  expect(pages.length).toBeGreaterThan(10);
  for (const [i, page] of pages.entries()) expect(page.split('\n').find((line) => line.trim()), `page ${i + 1}`).toContain(`审核资料包 · 截至 ${today}`);
});

test('should keep a public pack free of everything above public, in the PDF text and every bundle file', async () => {
  const root = await materialiseFixture('profiles');
  dirs.push(root);
  const { code, out, dir } = await pack(root, '--profile', 'public');
  expect(code, out).toBe(0);
  const files = [...(await scanOutput(dir)), { name: 'audit-pack.pdf!pdftotext', text: await pdfText(dir) }];
  const canaries = [...new Set([...(await readFile(path.join('test/fixtures/profiles/content/sops/kxconfidentialfileq.mdx'), 'utf8')).matchAll(/kx(?:internal|confidential)[a-z]*?q/g)].map((m) => m[0]))];
  expect(canaries.length).toBeGreaterThan(5);
  expect(Object.fromEntries(findCanaries(files, [...canaries, 'kxinternaltitleq', 'kxconfidentialevidenceq', 'SOP-003']))).toEqual({});
  expect(findCanaries(files, ['kxpublictitleq']).get('kxpublictitleq')).toContain('audit-pack.pdf!pdftotext');
});
