// `npm run contributing`: write CONTRIBUTING.md from the guide's prose, the schemas and the check catalogue.
// `-- --check` exits 1 when the committed file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { formatContributing } from '../src/tooling/guide.ts';

const text = formatContributing(await readFile('src/guide/editing.md', 'utf8'));
if (process.argv.includes('--check')) {
  const committed = await readFile('CONTRIBUTING.md', 'utf8').catch(() => '');
  if (committed !== text) {
    console.error('CONTRIBUTING.md is out of date: run `npm run contributing` and commit it.');
    process.exit(1);
  }
} else {
  await writeFile('CONTRIBUTING.md', text);
  console.log('Wrote CONTRIBUTING.md');
}
