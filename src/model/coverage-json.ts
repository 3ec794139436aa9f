// coverage.json: the versioned machine form of a coverage report.
import type { CoverageReport } from './coverage.ts';

export const COVERAGE_JSON_VERSION = 1;

/** Serialise a report as coverage.json text. */
export function toCoverageJson(report: CoverageReport): string {
  return `${JSON.stringify({ version: COVERAGE_JSON_VERSION, ...report }, null, 2)}\n`;
}
