// `npm run new`: the scaffold's pure parts (next id, slug, described fields) and the command run on fixture
// copies, each result loaded and checked like `npm run check` does.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { DOC_TYPES, EvidenceSchema, FormFieldSchema, MetricSchema, SopRoleSchema } from '../../src/schema/index.ts';
import type { DocType } from '../../src/schema/index.ts';
import { describeFields } from '../../src/schema/introspect.ts';
import { CODEOWNERS_FILE, formatCodeowners } from '../../src/model/codeowners.ts';
import { runChecks } from '../../src/model/checks/index.ts';
import { isoToday } from '../../src/model/dates.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import { fileSlug, idPrefix, isValidSlug, nextId, renderDocument, renderEvidenceFile, slugFromTitle } from '../../src/tooling/scaffold.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function fixture(): Promise<string> {
  const dir = await materialiseFixture('valid');
  dirs.push(dir);
  return dir;
}

/** Run the real command with stdin not a terminal (execFile pipes it). */
async function newItem(dir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/new.ts', ...args, '--root', dir]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Load and check a content tree as `npm run check` does. */
async function check(dir: string, asOf = FIXTURE_AS_OF) {
  const corpus = await loadCorpus({ root: dir });
  const problems = runChecks(corpus, { asOf });
  return { corpus, problems, errors: problems.filter((p) => p.severity === 'error') };
}

/** Every file under content/, to show that a refusal wrote nothing. */
async function listing(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'content'), { recursive: true })).map(String).sort();
}

const EVIDENCE_FLAGS = ['--kind', 'minutes', '--clause', 'gbt40144:8.5', '--produced-by', 'SOP-001', '--owner', 'scm', '--location', 'https://dms.example.com/records/9'];

describe('next free id', () => {
  test('should take the highest number plus one, skipping gaps and never reusing', () => {
    expect(nextId(['SOP-001', 'SOP-005', 'SOP-003'], 'SOP-')).toBe('SOP-006');
    expect(nextId(['SOP-001', 'POL-009', 'SOP-01x', 'SOPX-050'], 'SOP-')).toBe('SOP-002');
    expect(nextId([], 'TPL-')).toBe('TPL-001');
    expect(nextId(['POL-0099'], 'POL-')).toBe('POL-0100');
  });

  test('should number cases and evidence within the year of the date', () => {
    expect(idPrefix('case', '2027-01-02')).toBe('CASE-2027-');
    expect(nextId(['CASE-2026-004', 'CASE-2027-002'], idPrefix('case', '2027-01-02'))).toBe('CASE-2027-003');
    expect(nextId(['CASE-2026-004'], idPrefix('case', '2027-01-02'))).toBe('CASE-2027-001');
    expect(idPrefix('sop', '2027-01-02')).toBe('SOP-');
  });

  test('should give the next id after a gap through the command', async () => {
    const dir = await fixture();
    const sop = await readFile(path.join(dir, 'content/sops/partner-selection.mdx'), 'utf8');
    await writeFile(path.join(dir, 'content/sops/later.mdx'), sop.replace('SOP-001', 'SOP-009').replace('合作伙伴筛选程序', '后来的程序'));
    const made = await newItem(dir, 'sop', '供应商退出评审', '--owner', 'scm', '--date', FIXTURE_AS_OF);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('SOP-010');
    expect(await readFile(path.join(dir, 'content/sops/gong-ying-shang-tui-chu-ping-shen.mdx'), 'utf8')).toContain('\nid: SOP-010\n');
  });
});

