// Build the floor site over a generated content tree and index it with Pagefind through its Node API, as
// clausebook's build does. The site (this folder) is a template: it is copied to `<work>/site` with the
// content and output folders written into its config, and the project's node_modules linked beside it.
// node scripts/bench-floor/floor.ts <content dir> <work dir>   → pages in <work>/dist
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const [content, work] = process.argv.slice(2).map((p) => path.resolve(p));
if (!content || !work) throw new Error('usage: node scripts/bench-floor/floor.ts <content dir> <work dir>');
const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.join(work, 'site');
const out = path.join(work, 'dist');
await cp(here, site, { recursive: true, filter: (f) => !['floor.ts', 'node_modules', '.astro', 'dist'].includes(path.basename(f)) });
await symlink(path.resolve(here, '../../node_modules'), path.join(site, 'node_modules'), 'dir');
for (const [file, token, value] of [['astro.config.mjs', '__OUT__', out], ['src/content.config.ts', '__CONTENT__', content]] as const) {
  const at = path.join(site, file);
  await writeFile(at, (await readFile(at, 'utf8')).replace(token, value.replaceAll('\\', '/')));
}
const { build } = await import('astro');
await build({ root: site, logLevel: 'error' });
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: out });
if (added.errors.length) throw new Error(added.errors.join('; '));
await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
await pagefind.close();
console.log(`floor: ${added.page_count} pages indexed`);
