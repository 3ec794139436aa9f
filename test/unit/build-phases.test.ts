// The bench reads a build's phases from Astro's log.
import { expect, test } from 'vitest';
import { buildPhases } from '../../scripts/lib/build-phases.ts';

const LOG = `00:29:05 [content] Syncing content
00:29:05 [build] Collecting build info...
00:29:05 [build] \u001b[32m✓ Completed in 2.59s.\u001b[39m
00:29:05 [build] Building static entrypoints...
00:29:07 [vite] ✓ built in 1.96s
 generating static routes 
00:29:10 ✓ Completed in 2.86s.

00:29:10 [build] ✓ Completed in 4.92s.
00:29:11 [clausebook] the internal site is in dist/ (501 pages indexed for search)
00:29:11 [build] 501 page(s) built in 8.92s
00:29:11 [build] Complete!`;

test('should split a build into collecting, bundling, rendering and the hooks after it', () => {
  const p = buildPhases(LOG)!;
  expect(p.collect).toBe(2.59);
  expect(p.render).toBe(2.86);
  expect(p.bundle).toBeCloseTo(2.06, 5);
  expect(p.done).toBeCloseTo(1.41, 5);
  expect([p.astro, p.pages]).toEqual([8.92, 501]);
  expect(buildPhases(LOG.replace('2.86s', '860ms'))!.render).toBe(0.86);
  expect(buildPhases('npm error')).toBeUndefined();
});