describe('file name', () => {
  test('should spell the title in toneless pinyin joined by hyphens', () => {
    expect(slugFromTitle('供应商退出评审')).toBe('gong-ying-shang-tui-chu-ping-shen');
    expect(slugFromTitle('ISO 44001 内审（2026版）')).toBe('iso-44001-nei-shen-2026-ban');
    expect(slugFromTitle('绿色供应链')).toBe('lv-se-gong-ying-lian');
    expect(slugFromTitle('GB/T 40144 协作')).toBe('gb-t-40144-xie-zuo');
  });

  test('should never be a bare number or empty', () => {
    expect(fileSlug('2026', 'sop')).toBe('sop-2026');
    expect(fileSlug('——', 'sop')).toBeUndefined();
    expect(isValidSlug('supplier-exit-review')).toBe(true);
    for (const bad of ['123', 'Supplier', 'a--b', '-a', 'a_b', '']) expect(isValidSlug(bad), bad).toBe(false);
  });

  test('should take --slug instead of the pinyin, and refuse a bad one', async () => {
    const dir = await fixture();
    const made = await newItem(dir, 'policy', '供应商退出制度', '--owner', 'cmo', '--slug', 'supplier-exit', '--date', FIXTURE_AS_OF);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('content/policies/supplier-exit.mdx');
    expect((await check(dir)).corpus.documents.find((d) => d.file === 'content/policies/supplier-exit.mdx')?.id).toBe('POL-002');
    const before = await listing(dir);
    const bad = await newItem(dir, 'policy', '另一个制度', '--owner', 'cmo', '--slug', '42');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--slug "42"');
    expect(await listing(dir)).toEqual(before);
  });
});

