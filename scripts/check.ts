// `npm run check`: validate the content tree and print every problem; exit 1 on any error.
import { PROBLEM_CODES, countProblems, problemsForBuild, errorsFirst, formatCounts, formatGithub, formatProblem, sortProblems } from '../src/model/problem.ts';
import { BaseRefError } from '../src/model/load/errors.ts';
import { checkContentCached } from '../src/model/load/cached-check.ts';
import type { ProblemCode } from '../src/model/problem.ts';
import { cacheDir, exitAfterOutput, fail, parseCli } from './cli.ts';

const USAGE = `Usage: npm run check -- [--format text|json|github] [--quiet] [--as-of YYYY-MM-DD] [--profile public|internal|restricted] [--root DIR] [--content DIR]
       --quiet      errors only (the count line still says how many warnings there are)
       --no-cache   read and check every file (default: reuse what the last run made of unchanged files)
       --profile P  only the warnings that concern a build of P (errors always; without it: every build's)
       npm run check -- --base <git-ref>   also apply document control (CB501-CB505) to the changes since that commit
                                           (CLAUSEBOOK_CONTROL_BASE does the same, for check and build)
       npm run check -- --explain CODE | --list-codes`;

const { values, asOf, profile, profileChosen, settings } = parseCli(
  { format: { type: 'string', default: 'text' }, quiet: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false }, explain: { type: 'string' }, 'list-codes': { type: 'boolean', default: false }, base: { type: 'string' } },
  USAGE,
);

if (values['list-codes'] && values.format === 'markdown') {
  const { formatCodesMarkdown } = await import('../src/tooling/codes-doc.ts');
  process.stdout.write(formatCodesMarkdown());
  await exitAfterOutput(0);
}
if (values['list-codes'] || values.explain) {
  const codes = Object.entries(PROBLEM_CODES).filter(([code]) => !values.explain || code === values.explain.toUpperCase());
  if (codes.length === 0) fail(`unknown code "${values.explain}"; run --list-codes to see them all`);
  for (const [code, info] of codes) console.log(`${code}  ${info.severity.padEnd(7)}  ${info.title}\n    ${info.fix}`);
  await exitAfterOutput(0);
}
const format = String(values.format);
if (!['text', 'json', 'github'].includes(format)) fail(`--format "${format}" is not one of text, json, github`);

const started = performance.now();
// The same list of checks the build runs (src/model/load/check-content.ts); --base (or
// CLAUSEBOOK_CONTROL_BASE, as the build reads it) adds document control.
const base = values.base === undefined ? settings.controlBase : String(values.base);
// The content cache (node_modules/.cache/clausebook/, CLAUSEBOOK_CACHE) answers an unchanged tree from the
// last run and re-parses only changed files; `--no-cache` reads everything.
const cache = values['no-cache'] ? undefined : cacheDir(settings.cache);
const { summary, problems, changedRules, save } = await checkContentCached({ root: String(values.root), contentDir: String(values.content), asOf, base, cacheDir: cache }).catch((error: Error) => (error instanceof BaseRefError ? fail(error.message) : Promise.reject(error)));
// Checks cover all content whatever the profile. Asked for one profile (flag or CLAUSEBOOK_PROFILE), the
// warnings are those a build of it would print; otherwise those of every build.
const chosen = profileChosen;
const relevant = chosen ? problemsForBuild(problems, profile) : problems;
const { errors, warnings } = countProblems(relevant);
const listed = sortProblems(values.quiet ? relevant.filter((p) => p.severity === 'error') : relevant);
const published = summary.published[profile];
const publishes = `${article(profile, true)} ${profile} build publishes ${published.documents} of ${summary.documents} documents and ${published.evidence} of ${summary.evidence} evidence records.`;

if (format === 'json') {
  console.log(JSON.stringify({
    version: 1, errors, warnings, documents: summary.documents, evidence: summary.evidence,
    profile, published: { documents: published.documents, evidence: published.evidence }, problems: listed,
    ...(changedRules ? { changedRules: changedRules.rules } : {}),
  }, null, 2));
} else if (format === 'github') {
  for (const p of listed) console.log(formatGithub(p));
} else {
  // The errors first, then the warnings; the counts on the last line, where a reader looks first.
  const shown = errorsFirst(listed);
  for (const p of shown) console.log(formatProblem(p));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (shown.length) console.log('');
  // With --base: what a changed rule reaches, so a reviewer reads every document it changes.
  const reach = changedRules ? (await import('../src/model/rule-control.ts')).formatChangedRules(changedRules.rules, changedRules.label) : '';
  if (reach) console.log(`${reach}\n`);
  console.log(publishes);
  const firstError = shown.find((p) => p.severity === 'error');
  if (firstError) console.log(`Explain a code: npm run check -- --explain ${firstError.code as ProblemCode}`);
  const hidden = values.quiet && warnings ? ` (warnings not shown: drop --quiet to list them)` : '';
  const scope = chosen ? ` for ${article(profile)} ${profile} build` : '';
  console.log(`${formatCounts({ errors, warnings })}${scope} in ${summary.documents} documents and ${summary.evidence} evidence records (${seconds} s)${hidden}`);
}
await save();
await exitAfterOutput(errors > 0 ? 1 : 0);

/** `a` or `an` before a word. */
function article(word: string, capital = false): string {
  const a = /^[aeiou]/.test(word) ? 'an' : 'a';
  return capital ? a[0]!.toUpperCase() + a.slice(1) : a;
}
