// The site's model for this build: pages call these and render what they computed.
import { loadSiteModel } from '../model/load/site-model.ts';
import type { SiteModel } from '../model/load/site-model.ts';
import { buildAsOf, buildProfile, contentRoot } from './env.ts';
import { settings } from '../settings.ts';
import { readHistory } from './git-history.ts';
import { emptyTree, gitSource } from '../model/load/git-source.ts';
import { loadCorpus } from '../model/load/load-corpus.ts';
import { applyProfile } from '../model/profile.ts';
import type { Corpus } from '../model/corpus.ts';
import type { Revision } from './git-history.ts';

/** The published part of the checked corpus and its coverage, computed once per build. */
export function siteModel(): Promise<SiteModel> {
  return loadSiteModel(contentRoot(), buildAsOf(), buildProfile());
}

let history: Promise<ReadonlyMap<string, readonly Revision[]> | undefined> | undefined;

/**
 * Revisions of every content file from git, newest first; undefined outside a git repository or
 * with CLAUSEBOOK_HISTORY=off. A shallow clone fails the build: its dates would be wrong.
 */
export function siteHistory(): Promise<ReadonlyMap<string, readonly Revision[]> | undefined> {
  history ??= (async () => {
    if (!settings().history) return undefined;
    const { corpus, withheldFiles } = await siteModel();
    // A commit that touched a file holding anything withheld shows no subject (it may name that item).
    const result = await readHistory(contentRoot(), corpus.documents.map((d) => d.file), withheldFiles);
    if (result.ok) return result.revisions;
    if (result.reason === 'shallow') throw new Error(`${result.message} Or build without revision history: CLAUSEBOOK_HISTORY=off.`);
    return undefined;
  })();
  return history;
}

let since: Promise<{ corpus: Corpus; commit: string; beginning: boolean } | undefined> | undefined;

/**
 * The handbook at CLAUSEBOOK_SINCE (a commit of the git repository at CLAUSEBOOK_GIT_ROOT, default the
 * content root), cut to this build's profile, for the audit pack's change log; undefined when unset.
 * `beginning` when it is the empty tree: the change log then starts before the first commit.
 */
export function sinceModel(): Promise<{ corpus: Corpus; commit: string; beginning: boolean } | undefined> {
  since ??= (async () => {
    const commit = settings().since;
    if (!commit) return undefined;
    const gitRoot = settings().gitRoot ?? contentRoot();
    const corpus = await loadCorpus({ root: gitRoot, source: await gitSource(gitRoot, commit) });
    return { corpus: applyProfile(corpus, buildProfile()).corpus, commit, beginning: commit === (await emptyTree(gitRoot)) };
  })();
  return since;
}
