// A rebuild without --force, over the first build's output and Astro's content cache, after one document's
// title changed: every page that showed the old title shows the new one (the document's page, the indexes
// and filter pages that list it, the stage and clause pages, its /id/ page, the search index, and the body
// of another document whose related-documents section names it: bodies are rendered once and kept in
// Astro's data store), and no page or export keeps the old one. Then a body alone changes, and shows.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, runAstro } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { scanOutput } from '../leak-scan.ts';

const OLD = '合作伙伴筛选程序';
const NEW = '合作伙伴遴选与准入程序';
let project: string;
let root: string;
let out: string;

const build = () => runAstro(project, ['build'], { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_OUT_DIR: out, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_HISTORY: 'off' });

/** Every output file that contains `text`: pages, exports, the search index (opened), the workbook's parts. */
async function filesWith(text: string): Promise<string[]> {
  return (await scanOutput(out)).filter((f) => f.text.includes(text)).map((f) => f.name).sort();
}

beforeAll(async () => {
  project = await copyProject('rebuild');
  root = await materialiseFixture('valid');
  out = path.join(project, 'dist');
  // POL-001's body gets a related-documents section, which remark-related completes with SOP-001's title.
  const policy = path.join(root, 'content/policies/partner-policy.mdx');
  await writeFile(policy, `${await readFile(policy, 'utf8')}\n## 相关文件\n\n- 本制度的程序见下。\n`);
});
afterAll(() => Promise.all([project, root].map((d) => rm(d, { recursive: true, force: true }))));

test('a changed title reaches every page that lists the document, with the content cache kept', async () => {
  const first = await build();
  expect(first.ok, first.output).toBe(true);
  const before = await filesWith(OLD);
  // The document's page, its /id/ page, the SOP index and more list it.
  expect(before).toEqual(expect.arrayContaining(['sops/partner-selection/index.html', 'id/SOP-001/index.html', 'sops/index.html', 'policies/partner-policy/index.html']));
  expect(before.some((f) => f.startsWith('pagefind/'))).toBe(true);
  expect(before.length).toBeGreaterThan(5);

  const file = path.join(root, 'content/sops/partner-selection.mdx');
  await writeFile(file, (await readFile(file, 'utf8')).replace(`title: ${OLD}`, `title: ${NEW}`));
  const second = await build();
  expect(second.ok, second.output).toBe(true);
  expect(second.output).not.toMatch(/--force/);
  expect(await filesWith(OLD)).toEqual([]);
  const after = await filesWith(NEW);
  // Search fragments are named by their content: compared by kind, every other file by name.
  const named = (files: string[]) => [...new Set(files.map((f) => f.replace(/_[0-9a-f]+\.(pf_\w+)!gunzip$/, '.$1')))];
  expect(named(before).filter((f) => !named(after).includes(f))).toEqual([]);

  // Only a body changes: its page shows the new text; the other document's body is as before.
  const sentence = '本句只改了正文。';
  await writeFile(file, `${await readFile(file, 'utf8')}\n${sentence}\n`);
  const third = await build();
  expect(third.ok, third.output).toBe(true);
  expect(await readFile(path.join(out, 'sops/partner-selection/index.html'), 'utf8')).toContain(sentence);
  expect(await readFile(path.join(out, 'policies/partner-policy/index.html'), 'utf8')).toContain(NEW);
});
