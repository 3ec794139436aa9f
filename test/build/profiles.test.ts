// Build profiles keep their promise: build the `profiles` fixture once per profile and search every byte
// of the output (HTML, Pagefind's gzip files, the zip parts of coverage.xlsx, file names) for canaries.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { findCanaries, scanOutput } from '../leak-scan.ts';
import { copyProject, runAstro } from '../../scripts/lib/astro-build.ts';
import { editFile, initRepo } from '../git-repo.ts';
import { PROFILES, PROFILE_CEILING } from '../../src/model/profile.ts';
import type { Profile } from '../../src/model/profile.ts';
import { CLASSIFICATION_RANK } from '../../src/schema/index.ts';
import type { Classification } from '../../src/schema/index.ts';
import { readPage } from '../html.ts';

const CANARY = /kx(public|internal|confidential)[a-z]*?q/g;
let root: string;
let project: string;
const canaries = new Map<string, Classification>();

/**
 * Build in this file's project copy, into `out` below it (builds over earlier output and Astro's content
 * cache, as a person would: no --force).
 */
function build(profile: string, out: string) {
  return runAstro(project, ['build'], { CLAUSEBOOK_ROOT: root, CLAUSEBOOK_OUT_DIR: out, CLAUSEBOOK_AS_OF: FIXTURE_AS_OF, CLAUSEBOOK_PROFILE: profile });
}

beforeAll(async () => {
  project = await copyProject('profiles');
  root = await materialiseFixture('profiles');
  // Canaries from the overlay's files and file names: the level is in the canary.
  const overlay = path.resolve('test/fixtures/profiles/content');
  for (const file of await readdir(overlay, { recursive: true })) {
    const text = `${file}\n${await readFile(path.join(overlay, file), 'utf8').catch(() => '')}`;
    for (const [canary, level] of text.matchAll(CANARY)) canaries.set(canary, level as Classification);
  }
  // Revision history: a commit that changed a published and a withheld document at once names the
  // withheld one in its message. Builds below its level show the commit without the message.
  const repo = await initRepo(root);
  await repo.commit('Publish the handbook', '2026-02-01T10:00:00+08:00');
  await editFile(root, 'content/policies/kxpublicfileq.mdx', '伙伴可查阅本制度', '合作伙伴可查阅本制度');
  await editFile(root, 'content/sops/kxconfidentialfileq.mdx', /\n## /, '\n修订。\n\n## ');
  await repo.commit('Revise kxconfidentialcommitq with the public policy', '2026-03-01T10:00:00+08:00');
  canaries.set('kxconfidentialcommitq', 'confidential');
  // A restricted build first: the public and internal builds below start after it in the same project.
  const first = await build('restricted', path.join(project, 'dist-first'));
  expect(first.ok, first.output).toBe(true);
});
afterAll(() => Promise.all([root, project].map((d) => rm(d, { recursive: true, force: true }))));

test('should have canaries at every level in titles, bodies, headings, fields and file names', () => {
  const levels = [...canaries.values()];
  for (const level of ['public', 'internal', 'confidential'] as const) expect(levels.filter((l) => l === level).length).toBeGreaterThanOrEqual(5);
  expect([...canaries.keys()]).toEqual(expect.arrayContaining(['kxconfidentialfileq', 'kxconfidentialtitleq', 'kxconfidentialheadingq', 'kxconfidentialkeywordq', 'kxconfidentialdutyq', 'kxconfidentialevidenceq', 'kxconfidentialinheritq', 'kxconfidentiallinkq', 'kxconfidentialpartnerq', 'kxconfidentialrelbodyq', 'kxinternalpartnerq', 'kxinternalgatenoteq', 'kxconfidentialfindingq', 'kxinternalfindingq', 'kxconfidentialriskq', 'kxinternalriskq', 'kxconfidentialassessmentq', 'kxinternalpdfq', 'kxconfidentialpdfbodyq']));
});

describe.each(PROFILES)('a %s build', (profile: Profile) => {
  let out: string;
  let files: Awaited<ReturnType<typeof scanOutput>>;
  const ceiling = CLASSIFICATION_RANK[PROFILE_CEILING[profile]];
  const above = () => [...canaries].filter(([, level]) => CLASSIFICATION_RANK[level] > ceiling).map(([c]) => c);
  const within = () => [...canaries].filter(([, level]) => CLASSIFICATION_RANK[level] <= ceiling).map(([c]) => c);

  beforeAll(async () => {
    out = path.join(project, `dist-${profile}`);
    const result = await build(profile, out);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).not.toMatch(/No files found|does not exist or is empty/);
    files = await scanOutput(out);
  });

  test('should leave no trace of anything above the profile, in any file or file name', () => {
    expect(files.some((f) => f.name.includes('!gunzip'))).toBe(true);
    expect(files.some((f) => f.name.startsWith('coverage.xlsx!xl/'))).toBe(true);
    expect(Object.fromEntries(findCanaries(files, above()))).toEqual({});
  });

  test('should publish every canary at or below the profile, so the test cannot pass by publishing nothing', () => {
    const found = findCanaries(files, within());
    expect(within().filter((c) => !found.has(c))).toEqual([]);
  });

  test('should name the profile in the footer and in every export', async () => {
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain(`data-profile="${profile}"`);
    expect(JSON.parse(await readFile(path.join(out, 'coverage.json'), 'utf8')).profile).toBe(profile);
    for (const csv of ['coverage.csv', 'soa.csv']) {
      const [header, first] = (await readFile(path.join(out, csv), 'utf8')).split('\r\n');
      expect(header!.split(',').at(-1)).toBe('profile');
      expect(first!.split(',').at(-1)).toBe(profile);
    }
    const summary = files.find((f) => f.name === 'coverage.xlsx!xl/sharedStrings.xml')!.text;
    expect(summary).toContain(`<t>${profile}</t>`);
  });
});

