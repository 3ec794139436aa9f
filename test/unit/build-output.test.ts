// What a build prints: Astro's per-page lines dropped, everything else passed on; warnings only for the
// builds they concern.
import type { AstroLoggerMessage } from 'astro';
import { describe, expect, test } from 'vitest';
import { quietDestination } from '../../src/integrations/build-log.ts';
import { buildsPublishing, buildsWithholding } from '../../src/model/profile.ts';
import { concernsBuild, problem } from '../../src/model/problem.ts';

const info = (message: string, label: string | null = null, newLine = true): AstroLoggerMessage => ({ level: 'info', label, message, newLine });

describe('the build log', () => {
  function written(messages: AstroLoggerMessage[]): string[] {
    const out: string[] = [];
    const destination = quietDestination({ write: (m) => void out.push(m.message) });
    for (const m of messages) destination.write(m);
    return out;
  }

  test('should drop a generated page\'s line and its time, coloured or not', () => {
    expect(written([
      info('  \u001b[34m├─\u001b[39m \u001b[2m/sops/kickoff/index.html\u001b[22m', null, false),
      info(' \u001b[2m(+9ms)\u001b[22m ', 'SKIP_FORMAT'),
      info('  └─ /index.html', null, false),
      info(' (cached)', 'SKIP_FORMAT'),
    ])).toEqual([]);
  });

  test('should pass every other line on, in order, including the page count and a time that follows no route', () => {
    const lines = [info('Syncing content', 'content'), info(' generating static routes ', 'SKIP_FORMAT'), info('409 page(s) built in 5.55s', 'build'), info(' (+9ms) ', 'SKIP_FORMAT')];
    expect(written(lines)).toEqual(['Syncing content', ' generating static routes ', '409 page(s) built in 5.55s', ' (+9ms) ']);
    expect(written([{ level: 'warn', label: 'vite', message: '  ├─ not a route at warn level', newLine: true }])).toEqual(['  ├─ not a route at warn level']);
  });

  test('should drop Astro\'s warning that --force cleared the content store, and no other content warning', () => {
    expect(written([{ level: 'warn', label: 'content', message: 'data store cleared (force)', newLine: true }])).toEqual([]);
    expect(written([{ level: 'warn', label: 'content', message: 'something else', newLine: true }])).toEqual(['something else']);
  });
});

describe('which builds a problem concerns', () => {
  test('should name the builds that publish a classification', () => {
    expect(buildsPublishing('public')).toEqual(['public', 'internal', 'restricted']);
    expect(buildsPublishing('internal')).toEqual(['internal', 'restricted']);
    expect(buildsPublishing('confidential')).toEqual(['restricted']);
  });

  test('should name the builds that show one side of a reference and withhold the other', () => {
    expect(buildsWithholding('public', 'internal')).toEqual(['public']);
    expect(buildsWithholding('public', 'confidential')).toEqual(['public', 'internal']);
    expect(buildsWithholding('internal', 'confidential')).toEqual(['internal']);
    expect(buildsWithholding('internal', 'public')).toEqual([]);
  });

  test('should let every build see every error, and a warning only where it applies', () => {
    const place = { file: 'content/x.mdx', line: 1, column: 1 };
    const warning = problem('CB304', place, { classification: 'public', id: 'POL-001', via: 'related', targetClassification: 'internal', target: 'POL-002', builds: ['public'] }, ['public']);
    expect(concernsBuild(warning, 'public')).toBe(true);
    expect(concernsBuild(warning, 'internal')).toBe(false);
    const stale = problem('CB207', place, { id: 'EV-2024-001', date: '2024-01-20', months: 12, oldest: '2025-06-01', clauses: ['gbt40144:4.1'] });
    expect(concernsBuild(stale, 'internal')).toBe(true);
    const badClause = problem('CB104', place, { kind: 'standard', key: 'iso9001', field: 'clauses[0]', known: ['gbt40144'] });
    expect(concernsBuild({ ...badClause, builds: ['public'] }, 'restricted')).toBe(true);
  });
});
