// Site addresses of documents, evidence and fixed pages: one definition for the site and the link check.
import { DOC_TYPES } from '../schema/index.ts';
import type { DocType } from '../schema/index.ts';

/** Fixed pages every build has (document-type indexes included). */
export const STATIC_ROUTES: readonly string[] = [
  '/',
  ...Object.values(DOC_TYPES).map((t) => `/${t.folder}/`),
  '/evidence/',
  '/coverage/',
  '/clauses/',
  '/applicability/',
  '/search/',
  '/reviews/',
  '/glossary/',
  '/rules/',
  '/guide/',
  '/audit/',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `/stages/${n}/`),
  // Objectives register.
  '/objectives/',
];

/** `/sops/partner-selection/` for `content/sops/partner-selection.mdx`. */
export function docPath(type: DocType, file: string, contentDir = 'content'): string {
  const folder = DOC_TYPES[type].folder;
  const slug = file.slice(`${contentDir}/${folder}/`.length).replace(/\.mdx$/, '').toLowerCase();
  return `/${folder}/${slug}/`;
}

/** `/id/SOP-004/`: the address that survives renaming the file. */
export function idPath(id: string): string {
  return `/id/${id}/`;
}

/** `/evidence/EV-2026-014/`. */
export function evidencePath(id: string): string {
  return `/evidence/${id}/`;
}

/** `/clauses/8.5/`: a clause's page, with its state and proof. */
export function clausePath(ref: string): string {
  return `/clauses/${ref.slice(ref.indexOf(':') + 1)}/`;
}

/** Anchor id of a clause row. */
export function clauseAnchor(ref: string): string {
  return ref.replace(':', '-');
}

/** "Edit this page": the file in the repository's web editor. */
export function editUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${file}`;
}

/**
 * A site-relative address as the site resolves it: percent-decoded, without query and fragment, lower
 * case, ending in `/`; undefined for an address with a scheme, another host, or that does not decode.
 */
export function normalisedPath(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  let path = url.replace(/[?#].*$/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  return `${path.replace(/\/+$/, '').toLowerCase()}/`;
}

/** The id an `/id/…/` or `/evidence/…/` address names, however written (`/id/sop%2D004`, `/ID/sop-004/`), in upper case. */
export function linkedId(url: string): string | undefined {
  const match = /^\/(?:id|evidence)\/([^/]+)\/$/.exec(normalisedPath(url) ?? '');
  return match?.[1]?.toUpperCase();
}
