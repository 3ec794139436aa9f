// Once per `npm test` run: a folder for the site builds test files share (test/site-builds.ts), removed at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-builds-'));
  project.provide('buildCache', dir);
  return () => rm(dir, { recursive: true, force: true });
}
