// The GitHub Actions workflows of the handbook's repository: valid against the workflow schema
// (@action-validator/core), with full history, and running the commands the README promises.
import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const source = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { steps?: Step[]; environment?: { name: string }; env?: Record<string, string> }>;
}
const workflow = (name: string) => parse(source(name)) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps ?? []);

describe('workflows', () => {
  test('should have the pull-request and Pages workflows', () => {
    expect(files).toEqual(['pages.yml', 'pr.yml']);
  });

  test.each(files)('%s should pass the GitHub Actions workflow schema', (name) => {
    expect(validateWorkflow(source(name)).errors).toEqual([]);
  });

  test('should reject a broken workflow (the validator does fire)', () => {
    const missingRunsOn = validateWorkflow('on: push\njobs:\n  build:\n    steps:\n      - run: npm ci\n');
    expect(missingRunsOn.errors.length).toBeGreaterThan(0);
    const unknownKey = validateWorkflow(source('pr.yml').replace('\njobs:\n', '\nunknown-key: true\njobs:\n'));
    expect(unknownKey.errors).toEqual([expect.objectContaining({ detail: "Additional property 'unknown-key' is not allowed" })]);
  });

  test.each(files)('%s should check out the full history (revision history and --base need it)', (name) => {
    const checkouts = steps(name).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['fetch-depth']).toBe(0);
  });
});

describe('pr.yml', () => {
  const pr = workflow('pr.yml');
  const runs = steps('pr.yml').map((s) => s.run ?? '');

  test('should run on pull requests with read-only permissions', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({ contents: 'read' });
  });

  test('should annotate problems, report and enforce coverage against the base, apply document control and build a preview', () => {
    expect(runs).toContain('node scripts/check.ts --format github');
    expect(pr.jobs.handbook!.env!.BASE).toBe('origin/${{ github.base_ref }}');
    const report = runs.find((r) => r.includes('--format markdown'))!;
    expect(report).toContain('coverage -- --base "$BASE" --format markdown --allow-gaps > coverage-diff.md');
    expect(report).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(runs).toContain('npm run coverage -- --base "$BASE"');
    expect(runs).toContain('npm run check -- --base "$BASE"');
    const build = steps('pr.yml').find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ CLAUSEBOOK_PROFILE: 'internal' });
    const artefacts = steps('pr.yml').filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => s.with?.path);
    expect(artefacts).toEqual(['coverage-diff.md', 'dist']);
  });
});

describe('pages.yml', () => {
  const pages = workflow('pages.yml');

  test('should deploy main and on demand, with the permissions and environment Pages needs', () => {
    expect(pages.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(pages.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(pages.jobs.deploy!.environment!.name).toBe('github-pages');
    expect(steps('pages.yml').some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  test('should build the public edition and publish dist', () => {
    const build = steps('pages.yml').find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ CLAUSEBOOK_PROFILE: 'public', CLAUSEBOOK_BASE: '${{ steps.pages.outputs.base_path }}' });
    // The base path comes from configure-pages, which runs before the build.
    const names = steps('pages.yml').map((s) => s.uses ?? s.run);
    expect(names.findIndex((n) => n?.startsWith('actions/configure-pages@'))).toBeLessThan(names.indexOf('npm run build'));
    const upload = steps('pages.yml').find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(upload.with?.path).toBe('dist');
  });
});
