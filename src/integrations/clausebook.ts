// Astro integration: refuse to build content with errors (the same checks and lines as `npm run check`),
// refuse to build over the output of a more restricted profile, and index with Pagefind. The coverage
// exports are pages of their own (src/pages/coverage.json.ts and its siblings).
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { prefixInternalUrls } from './base-path.ts';
import { headersFile, mergePolicies, pagePolicy } from './security-headers.ts';
import { BuildError } from './build-error.ts';
import { SettingsError } from '../settings.ts';
import { CONTENT_LANG, t, uiLocale } from '../i18n/index.ts';
import { writeIdPages } from './id-pages.ts';
import { isSearchable, searchableGlob } from './search-pages.ts';
import { DOCUMENTS_LOADER, provideCollections } from './collections-bridge.ts';
import { collections } from './document-loader.ts';
import { docPath } from '../model/routes.ts';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { formatCounts, formatProblem } from '../model/problem.ts';
import { contentVerdict } from './content-verdict.ts';
import { PROFILES, profileRank } from '../model/profile.ts';
import type { Profile } from '../model/profile.ts';
import { content, forget, HistoryError } from '../site/index.ts';
import { BaseRefError } from '../model/load/check-content.ts';
import { settings } from '../settings.ts';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';

/** Astro's way for an integration to have the content layer sync again (the dev server only). */
type RefreshContent = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['refreshContent'];

/** Written last into the output: what built it, so the next build can tell a more restricted one. */
export const BUILD_INFO = 'clausebook-build.json';

/** The clausebook build steps around Astro's own. */
export default function clausebook(): AstroIntegration {
  // The resolved base path, for build:done (which is not given the config).
  let base = '/';
  let outDir = '';
  return {
    name: 'clausebook',
    hooks: {
      'astro:config:setup': async ({ logger, command, config }) => {
        // The content collections load through this copy of the model (src/integrations/collections-bridge.ts).
        provideCollections(collections);
        try {
          await setup(logger, command, fileURLToPath(config.outDir));
        } catch (error) {
          // Printed as `check` prints problems, and the build stops: a thrown error would add Astro's
          // stack trace and hints about our code, which tell an editor nothing about their file.
          if (![BuildError, SettingsError, BaseRefError, HistoryError].some((kind) => error instanceof kind)) throw error;
          logger.error((error as Error).message);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        watchContent(server, logger, refreshContent);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { build, published } = await content();
        const out = (name: string) => fileURLToPath(new URL(name, dir));
        // The documents are Chinese whatever the UI language: segment them as such (Pagefind would
        // otherwise take the language from <html lang>, which follows CLAUSEBOOK_LOCALE).
        const { index, errors } = await pagefind.createIndex({ forceLanguage: CONTENT_LANG.toLowerCase() });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // The page pass first (it rewrites links below a path, and finds the pages Pagefind indexes); then
        // Pagefind reads those pages alone (src/integrations/search-pages.ts).
        const pages = await finishPages(fileURLToPath(dir), base);
        const glob = searchableGlob(pages.searchable);
        const added = await index.addDirectory({ path: fileURLToPath(dir), ...(glob ? { glob } : {}) });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        if (base !== '/') logger.info(`put ${base} in front of the site's own links in ${pages.rewritten} pages`);
        const policy = mergePolicies(pages.policies);
        if (!policy) throw new Error('no page carries a Content-Security-Policy: the security.csp setting of astro.config.mjs is missing');
        await writeFile(out('_headers'), headersFile(policy));
        // The /id/ pages after the pages are indexed (a redirect is no search result), written while Pagefind
        // writes its index in its own process (this one waited idle for it: 0.5-1 s at 1,000 documents).
        // Each carries the policy the header admits.
        const idPages = [...published.graph.docs.values()].map((doc) => ({ id: doc.id, target: docPath(doc.type, doc.file), title: doc.data.title }));
        const [written] = await Promise.all([
          index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }),
          writeIdPages(fileURLToPath(dir), idPages, { lang: uiLocale(), policy, redirecting: t('id.redirect'), base }),
        ]);
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        await writeFile(out(BUILD_INFO), `${JSON.stringify({ tool: 'clausebook', profile: build.profile, asOf: build.asOf, commit: build.commit ?? null }, null, 2)}\n`);
        logger.info(`the ${build.profile} site is in ${whereIs(outDir)} (${added.page_count} pages indexed for search); view it: ${previewCommand(outDir)}`);
      },
    },
  };
}