test('should show a withheld reference as its bare id marked restricted, and say coverage is withheld', async () => {
  const out = path.join(project, 'dist-public');
  const policy = await readFile(path.join(out, 'policies/kxpublicfileq/index.html'), 'utf8');
  expect(policy).toMatch(/<span class="withheld">SOP-003 <small>受限<\/small><\/span>/);
  expect(policy).not.toContain('/id/SOP-003/');
  expect(policy).not.toContain('/evidence/EV-2026-005/');
  // A cited rule the profile withholds (its defining SOP is confidential) shows its id, not its value.
  expect(policy).toMatch(/限额见 <span class="withheld">secret\.limit <small>受限<\/small><\/span>/);
  expect(policy).not.toContain('777');
  expect(await readFile(path.join(out, 'rules/index.html'), 'utf8')).not.toContain('secret.limit');
  const coverage = JSON.parse(await readFile(path.join(out, 'coverage.json'), 'utf8'));
  const clause = coverage.clauses.find((c: { id: string }) => c.id === '8.6');
  expect(clause.withheld).toBe(true);
  expect(clause.reason).toContain('above the public profile');
  expect(coverage.totals.withheld).toBeGreaterThan(0);
});

test('should show an internal relationship without its confidential record: no id, no score, no date in its page or the exports', async () => {
  const out = path.join(project, 'dist-internal');
  const page = await readFile(path.join(out, 'relationships/kxinternalrelfileq/index.html'), 'utf8');
  expect(page).toContain('EV-2026-004');
  expect(page).not.toContain('EV-2026-005');
  expect(page).not.toContain('2026-03-03');
  expect(page).toContain('尚无评价记录。');
  for (const file of ['relationships.csv', 'coverage.json', 'relationships/index.html', 'audit/index.html']) expect(await readFile(path.join(out, file), 'utf8')).not.toContain('REL-001');
  // An internal finding that names a confidential record and SOP shows neither; the confidential finding is absent.
  const finding = await readFile(path.join(out, 'findings/NC-2026-002/index.html'), 'utf8');
  expect(finding).not.toContain('EV-2026-005');
  expect(finding).not.toContain('SOP-003');
  for (const file of ['findings/index.html', 'findings.csv', 'audit/index.html']) expect(await readFile(path.join(out, file), 'utf8')).not.toContain('NC-2026-001');
  // Risk register: the confidential risk is absent; the internal one names no confidential record.
  for (const file of ['risks/index.html', 'risks.csv', 'audit/index.html', 'relationships/kxinternalrelfileq/index.html']) expect(await readFile(path.join(out, file), 'utf8')).not.toContain('RSK-001');
  expect(await readFile(path.join(out, 'risks/index.html'), 'utf8')).toContain('RSK-002');
  for (const file of ['risks/RSK-002/index.html', 'risks.csv']) expect(await readFile(path.join(out, file), 'utf8')).not.toContain('EV-2026-005');
  expect(await readFile(path.join(project, 'dist-first', 'risks.csv'), 'utf8')).toContain('RSK-001');
  // The restricted build shows both.
  const restricted = await readFile(path.join(project, 'dist-first', 'relationships/kxinternalrelfileq/index.html'), 'utf8');
  expect(restricted).toContain('EV-2026-005');
  expect(await readFile(path.join(project, 'dist-first', 'relationships.csv'), 'utf8')).toContain('REL-001');
});

