// docs/checks.md: the catalogue of problem codes as Markdown, generated from PROBLEM_CODES.
import { PROBLEM_CODES } from '../model/problem.ts';

/** The Markdown page listing every code with its severity, title and fix. */
export function formatCodesMarkdown(): string {
  const rows = Object.entries(PROBLEM_CODES).map(([code, info]) => `| ${code} | ${info.severity} | ${info.title} | ${info.fix.replace(/\|/g, '\\|')} |`);
  return [
    '# Check codes',
    '',
    'Generated from `src/model/problem-codes.ts` by `npm run check -- --list-codes --format markdown > docs/checks.md`;',
    'a test fails when this file is out of date. Codes are permanent: never renumbered, never reused.',
    '',
    '| code | severity | what | how to fix |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
