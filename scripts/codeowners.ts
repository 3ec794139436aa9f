// `npm run codeowners`: write .github/CODEOWNERS from content/org.yaml and the documents' owners.
// `-- --check` exits 1 when the committed file is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CODEOWNERS_FILE, checkCodeowners, formatCodeowners } from '../src/model/codeowners.ts';
import { formatProblem } from '../src/model/problem.ts';
import { loadFromFlags, parseCli } from './cli.ts';

const USAGE = 'Usage: npm run codeowners -- [--check] [--root DIR] [--content DIR]';
const { values } = parseCli({ check: { type: 'boolean', default: false } }, USAGE);
const { corpus, root, contentDir } = await loadFromFlags(values);
const text = formatCodeowners(corpus, contentDir);
const target = path.join(root, CODEOWNERS_FILE);

if (values.check) {
  const stale = checkCodeowners(text, await readFile(target, 'utf8').catch(() => undefined));
  if (stale) {
    console.error(formatProblem(stale));
    console.error('Run `npm run codeowners` and commit .github/CODEOWNERS.');
    process.exit(1);
  }
  console.log(`${CODEOWNERS_FILE} is up to date.`);
} else {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`Wrote ${CODEOWNERS_FILE} (${text.split('\n').filter((l) => l.startsWith('/')).length} paths)`);
}
