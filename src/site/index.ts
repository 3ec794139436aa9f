// The site's one door to the handbook: pages, layouts and components import `site()` from here and only
// render what it computed; the content collections and the Astro integration read `content()`.
// Everything is computed once per build process: Astro loads this module twice (for the integration, whose
// copy also serves the content collections through src/integrations/collections-bridge.ts, and for the
// pages); the integration's copy loads and checks the content, and in a build the pages' copy takes what it
// made (a global slot, keyed by the settings). In the dev server the
// pages' copy is recomputed when a content file's stamp changes, and the integration's when its watcher
// calls `forget()`.
import { astroCacheDir, settings } from '../settings.ts';
import type { Settings } from '../settings.ts';
import { checkContent } from '../model/load/check-content.ts';
import { asPastState } from '../model/checks/transitions.ts';
import type { CheckedContent } from '../model/load/check-content.ts';
import { emptyTree, gitSource, headCommit } from '../model/load/git-source.ts';
import { readHistory } from '../model/load/git-history.ts';
import type { Revision } from '../model/load/git-history.ts';
import { loadCorpus } from '../model/load/load-corpus.ts';
import { contentStamp } from '../model/load/stamp.ts';
import { applyProfile } from '../model/profile.ts';
import { buildGraph } from '../model/graph.ts';
import { isoToday } from '../model/dates.ts';
import type { Graph } from '../model/graph.ts';
import type { ProfiledCorpus } from '../model/profile.ts';
import { profiled, siteView } from './view.ts';
import type { BuildFacts, SiteView } from './view.ts';
import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { attachmentOf } from '../model/attachments.ts';
import type { DownloadType } from '../model/attachments.ts';

export type { BuildFacts, ClauseView, DocumentView, RuleView, SiteView, StageView } from './view.ts';

/** Checked content and its published part. */
export interface Content extends CheckedContent {
  readonly published: ProfiledCorpus & { readonly graph: Graph };
  readonly build: BuildFacts;
}

/** A history the build cannot use (a shallow clone): the build stops with this message. */
export class HistoryError extends Error {
  override name = 'HistoryError';
}

/**
 * `compute` once per content stamp: once per build, and again in the dev server after a file changed.
 * `forget()` drops every value (the integration's watcher).
 */
const memos: (() => void)[] = [];
function memo<T>(compute: () => Promise<T>): () => Promise<T> {
  let held: { stamp: string; value: Promise<T> } | undefined;
  memos.push(() => (held = undefined));
  return async () => {
    const now = await stamp();
    if (held?.stamp !== now) held = { stamp: now, value: compute() };
    return held.value;
  };
}

/** Forget what was computed (the dev server's watcher, after a content file changed). */
export function forget(): void {
  for (const drop of memos) drop();
}

/** Facts about a build with these settings. */
async function buildFacts({ root, asOf, profile, commit }: Settings): Promise<Content['build']> {
  return { profile, asOf, commit: commit ?? (await headCommit(root)), builtOn: isoToday() };
}

/**
 * The content and its published part without running the checks: for the content collections, the body
 * plugins and a build's pages (the integration checked everything before the build started, in its own
 * copy of this module; checking again in each copy cost a second per 1,000 documents). `problems` is empty.
 */
export const published: () => Promise<Content> = memo(async () => {
  // In a build, the integration's copy has loaded it already (one process, two copies of this module:
  // the integration's and the pages'): loaded once, not twice.
  const shared = sharedInBuild();
  if (shared) return { ...(await shared), problems: [] };
  const { root, profile } = settings();
  const corpus = await loadCorpus({ root });
  const loaded = { corpus, graph: buildGraph(corpus), problems: [] };
  return { ...loaded, published: profiled(loaded, profile), build: await buildFacts(settings()) };
});

/** In the dev server the content folder's stamp; in a build one constant (files do not change during it). */
async function stamp(): Promise<string> {
  return import.meta.env?.DEV ? contentStamp(path.join(settings().root, 'content')) : 'build';
}

/** The content under the settings' root, checked with every check, and the part this build publishes. */
export const content: () => Promise<Content> = memo(() => {
  const checked = checkedContent(settings());
  if (!import.meta.env?.DEV) (globalThis as Shared)[SHARED] = { key: settingsKey(), content: checked };
  return checked;
});

