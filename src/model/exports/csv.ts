// CSV exports of coverage and applicability: RFC 4180 with CRLF, and a BOM so Excel reads the Chinese as UTF-8.
import type { CoverageReport } from '../coverage.ts';
import type { Cell } from './rows.ts';
import { RISK_COLUMNS } from './risks.ts'; // risk register
import { COVERAGE_COLUMNS, FINDING_COLUMNS, RELATIONSHIP_COLUMNS, SOA_COLUMNS, coverageRows, soaRows } from './rows.ts';

import { OBJECTIVE_COLUMNS } from './objectives.ts';
// Competence register
import { COMPETENCE_COLUMNS } from './competence.ts';

const BOM = '\uFEFF';

/** Coverage of every clause with a state as CSV text. */
export function toCoverageCsv(report: CoverageReport): string {
  return toCsv(COVERAGE_COLUMNS, coverageRows(report));
}

/** The statement of applicability as CSV text. */
export function toSoaCsv(report: CoverageReport): string {
  return toCsv(SOA_COLUMNS, soaRows(report));
}

/** The relationship register as CSV text (rows from `relationshipRows`). */
export function toRelationshipsCsv(rows: readonly (readonly Cell[])[]): string {
  return toCsv(RELATIONSHIP_COLUMNS, rows);
}

/** The findings register as CSV text (rows from `findingRows`). */
export function toFindingsCsv(rows: readonly (readonly Cell[])[]): string {
  return toCsv(FINDING_COLUMNS, rows);
}

/** The risk register as CSV text (rows from `riskRows`). */
export function toRisksCsv(rows: readonly (readonly Cell[])[]): string {
  return toCsv(RISK_COLUMNS, rows);
}

/** The objectives register (objectives.csv), rows from objectiveRows(). */
export function toObjectivesCsv(rows: readonly (readonly Cell[])[]): string {
  return toCsv(OBJECTIVE_COLUMNS, rows);
}

// Competence register
/** The competence matrix as CSV text (rows from `competenceRows`). */
export function toCompetenceCsv(rows: readonly (readonly Cell[])[]): string {
  return toCsv(COMPETENCE_COLUMNS, rows);
}

function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(quote).join(',')}\r\n`).join('');
}

// RFC 4180 §2.6–2.7: quote a field holding a comma, quote or line break, and double its quotes.
function quote(cell: Cell): string {
  const s = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Text a spreadsheet would run as a formula (OWASP, CSV injection: a cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading `'`, so it opens as the text it is. Content is
 * written by many hands and these files go to auditors.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
