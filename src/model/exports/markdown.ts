// Markdown coverage summary for pull-request comments: totals, then the clauses that still need work.
import type { ClauseCoverage, CoverageReport, CoverageState } from '../coverage.ts';
import { COVERAGE_STATES } from '../coverage.ts';
import { coveredShare, profileLabel } from './rows.ts';

const SECTIONS = [
  ['gap', 'Gaps'],
  ['addressed', 'Addressed, awaiting fresh evidence'],
] as const satisfies readonly (readonly [CoverageState, string])[];

/** A short English summary of a report; covered and excluded clauses are counted but not listed. */
export function toCoverageMarkdown(report: CoverageReport): string {
  const t = report.totals;
  const lines = [
    `## Clause coverage of ${report.standard}`,
    '',
    `As of ${report.asOf}, ${profileLabel(report)} profile; evidence counts as fresh for ${report.freshnessMonths} months (since ${report.freshSince}).`,
    ...(t.withheld ? ['', `${t.withheld} clause(s) would score higher with content above this profile, which is neither shown nor counted.`] : []),
    '',
    '| State | Requirement clauses |',
    '| --- | ---: |',
    ...COVERAGE_STATES.map((s) => `| ${s} | ${t[s]} |`),
    `| **total** | **${t.requirements}** |`,
    '',
    `${t.covered} of ${t.requirements - t.excluded} applicable requirement clauses covered (${Math.round(coveredShare(report) * 100)}%).`,
  ];
  // Only requirement clauses: a heading's state is rolled up from them and would repeat them.
  const requirements = report.clauses.filter((c) => c.kind === 'requirement');
  for (const [state, heading] of SECTIONS) {
    const clauses = requirements.filter((c) => c.state === state);
    if (clauses.length === 0) continue;
    lines.push('', `### ${heading} (${clauses.length})`, '', ...clauses.map(item));
  }
  if (t.gap + t.addressed === 0) lines.push('', 'No gaps: every applicable requirement clause is covered.');
  return `${lines.join('\n')}\n`;
}

function item(c: ClauseCoverage): string {
  return `- **${c.id}** ${escape(c.titleEn)} (${escape(c.title)}): ${escape(c.reason)}`;
}

// Content text is shown literally, not as Markdown or HTML.
function escape(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
