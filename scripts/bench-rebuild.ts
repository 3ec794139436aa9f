// `npm run bench -- --rebuild`: the real handbook built twice in a private project copy, over a clone of
// this repository (so revision history is real): once from nothing, once after one SOP changed, over the
// first build's output and Astro's content cache (no --force), as an editor rebuilds after a change.
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cloneHandbook, copyProject, runAstro } from './lib/astro-build.ts';
import { buildPhases } from './lib/build-phases.ts';
import type { BuildPhases } from './lib/build-phases.ts';

export interface RebuildFigures {
  readonly first: number;
  readonly second: number;
  readonly phases: BuildPhases | undefined;
  readonly changed: string;
}

export async function rebuildBench(repoRoot: string, asOf: string): Promise<RebuildFigures> {
  const work = await mkdtemp(path.join(tmpdir(), 'clausebook-rebuild-'));
  const project = await copyProject('bench-rebuild');
  try {
    const clone = await cloneHandbook(repoRoot, work);
    const env = { CLAUSEBOOK_ROOT: clone, CLAUSEBOOK_OUT_DIR: path.join(work, 'dist'), CLAUSEBOOK_AS_OF: asOf };
    const timed = async () => {
      const started = performance.now();
      const run = await runAstro(project, ['build'], env);
      if (!run.ok) throw new Error(`the handbook's build failed:\n${run.output.slice(-3000)}`);
      return { seconds: (performance.now() - started) / 1000, log: run.output };
    };
    const first = await timed();
    const sop = (await readdir(path.join(clone, 'content/sops'))).sort()[0]!;
    await appendFile(path.join(clone, 'content/sops', sop), '\n本程序的解释权属于其归口部门。\n');
    const second = await timed();
    return { first: first.seconds, second: second.seconds, phases: buildPhases(second.log), changed: `content/sops/${sop}` };
  } finally {
    await Promise.all([work, project].map((d) => rm(d, { recursive: true, force: true })));
  }
}
