// The one shape every check reports, how a problem is built from the catalogue (problem-codes.ts), which
// builds it concerns, and its printed forms.
import type { Profile } from './profile.ts';
import { PROBLEM_CODES } from './problem-codes.ts';
import type { CatalogueEntry, ProblemArgs, ProblemCode, Severity } from './problem-codes.ts';

export * from './problem-codes.ts';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly file: string; // repository-relative, forward slashes
  readonly line: number; // 1-based
  readonly column: number; // 1-based
  readonly message: string;
  readonly hint?: string;
  /**
   * The builds a warning concerns, when not every build: a stale record matters only where it is
   * published; a link to a withheld document only where the link is published and its target is not.
   */
  readonly builds?: readonly Profile[];
  /** The file whose own error causes this one (a reference to a document that does not parse). */
  readonly followsFrom?: string;
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

/**
 * Build a problem of `code`, worded by the catalogue from `args` (the shape that code takes), with the
 * catalogue's severity; `builds` limits which builds it concerns.
 */
export function problem<C extends ProblemCode>(code: C, place: Place, args: ProblemArgs<C>, builds?: readonly Profile[]): Problem {
  const { severity, message, hint } = PROBLEM_CODES[code] as CatalogueEntry<ProblemArgs<C>>;
  const hinted = typeof hint === 'function' ? hint(args) : hint;
  return { code, severity, ...place, message: message(args), ...(hinted ? { hint: hinted } : {}), ...(builds ? { builds } : {}) };
}

/**
 * A list for a message, at most `max` items and how many more: a hint that named every one of 3,000
 * procedures would tell an editor nothing and weigh megabytes in the check's output.
 */
export function someOf(items: readonly string[], max = 5): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** Whether a problem concerns a build of `profile`: every error does (content must be valid whatever is published). */
export function concernsBuild(p: Problem, profile: Profile): boolean {
  return p.severity === 'error' || p.builds === undefined || p.builds.includes(profile);
}

/**
 * The problems as a build of `profile` reports them: those that concern it, and a warning the build
 * cannot repair (`failsBuild`: a withheld title in plain text would be published) as an error.
 */
export function problemsForBuild(problems: readonly Problem[], profile: Profile): Problem[] {
  return problems
    .filter((p) => concernsBuild(p, profile))
    .map((p) => (p.severity === 'warning' && 'failsBuild' in PROBLEM_CODES[p.code] ? { ...p, severity: 'error' as const } : p));
}

/** Errors first, then warnings, each in file, line, column, code order: the order `check` prints. */
export function errorsFirst(problems: readonly Problem[]): Problem[] {
  const sorted = sortProblems(problems);
  return [...sorted.filter((p) => p.severity === 'error'), ...sorted.filter((p) => p.severity !== 'error')];
}

/** `2 errors, 1 warning`: a count by severity. */
export function formatCounts({ errors, warnings }: { errors: number; warnings: number }): string {
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** Sort by file, line, column, then code: the order every output uses. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** The human form: `file:line:col  severity  CODE  message`, hint on the next line. */
export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.code}  ${p.message}`;
  return p.hint ? `${head}\n    ${p.hint}` : head;
}

/** GitHub Actions workflow command, so a pull request shows the problem on the diff. */
export function formatGithub(p: Problem): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level = p.severity === 'error' ? 'error' : 'warning';
  const body = p.hint ? `${p.message}\n${p.hint}` : p.message;
  return `::${level} file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop(`${p.code} ${PROBLEM_CODES[p.code].title}`)}::${escape(body)}`;
}

/** Count errors and warnings. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
