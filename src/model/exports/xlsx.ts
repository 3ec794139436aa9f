// XLSX workbook of a coverage report: summary, clauses, evidence register, statement of applicability,
// rules, the relationship register and the findings register.
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { Exclusion, Rule } from '../../schema/index.ts';
import type { CoverageReport } from '../coverage.ts';
import { COVERAGE_STATES } from '../coverage.ts';
import type { EvidenceRecord } from '../corpus.ts';
import type { Cell } from './rows.ts';
import { COMPETENCE_COLUMNS } from './competence.ts';
import { OBJECTIVE_COLUMNS } from './objectives.ts';
import { RISK_COLUMNS } from './risks.ts';
import { COVERAGE_COLUMNS, FINDING_COLUMNS, RELATIONSHIP_COLUMNS, RULE_COLUMNS, SOA_COLUMNS, coverageRows, coveredShare, profileLabel, ruleRows, soaRows } from './rows.ts';

/** Columns of the evidence sheet, in order. */
export const EVIDENCE_COLUMNS = ['id', 'title', 'kind', 'date', 'freshness', 'clauses', 'produced_by', 'owner', 'classification', 'location'] as const;

type Rows = readonly (readonly Cell[])[];

/** The registers' sheets, each the rows its `…Rows()` function gives (an empty sheet when left out). */
export interface RegisterSheets {
  readonly relationships?: Rows;
  readonly findings?: Rows;
  readonly risks?: Rows;
  readonly objectives?: Rows;
  readonly competence?: Rows;
}

/** Build the workbook; `evidence` is the whole register, `exclusions` the applicability.yaml entries. */
export async function toCoverageXlsx(report: CoverageReport, evidence: readonly EvidenceRecord[], exclusions: readonly Exclusion[], rules: readonly Rule[] = [], registers: RegisterSheets = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata so the same report gives the same bytes.
  const asOf = new Date(`${report.asOf}T00:00:00Z`);
  workbook.creator = 'clausebook';
  workbook.lastModifiedBy = 'clausebook';
  workbook.created = asOf;
  workbook.modified = asOf;

  const summary = workbook.addWorksheet('summary');
  summary.columns = [{ width: 20 }, { width: 16 }];
  summary.addRows([
    ['standard', report.standard],
    ['profile', profileLabel(report)],
    ['as_of', report.asOf],
    ['freshness_months', report.freshnessMonths],
    ['fresh_since', report.freshSince],
    ...COVERAGE_STATES.map((s) => [s, report.totals[s]]),
    ['requirements', report.totals.requirements],
    ['withheld', report.totals.withheld ?? 0],
    ['covered_share', coveredShare(report)],
  ]);
  summary.getCell(`B${summary.rowCount}`).numFmt = '0%';
  summary.getColumn(1).font = { bold: true };

  addTable(workbook, 'clauses', COVERAGE_COLUMNS, coverageRows(report));
  addTable(workbook, 'evidence', EVIDENCE_COLUMNS, evidenceRows(report, evidence));
  addTable(workbook, 'applicability', SOA_COLUMNS, [...soaRows(report), ...strayExclusions(report, exclusions)]);
  addTable(workbook, 'rules', RULE_COLUMNS, ruleRows(rules));
  addTable(workbook, 'relationships', RELATIONSHIP_COLUMNS, registers.relationships ?? []);
  addTable(workbook, 'findings', FINDING_COLUMNS, registers.findings ?? []);
  addTable(workbook, 'risks', RISK_COLUMNS, registers.risks ?? []);
  addTable(workbook, 'objectives', OBJECTIVE_COLUMNS, registers.objectives ?? []);
  addTable(workbook, 'competence', COMPETENCE_COLUMNS, registers.competence ?? []);

  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  stampZipEntries(bytes, asOf);
  return bytes;
}

function addTable(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  // Empty strings become blank cells rather than empty text.
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  header.forEach((h, i) => {
    const widest = Math.max(displayWidth(h), ...rows.map((row) => displayWidth(String(row[i] ?? ''))));
    // At least 10: ExcelJS drops a width equal to its default (9) when it reads a workbook back.
    sheet.getColumn(i + 1).width = Math.min(Math.max(widest + 2, 10), 60);
  });
  return sheet;
}

// The state every surface shows (fresh, due, stale; future for a record dated after the as-of date).
function evidenceRows(report: CoverageReport, evidence: readonly EvidenceRecord[]): Cell[][] {
  return evidence.flatMap(({ data: e }) => {
    if (!e) return [];
    const freshness = report.evidenceStates.get(e.id)?.freshness ?? 'future';
    return [[e.id, e.title, e.kind, e.date, freshness, e.clauses.join(' '), e.produced_by, e.owner, e.classification, e.location]];
  });
}

// Exclusions that name no requirement clause of this standard (CB104/CB109 problems) would otherwise
// vanish from the statement of applicability; list them so an auditor still sees them.
function strayExclusions(report: CoverageReport, exclusions: readonly Exclusion[]): Cell[][] {
  const known = new Set(report.clauses.filter((c) => c.kind === 'requirement').map((c) => c.ref));
  return exclusions.filter((e) => !known.has(e.clause)).map((e) => [e.clause, '', '否', e.justification, e.approved_by, e.date, profileLabel(report)]);
}

// Han and full-width characters take about two character widths in a spreadsheet column.
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

// exceljs's zip writer stamps every entry with the current time; overwrite the DOS date and time in
// each central directory entry and its local header so the bytes depend only on the report.
function stampZipEntries(zip: Uint8Array, date: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('exceljs wrote no zip end-of-central-directory record');
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('exceljs wrote a malformed zip central directory');
    view.setUint32(at + 12, dosDate << 16, true);
    view.setUint32(view.getUint32(at + 42, true) + 10, dosDate << 16, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
