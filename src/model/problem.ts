// The one shape every check reports, the catalogue of codes, and their printed forms.
import type { Profile } from './profile.ts';
import { BODY_HTML } from './content-policy.ts';

export type Severity = 'error' | 'warning';

/** Problem codes are permanent: never renumbered, never reused. */
export const PROBLEM_CODES = {
  CB100: { severity: 'error', title: 'YAML does not parse', fix: 'Fix the YAML syntax at the reported position (indentation, quotes, colons).' },
  CB101: { severity: 'error', title: 'Invalid field', fix: 'Give the field a value of the expected type; the hint quotes the field\'s description.' },
  CB102: { severity: 'error', title: 'Duplicate id', fix: 'Give the newer document or record the next free id; ids are never reused.' },
  CB103: { severity: 'error', title: 'Id does not match the document type', fix: 'Use the prefix of the folder\'s type (POL-, SOP-, TPL-, CASE-) or move the file.' },
  CB104: { severity: 'error', title: 'Unknown clause reference', fix: 'Use a clause id from content/standards/<key>.yaml, written `standard:clause`.' },
  CB105: { severity: 'error', title: 'Unknown department or role', fix: 'Use a department or role id listed in content/org.yaml, or add it there.' },
  CB106: { severity: 'error', title: 'Unknown document reference', fix: 'Reference an existing document id, or create the document first.' },
  CB107: { severity: 'error', title: 'Unknown evidence reference', fix: 'Reference an id from the evidence register (content/evidence/*.yaml).' },
  CB108: { severity: 'error', title: 'Reference to a document of the wrong type', fix: 'Point the field at a document of the type it expects.' },
  CB109: { severity: 'error', title: 'Invalid exclusion', fix: 'Exclude only requirement clauses, once each, in content/applicability.yaml.' },
  CB201: { severity: 'warning', title: 'Review overdue', fix: 'Review the document, then move `review_by` forward (and raise the version if it changed).' },
  CB202: { severity: 'error', title: 'Review date not after effective date', fix: 'Set `review_by` to a date after `effective`.' },
  CB203: { severity: 'error', title: 'Approved document without approval data', fix: 'An approved document needs `approvers` and an `effective` date.' },
  CB204: { severity: 'error', title: 'Superseded document not marked superseded', fix: 'Set `status: superseded` on the replaced document, or remove it from `supersedes`.' },
  CB205: { severity: 'error', title: 'Supersedes cycle', fix: 'A document cannot, directly or through others, supersede itself; break the chain.' },
  CB206: { severity: 'warning', title: 'Approved document relies on a withdrawn one', fix: 'Point the reference at the document that replaced it.' },
  CB207: { severity: 'warning', title: 'Evidence outside the freshness window', fix: 'Add a newer record for these clauses; stale evidence no longer proves them.' },
  CB208: { severity: 'warning', title: 'Evidence dated after the as-of date', fix: 'Check the date; records from the future do not count.' },
  CB301: { severity: 'error', title: 'MDX does not parse', fix: 'Fix the MDX at the reported position; write `<`, `{` as words or escape them (`\\<`, `\\{`).' },
  CB302: { severity: 'error', title: 'Broken internal link', fix: 'Link documents as `/id/<ID>/` and evidence as `/evidence/<ID>/`, with ids that exist.' },
  CB303: { severity: 'error', title: 'Broken heading anchor', fix: 'Use the anchor of an existing heading in the target document.' },
  CB304: { severity: 'warning', title: 'Link to a more restricted document', fix: 'Readers of the lower classification cannot open it; remove the link or reclassify one of the documents.' },
  CB305: { severity: 'error', title: 'Evidence less classified than what produced it', fix: 'Classify the record at least as high as the records of its template or SOP, or leave `classification` out to inherit it.' },
  CB306: { severity: 'warning', title: 'Title of a more restricted document in the text', fix: 'Refer to the more restricted document or record by id only, or align the classifications.', failsBuild: true },
  CB307: { severity: 'error', title: 'Code in a document', fix: 'Documents are Markdown: remove import, export, expressions in braces and components; escape `{` and `<` meant as text.' },
  CB308: { severity: 'warning', title: 'HTML the build removes', fix: `Write it in Markdown or use the allowed HTML elements (${Object.keys(BODY_HTML).join(', ')}).` },
  CB309: { severity: 'warning', title: 'Address the build removes', fix: 'Link to site pages, https: or mailto: addresses; load images from the site only.' },
  CB310: { severity: 'error', title: 'Lists or quotes nested too deeply', fix: 'Flatten the structure: headings, a table or fewer list levels.' },
  CB311: { severity: 'error', title: 'Content too large', fix: 'Shorten the field or split the body; the limits keep every build fast and every page readable.' },
  CB401: { severity: 'error', title: 'File not picked up by any collection', fix: 'Move or rename the file so a collection loads it, or remove it.' },
  CB402: { severity: 'error', title: 'Evidence attachment missing', fix: 'Add the file at `location`, or correct the path.' },
  CB403: { severity: 'error', title: 'Evidence location malformed', fix: 'Use a repository path under content/evidence/files/ or an absolute https:// URL.' },
  CB404: { severity: 'error', title: 'Required content file missing', fix: 'Create the file; the handbook cannot be built without it.' },
  CB405: { severity: 'error', title: 'CODEOWNERS out of date', fix: 'Run `npm run codeowners` and commit .github/CODEOWNERS.' },
  CB406: { severity: 'error', title: 'File names that differ only in letter case', fix: 'Rename or remove one of the files: the site and case-insensitive disks keep only one of them.' },
  CB407: { severity: 'error', title: 'Symbolic link or special file in content/', fix: 'Replace the link by the file it points to, or remove it; the build reads regular files only.' },
  CB408: { severity: 'error', title: 'File not saved as UTF-8', fix: 'Save the file as UTF-8; the message names the encoding it appears to use.' },
  CB501: { severity: 'error', title: 'Approved document changed without a new version', fix: 'Raise `version` and add a `changes` entry (version, date, summary) for the new version.' },
  CB502: { severity: 'error', title: 'Revision not recorded', fix: 'Versions only go up; each approved version has a `changes` entry, with `approvers` for a major version.' },
  CB503: { severity: 'error', title: 'Approved document deleted', fix: 'Keep the file: set `status: retired`, or supersede it by the document that replaces it.' },
  CB504: { severity: 'error', title: 'Document id changed', fix: 'Ids never change; restore the old id, and give a new document a new file and id.' },
  CB505: { severity: 'error', title: 'Status moved out of order', fix: 'Move along draft → in-review → approved → superseded/retired; reopening an approved document needs a new version.' },
} as const satisfies Record<string, { severity: Severity; title: string; fix: string; failsBuild?: true }>;
export type ProblemCode = keyof typeof PROBLEM_CODES;


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

/** Build a problem with the catalogue's severity for its code; `builds` limits which builds it concerns. */
export function problem(code: ProblemCode, place: Place, message: string, hint?: string, builds?: readonly Profile[]): Problem {
  return { code, severity: PROBLEM_CODES[code].severity, ...place, message, ...(hint ? { hint } : {}), ...(builds ? { builds } : {}) };
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