test('should judge an objective on the measurements a build publishes, and name no withheld record (objectives register)', async () => {
  const internal = path.join(project, 'dist-internal');
  expect(await readFile(path.join(internal, 'objectives/index.html'), 'utf8')).toContain('EV-2026-004');
  for (const file of ['objectives/index.html', 'objectives.csv', 'audit/index.html']) expect(await readFile(path.join(internal, file), 'utf8')).not.toContain('EV-2026-005');
  for (const file of ['objectives/index.html', 'objectives.csv', 'audit/index.html']) expect(await readFile(path.join(project, 'dist-public', file), 'utf8')).not.toContain('EV-2026-004');
  expect(await readFile(path.join(project, 'dist-first', 'objectives.csv'), 'utf8')).toContain('EV-2026-005');
});

// Competence register
test('should show a confidential assessment only in the restricted build: its id, date and note nowhere else', async () => {
  for (const profile of ['public', 'internal'] as const) {
    const out = path.join(project, `dist-${profile}`);
    const page = await readFile(path.join(out, 'competence/index.html'), 'utf8');
    expect(page).toContain('关系经理');
    expect(page).toContain('未评估');
    for (const file of ['competence/index.html', 'competence.csv', 'audit/index.html', 'due/index.html']) {
      const text = await readFile(path.join(out, file), 'utf8');
      expect(text).not.toContain('CA-2026-001');
      expect(text).not.toContain('2026-02-01 评估');
    }
  }
  const restricted = await readFile(path.join(project, 'dist-first', 'competence/index.html'), 'utf8');
  expect(restricted).toContain('2026-02-01 评估');
  expect(await readFile(path.join(project, 'dist-first', 'competence.csv'), 'utf8')).toContain('CA-2026-001');
});

test('should judge a public obligation on every record, and list none of a quarter a withheld record satisfied', async () => {
  // POL-002's quarterly check: Q1 2026 is satisfied by the confidential EV-2026-005 (2026-03-03).
  const due = await readPage(path.join(project, 'dist-public', 'due/index.html'));
  expect(due).toContain('季度核查');
  expect(due).not.toContain('2026-01-01 至 2026-03-31');
  expect(due).toContain('2026-04-01 至 2026-06-30');
  expect(await readFile(path.join(project, 'dist-public', 'calendar.ics'), 'utf8')).not.toContain('quarterly-check-2026-01-01');
});

test('should offer a published record\'s attachment as a download of the same bytes, and give a withheld one no route', async () => {
  const internal = path.join(project, 'dist-internal');
  const attachment = 'content/evidence/files/kxinternalpdfq.pdf';
  expect(await readFile(path.join(internal, 'evidence/files/kxinternalpdfq.pdf'))).toEqual(await readFile(path.join(root, attachment)));
  expect(await readFile(path.join(internal, 'evidence/EV-2026-007/index.html'), 'utf8')).toMatch(/<a href="\/evidence\/files\/kxinternalpdfq\.pdf" download>下载附件（PDF，1 KB）<\/a>/);
  await expect(readFile(path.join(internal, 'evidence/files/kxconfidentialpdfq.pdf'))).rejects.toThrow(/ENOENT/);
  expect(await readFile(path.join(project, 'dist-restricted', 'evidence/files/kxconfidentialpdfq.pdf'), 'utf8')).toContain('kxconfidentialpdfbodyq');
  await expect(readFile(path.join(project, 'dist-public', 'evidence/files/kxinternalpdfq.pdf'))).rejects.toThrow(/ENOENT/);
});

test('should catch a leak hidden in a gzip fragment or a zip entry (the scan itself works)', async () => {
  const out = path.join(project, 'dist-public');
  const secret = 'kxconfidentialtitleq';
  await writeFile(path.join(out, 'pagefind', 'leak.pf_fragment'), gzipSync(`{"title":"${secret}"}`));
  const files = await scanOutput(out);
  expect(findCanaries(files, [secret]).get(secret)).toEqual(['pagefind/leak.pf_fragment!gunzip']);
  await rm(path.join(out, 'pagefind', 'leak.pf_fragment'));
});

test('should refuse to build over the output of a more restricted profile, and an unknown profile', async () => {
  const out = path.join(project, 'dist-restricted');
  const over = await build('public', out);
  expect(over.ok).toBe(false);
  expect(over.output).toContain('still holds a restricted build');
  expect(over.output).toContain(`rm -rf ${out}`);
  const unknown = await build('secret', path.join(project, 'dist-unknown'));
  expect(unknown.ok).toBe(false);
  expect(unknown.output).toContain('CLAUSEBOOK_PROFILE: unknown value "secret"; use one of: public, internal, restricted');
  for (const output of [over.output, unknown.output]) expect(output).not.toMatch(/Stack trace|unhandled error/);
});
