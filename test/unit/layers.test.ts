// The layers of docs/architecture.md, held by a test: each folder imports only what the table allows.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';

/** A folder's forbidden imports: a module specifier (resolved to a repository path when relative) matching one breaks the layer. */
interface Rule {
  readonly folder: string;
  readonly except?: string;
  readonly forbidden: readonly RegExp[];
  readonly why: string;
}

const RULES: readonly Rule[] = [
  { folder: 'src/schema/', forbidden: [/^src\/(?!schema\/)/, /^node:(?!path$)/, /^astro/], why: 'schemas import zod only' },
  { folder: 'src/model/', except: 'src/model/load/', forbidden: [/^node:/, /^src\/(i18n|integrations|site|tooling|pages|components|layouts)\//, /^astro/, /^src\/settings\.ts$/], why: 'the model is pure: no disk, no settings, no words for readers' },
  { folder: 'src/model/load/', forbidden: [/^src\/(i18n|integrations|site|tooling|pages|components|layouts)\//, /^astro/], why: 'loaders read content, nothing above the model' },
  { folder: 'src/site/', forbidden: [/^src\/(i18n|integrations|tooling|pages|components|layouts)\//, /^astro/], why: 'the site view computes; the pages word' },
  { folder: 'src/pages/', forbidden: [/^src\/integrations\//, /^src\/model\/load\//, /^src\/settings\.ts$/, /^node:(?!crypto$)/], why: 'pages render what src/site/ computed' },
  { folder: 'src/layouts/', forbidden: [/^src\/integrations\//, /^src\/model\/load\//, /^src\/settings\.ts$/, /^node:/], why: 'layouts render what src/site/ computed' },
  { folder: 'src/components/', forbidden: [/^src\/integrations\//, /^src\/model\/load\//, /^src\/settings\.ts$/, /^src\/site\/(?!view\.ts\?type$)/, /^node:/], why: 'components render their props (they may name the view\'s types)' },
  { folder: 'src/tooling/', forbidden: [/^src\/(integrations|site|pages|components|layouts)\//], why: 'tooling generates files from the model' },
];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s(type\s)?(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/g;

/** Every import of `text` (a file at `file`), relative ones as repository paths; a type-only one ends `?type`. */
export function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(IMPORT)].map(([, type, spec]) => {
    const resolved = spec!.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!)) : spec!;
    return type ? `${resolved}?type` : resolved;
  });
}

/** `file imports spec (why)` for each import that breaks a rule. */
export function violations(file: string, text: string): string[] {
  const rules = RULES.filter((r) => file.startsWith(r.folder) && !(r.except && file.startsWith(r.except)));
  return importsOf(file, text).flatMap((spec) => rules.filter((r) => r.forbidden.some((f) => f.test(spec))).map((r) => `${file} imports ${spec} (${r.why})`));
}

test('should find a forbidden import (the scan can fail)', () => {
  expect(violations('src/pages/x.astro', "---\nimport { siteModel } from '../integrations/site-data.ts';\n---")).toEqual([
    'src/pages/x.astro imports src/integrations/site-data.ts (pages render what src/site/ computed)',
  ]);
  expect(violations('src/model/coverage.ts', "import { t } from '../i18n/index.ts';\nimport { readFile } from 'node:fs';")).toHaveLength(2);
  expect(violations('src/model/load/x.ts', "import { readFile } from 'node:fs';")).toEqual([]);
});

test('should keep every folder to its layer', async () => {
  const files = (await readdir('src', { recursive: true })).map((f) => path.posix.join('src', String(f).split(path.sep).join('/'))).filter((f) => /\.(ts|astro|mjs)$/.test(f));
  const found: string[] = [];
  for (const file of files) found.push(...violations(file, await readFile(file, 'utf8')));
  expect(found).toEqual([]);
});
