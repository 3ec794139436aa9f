// coverage.json: the versioned machine form of a coverage report.
import type { CoverageReport } from './coverage.ts';

export const COVERAGE_JSON_VERSION = 1;

/** Serialise a report as coverage.json text. */
export function toCoverageJson(report: CoverageReport): string {
  // Each clause's evidence carries its state; the by-id map is for the site's pages.
  const { evidenceStates: _byId, ...rest } = report;
  return `${JSON.stringify({ version: COVERAGE_JSON_VERSION, ...rest }, null, 2)}\n`;
}
