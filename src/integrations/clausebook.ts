// Astro integration: refuse to build content with errors (same messages as `npm run check`),
// and index the built site with Pagefind.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { runChecks } from '../model/checks/index.ts';
import { loadCorpus } from '../model/load/load-corpus.ts';
import { countProblems, formatProblem } from '../model/problem.ts';
import { buildAsOf, contentRoot } from './env.ts';
import { writeFile } from 'node:fs/promises';
import { toCoverageJson } from '../model/coverage-json.ts';
import { toCoverageCsv, toCoverageXlsx, toSoaCsv } from '../model/exports/index.ts';
import { loadSiteModel } from '../model/load/site-model.ts';

/** The clausebook build steps around Astro's own. */
export default function clausebook(): AstroIntegration {
  return {
    name: 'clausebook',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        const corpus = await loadCorpus({ root: contentRoot() });
        const problems = runChecks(corpus, { asOf: buildAsOf() });
        const { errors, warnings } = countProblems(problems);
        const text = problems.map(formatProblem).join('\n');
        if (errors > 0 && command === 'build') {
          throw new Error(`content has ${errors} error(s) and ${warnings} warning(s); fix them and build again:\n\n${text}\n`);
        }
        if (problems.length) logger.warn(`${errors} error(s), ${warnings} warning(s):\n${text}`);
        logger.info(`checked ${corpus.documents.length} documents and ${corpus.evidence.length} evidence records`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The coverage exports auditors download from the matrix page, from the same computation as the pages.
        const { corpus, coverage } = await loadSiteModel(contentRoot(), buildAsOf());
        const out = (name: string) => fileURLToPath(new URL(name, dir));
        await writeFile(out('coverage.json'), toCoverageJson(coverage));
        await writeFile(out('coverage.csv'), toCoverageCsv(coverage));
        await writeFile(out('soa.csv'), toSoaCsv(coverage));
        const evidence = corpus.evidence.filter((e) => e.data !== undefined);
        await writeFile(out('coverage.xlsx'), await toCoverageXlsx(coverage, evidence, corpus.applicability?.data.exclusions ?? []));
        logger.info('wrote coverage.json, coverage.csv, coverage.xlsx and soa.csv');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}
