// `npm run schemas`: write the JSON Schemas of the YAML content files to schemas/ (editors' hover and
// completion). `-- --check` exits 1 naming each schema file that is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMAS_DIR, generateJsonSchemas } from '../src/tooling/json-schemas.ts';

const root = process.cwd();
const schemas = generateJsonSchemas();

if (process.argv.includes('--check')) {
  const stale: string[] = [];
  for (const [file, text] of schemas) {
    const committed = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
    if (committed !== text) stale.push(file);
  }
  if (stale.length) {
    for (const file of stale) console.error(`${file} is out of date with src/schema/.`);
    console.error('Run `npm run schemas` and commit schemas/.');
    process.exit(1);
  }
  console.log(`${schemas.size} schemas in ${SCHEMAS_DIR}/ are up to date.`);
} else {
  await mkdir(path.join(root, SCHEMAS_DIR), { recursive: true });
  for (const [file, text] of schemas) {
    await writeFile(path.join(root, file), text);
    console.log(`Wrote ${file}`);
  }
}
