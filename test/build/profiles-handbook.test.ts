// The real handbook built once per profile: nothing withheld leaves a trace (title, summary, file name,
// attachment path, address), and everything published is there.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { findCanaries, scanOutput } from '../leak-scan.ts';
import { loadCorpus } from '../../src/model/load/load-corpus.ts';
import type { Corpus } from '../../src/model/corpus.ts';
import { PROFILES, isVisible } from '../../src/model/profile.ts';
import type { Profile } from '../../src/model/profile.ts';
import { sharedBuild } from '../site-builds.ts';
import { HANDBOOK_AS_OF } from '../e2e/handbook.ts';

let corpus: Corpus;

beforeAll(async () => {
  corpus = await loadCorpus({ root: path.resolve('.') });
});

/** Strings that identify an item beyond its id: title, summary, file stem, attachment path. */
function traces(item: { file: string; data?: { title: string; summary?: string; location?: string } }, isDoc: boolean): string[] {
  const out = [item.data!.title];
  if (item.data!.summary) out.push(item.data!.summary);
  if (isDoc) out.push(`/${path.basename(item.file, '.mdx')}/`);
  if (item.data!.location && !item.data!.location.startsWith('http')) out.push(path.basename(item.data!.location));
  return out;
}

/**
 * What authors wrote in plain text at or below the profile (published documents without the links to
 * withheld items, which the build removes text and all; the YAML the site prints). A withheld title
 * that also occurs there is the author's words, reported by CB306, not a leak of the build.
 */
async function authoredText(profile: Profile): Promise<string> {
  const withheld = new Set(corpus.documents.filter((d) => !isVisible(d.data?.classification, profile)).map((d) => d.id));
  for (const e of corpus.evidence) if (!isVisible(e.data?.classification, profile)) withheld.add(e.id!);
  const link = /\[[^\]\n]*\]\(\/(?:id|evidence)\/([^/#)]+)[^)]*\)/g;
  const docs = corpus.documents.filter((d) => isVisible(d.data?.classification, profile)).map((d) => d.text.replace(link, (m, id: string) => (withheld.has(id) ? id : m)));
  const yaml = await Promise.all(['org.yaml', 'glossary.yaml', 'applicability.yaml', 'standards/gbt40144.yaml'].map((f) => readFile(path.join('content', f), 'utf8')));
  return [...docs, ...yaml].join('\n');
}

describe.each(PROFILES)('the handbook as a %s build', (profile: Profile) => {
  let files: Awaited<ReturnType<typeof scanOutput>>;
  beforeAll(async () => {
    // The settings of the e2e builds (history included), so the internal build is made once for both.
    const built = await sharedBuild(path.resolve('.'), { CLAUSEBOOK_AS_OF: HANDBOOK_AS_OF, CLAUSEBOOK_PROFILE: profile });
    expect(built.ok, built.output).toBe(true);
    files = await scanOutput(built.out);
  });

  test('should carry no title, summary, file name or attachment of anything withheld', async () => {
    const withheld = [
      ...corpus.documents.filter((d) => !isVisible(d.data?.classification, profile)).flatMap((d) => traces(d, true)),
      ...corpus.evidence.filter((e) => !isVisible(e.data?.classification, profile)).flatMap((e) => traces(e, false)),
      // Risk register: a withheld risk's title and event.
      ...(corpus.risks ?? []).filter((r) => !isVisible(r.data?.classification, profile)).flatMap((r) => [r.data!.title, r.data!.event]),
    ];
    if (profile === 'restricted') expect(withheld).toEqual([]);
    else expect(withheld.length).toBeGreaterThan(0);
    const authored = await authoredText(profile);
    expect(Object.fromEntries(findCanaries(files, withheld.filter((t) => !authored.includes(t))))).toEqual({});
  });

  test('should show on its home no gap or missing evidence that is only evidence it withholds', async () => {
    const { computeCoverage } = await import('../../src/model/coverage.ts');
    const truth = new Map(computeCoverage(corpus, { asOf: HANDBOOK_AS_OF }).clauses.map((c) => [c.stage ?? c.id, c.state]));
    const home = files.find((f) => f.name === 'index.html')!.text;
    const badges = [...home.matchAll(/<a href="\/stages\/(\d)\/" class="stage-title">.*?<\/a>\s*<span class="badge state-([a-z]+)"/g)].map(([, n, state]) => [Number(n), state] as const);
    expect(badges).toHaveLength(8);
    for (const [stage, state] of badges) {
      // The edition shows the truth, or says the evidence is not in it; never a worse state than the truth.
      expect([truth.get(stage), 'withheld'], `stage ${stage}`).toContain(state);
    }
    if (profile === 'restricted') expect(badges.every(([stage, state]) => state === truth.get(stage))).toBe(true);
  });

  test('should publish every document and record at or below the profile', () => {
    const published = [
      ...corpus.documents.filter((d) => isVisible(d.data?.classification, profile)).flatMap((d) => traces(d, true)),
      ...corpus.evidence.filter((e) => isVisible(e.data?.classification, profile)).flatMap((e) => traces(e, false)),
      ...(corpus.risks ?? []).filter((r) => isVisible(r.data?.classification, profile)).flatMap((r) => [r.data!.title, r.data!.event]),
    ];
    const found = findCanaries(files, published);
    expect(published.filter((t) => !found.has(t))).toEqual([]);
  });
});
