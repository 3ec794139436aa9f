// `coverage --base <ref>`: the diff between a commit of a fixture repository and its working tree.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURE_AS_OF, materialiseFixture } from '../load-fixture.ts';
import { editFile } from '../git-repo.ts';

const run = promisify(execFile);
let repo: string;
const git = (...args: string[]) => run('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args], { cwd: repo });

async function coverage(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['scripts/coverage.ts', '--root', repo, '--as-of', FIXTURE_AS_OF, ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout + e.stderr };
  }
}

const edit = (file: string, from: string, to: string) => editFile(repo, file, from, to);

beforeAll(async () => {
  repo = await materialiseFixture('valid');
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'Base handbook');
  // The change under review: retire the SOP, and mistype a clause in the policy.
  await edit('content/sops/partner-selection.mdx', 'status: approved', 'status: retired');
  await edit('content/policies/partner-policy.mdx', 'clauses: [gbt40144:4.1, gbt40144:8.5]', 'clauses: [gbt40144:4.1, gbt40144:8.55]');
  // …and raise a rule's value: the diff lists every document that cites it.
  await edit('content/rules.yaml', 'value: 200', 'value: 300');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

test('should show the clauses a change turns into gaps, why, and exit non-zero', async () => {
  const { code, stdout } = await coverage('--base', 'main');
  expect(code).toBe(1);
  expect(stdout).toMatch(/Coverage compared with main \([0-9a-f]{7}\):/);
  expect(stdout).toMatch(/8\.5\s+合作伙伴筛选\s+covered → gap\s+\(no longer implemented by POL-001, SOP-001\)/);
  expect(stdout).toMatch(/8\s+运行\s+covered → gap/);
  expect(stdout).toContain('new error CB104 content/policies/partner-policy.mdx:12:25 unknown clause "gbt40144:8.55"');
  expect(stdout).toContain('This change opens 1 gap(s): 8.5');
  expect(stdout).not.toMatch(/4\.1\s+理解/);
});

test('should pass with --allow-gaps and print Markdown for a pull-request comment', async () => {
  const { code, stdout } = await coverage('--base', 'main', '--allow-gaps', '--format', 'markdown');
  expect(code).toBe(0);
  expect(stdout).toContain('| 8.5 合作伙伴筛选 | covered | gap | no longer implemented by POL-001, SOP-001 |');
  expect(stdout).toContain('**This change opens 1 gap(s): 8.5');
  expect(stdout).toContain('### Rules changed since main');
  expect(stdout).toContain('- `partner.contract.ceo_approval`: >= 200 万元 → >= 300 万元 (defined by POL-001; cited by POL-001)');
});

test('should report no change against the working tree\'s own commit, and refuse an unknown ref', async () => {
  await git('stash', '-q');
  const same = await coverage('--base', 'HEAD');
  expect(same.code).toBe(0);
  expect(same.stdout).toContain('Coverage unchanged: 2 covered, 0 addressed, 0 gap, 1 excluded.');
  await git('stash', 'pop', '-q');
  const unknown = await coverage('--base', 'no-such-branch');
  expect(unknown.code).toBe(2);
  expect(unknown.stdout).toContain('git ref "no-such-branch" names no commit');
});

test('should compare two commits the same way once the change is committed', async () => {
  await git('commit', '-q', '-am', 'Retire the partner selection SOP');
  const { code, stdout } = await coverage('--base', 'HEAD~1');
  expect(code).toBe(1);
  expect(stdout).toMatch(/8\.5\s+合作伙伴筛选\s+covered → gap/);
  expect(stdout).toContain('This change opens 1 gap(s): 8.5');
});
