// `npm run check`: validate the content tree and print every problem; exit 1 on any error.
import { PROBLEM_CODES, countProblems, formatGithub, formatProblem, sortProblems } from '../src/model/problem.ts';
import { checkDocumentControl } from '../src/model/document-control.ts';
import type { ProblemCode } from '../src/model/problem.ts';
import { runChecks } from '../src/model/checks/index.ts';
import { formatCodesMarkdown } from '../src/model/codes-doc.ts';
import { applyProfile } from '../src/model/profile.ts';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CODEOWNERS_FILE, checkCodeowners, formatCodeowners } from '../src/model/codeowners.ts';
import { fail, loadCorpusAt, loadFromFlags, parseCli } from './cli.ts';

const USAGE = `Usage: npm run check -- [--format text|json|github] [--as-of YYYY-MM-DD] [--profile public|internal|restricted] [--root DIR] [--content DIR]
       npm run check -- --base <git-ref>   also apply document control (CB501-CB505) to the changes since that commit
       npm run check -- --explain CODE | --list-codes`;

const { values, asOf, profile } = parseCli(
  { format: { type: 'string', default: 'text' }, explain: { type: 'string' }, 'list-codes': { type: 'boolean', default: false }, base: { type: 'string' } },
  USAGE,
);

if (values['list-codes'] && values.format === 'markdown') {
  process.stdout.write(formatCodesMarkdown());
  process.exit(0);
}
if (values['list-codes'] || values.explain) {
  const codes = Object.entries(PROBLEM_CODES).filter(([code]) => !values.explain || code === values.explain.toUpperCase());
  if (codes.length === 0) fail(`unknown code "${values.explain}"; run --list-codes to see them all`);
  for (const [code, info] of codes) console.log(`${code}  ${info.severity.padEnd(7)}  ${info.title}\n    ${info.fix}`);
  process.exit(0);
}
const format = String(values.format);
if (!['text', 'json', 'github'].includes(format)) fail(`--format "${format}" is not one of text, json, github`);

const started = performance.now();
const { corpus, contentDir, root } = await loadFromFlags(values);
const problems = runChecks(corpus, { asOf, contentDir });
// CB405 needs the repository root, which the model checks do not see: only where the root has a .github/.
if (existsSync(path.join(root, '.github'))) {
  const committed = await readFile(path.join(root, CODEOWNERS_FILE), 'utf8').catch(() => undefined);
  const stale = checkCodeowners(formatCodeowners(corpus, contentDir), committed);
  if (stale) problems.splice(0, problems.length, ...sortProblems([...problems, stale]));
}
if (values.base !== undefined) {
  const base = await loadCorpusAt(root, contentDir, String(values.base));
  problems.push(...checkDocumentControl(base.corpus, corpus, base.label));
  problems.splice(0, problems.length, ...sortProblems(problems));
}
const { errors, warnings } = countProblems(problems);
// Checks cover all content whatever the profile; the profile only says what its build would publish.
const published = applyProfile(corpus, profile).corpus;
const publishes = `A ${profile} build publishes ${published.documents.length} of ${corpus.documents.length} documents and ${published.evidence.length} of ${corpus.evidence.length} evidence records.`;

if (format === 'json') {
  console.log(JSON.stringify({
    version: 1, errors, warnings, documents: corpus.documents.length, evidence: corpus.evidence.length,
    profile, published: { documents: published.documents.length, evidence: published.evidence.length }, problems,
  }, null, 2));
} else if (format === 'github') {
  for (const p of problems) console.log(formatGithub(p));
} else {
  for (const p of problems) console.log(formatProblem(p));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `${problems.length ? '\n' : ''}${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${corpus.documents.length} documents and ${corpus.evidence.length} evidence records (${seconds} s)`,
  );
  console.log(publishes);
  if (errors) console.log(`Explain a code: npm run check -- --explain ${problems.find((p) => p.severity === 'error')!.code as ProblemCode}`);
}
process.exit(errors > 0 ? 1 : 0);
