// coverage.json: the versioned machine form of a coverage report.
import type { CoverageReport } from './coverage.ts';
import type { Rule } from '../schema/index.ts';

export const COVERAGE_JSON_VERSION = 1;

/** Serialise a report (and the rules the handbook sets, with their values) as coverage.json text. */
export function toCoverageJson(report: CoverageReport, rules: readonly Rule[] = []): string {
  // Each clause's evidence carries its state; the by-id map is for the site's pages.
  const { evidenceStates: _byId, ...rest } = report;
  return `${JSON.stringify({ version: COVERAGE_JSON_VERSION, ...rest, rules }, null, 2)}\n`;
}
