// Astro configuration: static output and the clausebook integration (checks + search index). Document
// bodies are rendered by the documents' content loader (src/integrations/document-loader.ts), not as MDX
// modules; Astro's Markdown processor renders the evidence records kept as Markdown, with the same plugins.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import clausebook from './src/integrations/clausebook.ts';
import { REHYPE_PLUGINS, REMARK_PLUGINS } from './src/integrations/body-pipeline.ts';
import { SettingsError, astroCacheDir, settings } from './src/settings.ts';

// Every setting comes from src/settings.ts; a bad one stops here with one line (variable, value, fix).
const { outDir, base, profile, root } = (() => {
  try {
    return settings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();

export default defineConfig({
  outDir,
  // Served below a path, e.g. a GitHub Pages project site: CLAUSEBOOK_BASE=/collab-handbook/.
  base,
  // Astro's content cache beside its .astro/ folder, not in node_modules/: a private project copy
  // (scripts/lib/astro-build.ts) links node_modules/ and must not share the cache with other builds.
  // One cache per profile and content root: the profile decides which files the collections hold, and
  // Astro keeps an entry whose text is unchanged even when it now comes from another folder (a build of
  // another root would then read files that are gone). Both are the cache's key; builds need no --force.
  cacheDir: astroCacheDir(profile, root),
  trailingSlash: 'always',
  // Stylesheets as files (cached once for every page), never inlined into each page's HTML. Four pages
  // rendered at a time: a page's render waits on its file write, and one at a time left the process idle
  // for 40 % of the rendering (1,000 documents: rendering 5.0 -> 4.1 s; the handbook's 1.55 -> 1.33 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro's own log without its line per generated page (src/integrations/build-log.ts).
  logger: { entrypoint: new URL('./src/integrations/build-log.ts', import.meta.url) },
  // `:rule[id]` becomes the rule's value, linked to its defining document (src/integrations/remark-rules.ts).
  // Links to documents the build's profile withholds become restricted ids (see src/model/profile.ts).
  // Bodies become the declared MDX subset: nothing from a document runs or loads from another host
  // (src/integrations/rehype-content-policy.ts; `check` reports the same as CB307-CB309).
  // No syntax highlighting: code blocks stay plain (no inline styles; the handbook shows commands, not code).
  // Chinese quotation marks for straight quotes, not Astro's English smartypants (src/integrations/remark-quotes.ts).
  markdown: { processor: unified({ smartypants: false, remarkPlugins: REMARK_PLUGINS, rehypePlugins: REHYPE_PLUGINS }), syntaxHighlight: false },
  integrations: [clausebook()],
  // A Content-Security-Policy <meta> on every page: scripts and styles from this site only (Astro adds the
  // hashes of what it bundles), WebAssembly for Pagefind's search, nothing from another host, no plugins,
  // no frames. The same policy as an HTTP header for hosts that set headers: SECURITY.md.
  // Vite's own cache (pre-bundled dependencies) beside Astro's, not in node_modules/.vite: a private project
  // copy links node_modules/, and two builds re-optimising into one folder at once failed with ENOTEMPTY.
  vite: { cacheDir: `${astroCacheDir(profile, root)}vite` },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