/** Where a build's first copy of this module leaves the checked content for the others. */
const SHARED = Symbol.for('clausebook.checked-content');
type Shared = { [SHARED]?: { key: string; content: Promise<Content> } };
const settingsKey = () => JSON.stringify(settings());

/** The checked content a copy of this module in this build process made with the same settings, if any. */
function sharedInBuild(): Promise<Content> | undefined {
  if (import.meta.env?.DEV) return undefined;
  const shared = (globalThis as Shared)[SHARED];
  return shared?.key === settingsKey() ? shared.content : undefined;
}

/** `content()` for the given settings, computed afresh: what a build with them checks (a test compares it with `check`). */
export async function checkedContent(given: Settings): Promise<Content> {
  const { root, asOf, profile, controlBase, past } = given;
  // What the last build or dev server parsed of unchanged files is reused, from beside Astro's cache.
  const loaded = await checkContent({ root, asOf, base: controlBase, cacheDir: path.join(astroCacheDir(profile, root), 'content') });
  // A past state predates checks added since: what they find in it is shown, not refused.
  const checked = past ? { ...loaded, problems: asPastState(loaded.problems) } : loaded;
  return { ...checked, published: profiled(checked, profile), build: await buildFacts(given) };
}

/** Everything the site shows, computed once. */
export const site: () => Promise<SiteView> = memo(async () => {
  // The dev server shows the content's problems on every page; a build's pages need none.
  const checked = import.meta.env?.DEV ? await content() : await published();
  return siteView({ content: checked, published: checked.published, build: checked.build, history: await history(checked), since: await since() });
});

/**
 * Revisions of every published document from git, newest first; undefined outside a git repository or
 * with CLAUSEBOOK_HISTORY=off. A shallow clone stops the build: its dates would be wrong.
 */
async function history({ published }: Content): Promise<ReadonlyMap<string, readonly Revision[]> | undefined> {
  if (!settings().history) return undefined;
  // A commit that touched a file holding anything withheld shows no subject (it may name that item).
  const result = await readHistory(settings().root, published.corpus.documents.map((d) => d.file), published.withheldFiles);
  if (result.ok) return result.revisions;
  if (result.reason === 'shallow') throw new HistoryError(`${result.message} Or build without revision history: CLAUSEBOOK_HISTORY=off.`);
  return undefined;
}

/**
 * The handbook at CLAUSEBOOK_SINCE (a commit of the repository at CLAUSEBOOK_GIT_ROOT, default the content
 * root), cut to this build's profile, for the audit pack's change log; undefined when unset.
 */
async function since(): Promise<{ corpus: Content['corpus']; commit: string; beginning: boolean } | undefined> {
  const { since: commit, gitRoot, root, profile } = settings();
  if (!commit) return undefined;
  const repository = gitRoot ?? root;
  const corpus = await loadCorpus({ root: repository, source: await gitSource(repository, commit) });
  return { corpus: applyProfile(corpus, profile).corpus, commit, beginning: commit === (await emptyTree(repository)) };
}

/** A published record's attachment offered as a download: its name under evidence/files/, type and size. */
export interface Download { readonly record: string; readonly name: string; readonly type: DownloadType; readonly bytes: number; readonly file: string }

/**
 * The downloads of this build: the attachments of the published records only (a withheld record's file has
 * no route, so nothing of it reaches the output), by record id.
 */
export const downloads: () => Promise<ReadonlyMap<string, Download>> = memo(async () => {
  const { graph } = await site();
  const { root } = settings();
  const out = new Map<string, Download>();
  for (const record of graph.evidence.values()) {
    const a = attachmentOf(record.data.location);
    if (a?.kind !== 'download') continue;
    const file = path.join(root, record.data.location);
    out.set(record.id, { record: record.id, name: a.name, type: a.type, bytes: (await stat(file)).size, file });
  }
  return out;
});

/** The bytes of a download, for its route. */
export const readDownload = async (d: Download): Promise<ArrayBuffer> => {
  const bytes = await readFile(d.file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