describe('rendered text', () => {
  const input = { id: 'X', title: '供应商退出评审', owner: 'scm', classification: 'internal', clauses: [], date: FIXTURE_AS_OF } as const;

  test.each(Object.keys(DOC_TYPES) as DocType[])('should describe every field of the %s schema in a comment before it', (type) => {
    const text = renderDocument({ ...input, type });
    for (const field of describeFields(DOC_TYPES[type].schema)) {
      expect(field.description, field.name).not.toBe('');
      // The description comes first; a list of objects then says what its entries hold.
      expect(text, field.name).toMatch(new RegExp(`^# ${escape(field.description)}\\n(?:# Each entry:\\n(?:#   .+\\n)+)?#? ?${field.name}:`, 'm'));
    }
    expect(text).toContain('\n# review_by: YYYY-MM-DD\n');
    expect(text).toContain('\nstatus: draft\n');
    expect(text).toContain('\nversion: "0.1"\n');
  });

  test('should describe the fields of list entries and objects too', () => {
    const sop = renderDocument({ ...input, type: 'sop' });
    for (const field of describeFields(SopRoleSchema)) expect(sop).toContain(`# ${field.description}\n    ${field.name}:`);
    const template = renderDocument({ ...input, type: 'template' });
    for (const field of describeFields(FormFieldSchema)) expect(template).toMatch(new RegExp(`# ${escape(field.description)}\\n {4}#? ?${field.name}:`));
    const caseText = renderDocument({ ...input, type: 'case' });
    for (const field of describeFields(MetricSchema)) expect(caseText).toContain(`#   ${field.name}${field.required ? '' : ' (optional)'}: ${field.description}`);
    expect(caseText).toMatch(/\nperiod:\n {2}# .+\n {2}start: 2026-06-01 # TODO/);
    expect(caseText).toContain('\n  # end: YYYY-MM-DD\n');
  });

  test('should mark the placeholder entries and values with TODO', () => {
    expect(renderDocument({ ...input, type: 'sop' })).toMatch(/\nroles:\n {2}# TODO: .+\n {2}- # .+\n {4}role: scm\n/);
    expect(renderDocument({ ...input, type: 'template' })).toMatch(/\nfields:\n {2}# TODO: /);
    expect(renderDocument({ ...input, type: 'case' })).toMatch(/\nscenario: project # TODO/);
    expect(renderDocument({ ...input, type: 'policy' })).toMatch(/\nsummary: .+ # TODO/);
  });

  test('should give each type its sections with a TODO line under each', () => {
    const sop = renderDocument({ ...input, type: 'sop' }).split('\n---\n')[1]!;
    for (const heading of ['目的', '适用范围', '职责', '程序步骤', '产生的记录']) expect(sop).toMatch(new RegExp(`## ${heading}\\n\\nTODO：.+`));
    expect(renderDocument({ ...input, type: 'case' })).toContain('## 经验与教训\n\nTODO：');
  });

  test('should describe every evidence field and comment out the optional ones', () => {
    const file = 'content/evidence/x.yaml';
    const text = renderEvidenceFile(
      { id: 'EV-2026-003', title: '纪要', kind: 'minutes', date: FIXTURE_AS_OF, clauses: ['gbt40144:8.5'], producedBy: 'SOP-001', owner: 'scm', location: 'https://dms.example.com/r' },
      file,
    );
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/evidence.schema.json');
    for (const field of describeFields(EvidenceSchema)) expect(text, field.name).toMatch(new RegExp(`# ${escape(field.description)}\\n {4}#? ?${field.name}:`));
    expect(text).toContain('\n    # classification: public | internal | confidential\n');
    expect(text).toContain('\n    # summary: …\n');
  });
});

describe('npm run new on the fixture', () => {
  const cases: [type: string, args: string[], file: string, id: string][] = [
    ['policy', ['供应商退出制度', '--owner', 'cmo'], 'content/policies/gong-ying-shang-tui-chu-zhi-du.mdx', 'POL-002'],
    ['sop', ['供应商退出评审', '--owner', 'scm', '--clause', 'gbt40144:8.5,gbt40144:4.1'], 'content/sops/gong-ying-shang-tui-chu-ping-shen.mdx', 'SOP-002'],
    ['template', ['供应商退出评审表', '--owner', 'scm', '--classification', 'public'], 'content/templates/gong-ying-shang-tui-chu-ping-shen-biao.mdx', 'TPL-002'],
    ['case', ['仓储伙伴退出', '--owner', 'scm', '--clause', 'gbt40144:8.5', '--clause', 'gbt40144:4.1'], 'content/cases/cang-chu-huo-ban-tui-chu.mdx', 'CASE-2026-002'],
    ['evidence', ['供应商退出评审会议纪要', ...EVIDENCE_FLAGS], 'content/evidence/gong-ying-shang-tui-chu-ping-shen-hui-yi-ji-yao.yaml', 'EV-2026-003'],
  ];

  test.each(cases)('should scaffold a %s that passes the checks', async (type, args, file, id) => {
    const dir = await fixture();
    const made = await newItem(dir, type, ...args, '--date', FIXTURE_AS_OF);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Wrote ${file} (${id}`);
    expect(made.stdout).toContain('npm run check');
    const { corpus, errors, problems } = await check(dir);
    expect(errors).toEqual([]);
    expect(problems.filter((p) => p.file === file)).toEqual([]);
    if (type === 'evidence') {
      const record = corpus.evidence.find((e) => e.id === id);
      expect(record?.file).toBe(file);
      expect(record?.data).toMatchObject({ date: FIXTURE_AS_OF, clauses: ['gbt40144:8.5'], produced_by: 'SOP-001', owner: 'scm', classificationStated: false });
      expect(await readFile(path.join(dir, 'content/evidence/register.yaml'), 'utf8')).not.toContain(id);
    } else {
      const doc = corpus.documents.find((d) => d.id === id);
      expect(doc?.file).toBe(file);
      expect(doc?.data).toMatchObject({ status: 'draft', version: '0.1', owner: args[2] });
      if (type === 'sop') expect(doc?.data?.clauses).toEqual(['gbt40144:8.5', 'gbt40144:4.1']);
      if (type === 'case') expect(doc?.data).toMatchObject({ clauses: ['gbt40144:8.5', 'gbt40144:4.1'], period: { start: FIXTURE_AS_OF } });
      if (type === 'template') expect(doc?.data?.classification).toBe('public');
      if (type === 'policy') expect(doc?.data).toMatchObject({ classification: 'internal', clauses: [] });
    }
  });

  test('should scaffold all five types into one tree that still passes', async () => {
    const dir = await fixture();
    for (const [type, args] of cases) expect((await newItem(dir, type, ...args, '--date', FIXTURE_AS_OF)).code).toBe(0);
    const { corpus, errors } = await check(dir);
    expect(errors).toEqual([]);
    expect(corpus.documents).toHaveLength(8);
    expect(corpus.evidence).toHaveLength(3);
  });

  test('should keep .github/CODEOWNERS current when it was', async () => {
    const dir = await fixture();
    await mkdir(path.join(dir, '.github'));
    await writeFile(path.join(dir, CODEOWNERS_FILE), formatCodeowners(await loadCorpus({ root: dir })));
    const made = await newItem(dir, 'sop', '供应商退出评审', '--owner', 'scm', '--date', FIXTURE_AS_OF);
    expect(made.stdout).toContain(`Updated ${CODEOWNERS_FILE}`);
    const after = await readFile(path.join(dir, CODEOWNERS_FILE), 'utf8');
    expect(after).toBe(formatCodeowners(await loadCorpus({ root: dir })));
    expect(after).toContain('/content/sops/gong-ying-shang-tui-chu-ping-shen.mdx');
  });
});

describe('refusals', () => {
  async function refused(args: string[], message: string | RegExp, prepare?: (dir: string) => Promise<void>) {
    const dir = await fixture();
    await prepare?.(dir);
    const before = await listing(dir);
    const result = await newItem(dir, ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(await listing(dir)).toEqual(before);
  }

  test('should refuse an unknown type, listing the valid ones', () =>
    refused(['procedure', '供应商退出评审', '--owner', 'scm'], 'unknown type "procedure"; valid types: policy, sop, template, case, relationship, evidence.'));

  test('should refuse a title an existing document has, naming its id and file', () =>
    refused(['policy', '合作伙伴筛选程序', '--owner', 'scm'], '"合作伙伴筛选程序" is already the title of SOP-001 in content/sops/partner-selection.mdx'));

  test('should refuse a file name that is taken', () =>
    refused(['sop', '另一个程序', '--owner', 'scm', '--slug', 'partner-selection'], 'content/sops/partner-selection.mdx already exists; choose another file name with --slug'));

  test('should refuse a pinyin file name that is taken', () =>
    refused(['sop', '供应商退出', '--owner', 'scm'], 'content/sops/gong-ying-shang-tui-chu.mdx already exists', async (dir) => {
      await writeFile(path.join(dir, 'content/sops/gong-ying-shang-tui-chu.mdx'), 'placeholder');
    }));

  test('should ask for --owner without a terminal, listing the departments', () =>
    refused(['sop', '供应商退出评审'], 'say which department owns it with --owner <id>; departments in content/org.yaml: cmo, scm.'));

  test('should refuse an owner that is no department', () => refused(['sop', '供应商退出评审', '--owner', 'purchasing'], '--owner "purchasing" is no department of content/org.yaml; departments: cmo, scm.'));

  test('should name the flags an evidence record is missing without a terminal', () =>
    refused(['evidence', '供应商退出评审会议纪要', '--kind', 'minutes'], 'an evidence record needs --clause, --produced-by, --owner, --location'));

  test('should refuse what would fail the checks, with the problem', () =>
    refused(['sop', '供应商退出评审', '--owner', 'scm', '--clause', 'gbt40144:8.55'], /nothing written:\n.+CB104 {2}unknown clause "gbt40144:8\.55"/));

  test('should refuse a title equal to an evidence record of the register', () =>
    refused(['evidence', '物流伙伴评分汇总', ...EVIDENCE_FLAGS], '"物流伙伴评分汇总" is already the title of EV-2026-001 in content/evidence/register.yaml'));
});

describe('the acceptance example on the real content', () => {
  test('npm run new -- sop "供应商退出评审" --owner scm gives a draft that passes check', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-new-real-'));
    dirs.push(dir);
    await cp(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
    const before = await loadCorpus({ root: dir });
    const expected = nextId(before.documents.flatMap((d) => (d.id ? [d.id] : [])), 'SOP-');
    const made = await newItem(dir, 'sop', '供应商退出评审', '--owner', 'scm');
    expect(made.code).toBe(0);
    const file = 'content/sops/gong-ying-shang-tui-chu-ping-shen.mdx';
    expect(made.stdout).toContain(`Wrote ${file} (${expected}, draft)`);
    const { corpus, errors, problems } = await check(dir, isoToday());
    expect(errors).toEqual([]);
    expect(problems.filter((p) => p.file === file)).toEqual([]);
    expect(corpus.documents.find((d) => d.file === file)?.data).toMatchObject({ id: expected, status: 'draft', owner: 'scm', title: '供应商退出评审' });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