/** Check the content before Astro builds anything, and say what concerns this build. */
async function setup(logger: AstroIntegrationLogger, command: string, outDir: string): Promise<void> {
  const checked = await content();
  const { published: { corpus, withheld }, build: { profile } } = checked;
  const { relevant, counts, errors, refusal } = contentVerdict(checked);
  if (refusal !== undefined && command === 'build') throw new BuildError(refusal);
  // Standing warnings as one line with the command that lists them; errors (dev only) in full.
  if (errors.length) logger.error(errors.map(formatProblem).join('\n'));
  const list = `npm run check -- --profile ${profile}`;
  if (relevant.length) logger.warn(`content: ${formatCounts(counts)} for this ${profile} build (${list} lists them)`);
  else logger.info(`content: no errors or warnings for this ${profile} build`);
  if (command === 'build') await refuseMoreRestrictedOutput(outDir, profile);
  logger.info(`profile ${profile}: publishing ${corpus.documents.length} documents and ${corpus.evidence.length} evidence records`);
  if (withheld.size) logger.info(`withheld, classified above the ${profile} profile: ${[...withheld].sort().join(', ')}`);
}

/** A folder as a person would type it: relative to the working directory when below it. */
function whereIs(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? `${relative}/` : dir;
}

/** The command that serves `dir`: `npm run preview` reads CLAUSEBOOK_OUT_DIR as the build did. */
function previewCommand(dir: string): string {
  const where = whereIs(dir);
  return where === 'dist/' ? 'npm run preview' : `CLAUSEBOOK_OUT_DIR=${where.replace(/\/$/, '')} npm run preview`;
}

/**
 * A less restricted build must not start over the output of a more restricted one: a file the new
 * build does not overwrite would be published with it. The fix is to clean first.
 */
async function refuseMoreRestrictedOutput(outDir: string, profile: Profile): Promise<void> {
  const info = await readFile(`${outDir.replace(/\/?$/, '/')}${BUILD_INFO}`, 'utf8').catch(() => undefined);
  if (info === undefined) return;
  const previous = (JSON.parse(info) as { profile?: string }).profile;
  const rank = PROFILES.includes(previous as Profile) ? profileRank(previous as Profile) : Infinity;
  if (rank > profileRank(profile)) {
    throw new BuildError(
      `${outDir} still holds a ${previous ?? 'unknown'} build (${BUILD_INFO}), more restricted than this ${profile} build. ` +
        `Remove it before building: rm -rf ${outDir}`,
    );
  }
}

/**
 * `npm run dev`: when a content file is saved, re-run the checks, print the problems of that file
 * with file:line:col, bring the documents' collections in line (Astro writes its data store at once), and
 * reload the page; in dev every page shows the content's errors in a banner
 * (src/components/DevProblems.astro), so the error appears on save and disappears when fixed.
 */
function watchContent(server: ViteDevServer, logger: AstroIntegrationLogger, refreshContent: RefreshContent): void {
  const { root } = settings();
  const folder = path.join(root, 'content');
  server.watcher.add(folder);
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const recheck = async () => {
    const files = [...changed];
    changed.clear();
    forget();
    const { problems } = await content();
    const mine = problems.filter((p) => files.includes(p.file));
    if (mine.length) logger.warn(`${files.join(', ')}:\n${mine.map(formatProblem).join('\n')}`);
    else logger.info(`${files.join(', ')}: no problems`);
    await refreshContent?.({ loaders: [DOCUMENTS_LOADER] });
    server.hot.send({ type: 'full-reload', path: '*' });
  };
  const onEvent = (file: string) => {
    if (!file.startsWith(folder + path.sep)) return;
    changed.add(path.relative(root, file).split(path.sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => void recheck().catch((error: Error) => logger.error(error.message)), 50);
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);
}

/**
 * One pass over every page under `dir`: put `base` in front of its root-relative links (when the site
 * lives below a path), collect its Content-Security-Policy for `_headers`, and say whether it is searchable.
 */
async function finishPages(dir: string, base: string): Promise<{ rewritten: number; policies: string[]; searchable: string[] }> {
  let rewritten = 0;
  const policies: string[] = [];
  const searchable: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    // Read synchronously: one system call a page where an asynchronous read makes four round trips
    // through the thread pool (the handbook's 409 pages: 27 ms of reads so, 152 ms asynchronously).
    const html = readFileSync(file, 'utf8');
    const policy = pagePolicy(html);
    if (policy) policies.push(policy);
    if (isSearchable(html)) searchable.push(path.relative(dir, file).split(path.sep).join('/'));
    const prefixed = prefixInternalUrls(html, base);
    if (prefixed !== html) {
      writeFileSync(file, prefixed);
      rewritten++;
    }
  }
  return { rewritten, policies, searchable };
}
