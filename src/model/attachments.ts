// Evidence attachments: what the site does with a record's `location`. A Markdown file in the repository
// renders as part of the record's page; a file of a type people open with an office or PDF reader is offered
// as a download; an https URL is a link that leaves the site. Anything else in the repository (an HTML page,
// an SVG, a script) is refused (CB409): served from the handbook's own origin it could run in readers'
// browsers. The check, the site's download routes and the record page all ask this module.

/** File types offered as downloads, by lower-case extension. */
export const DOWNLOAD_TYPES = ['pdf', 'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'csv', 'txt', 'png', 'jpg', 'jpeg', 'zip'] as const;
export type DownloadType = (typeof DOWNLOAD_TYPES)[number];

/** Where a repository attachment is served, below the site's root. */
export const ATTACHMENT_ROUTE = 'evidence/files';

export type Attachment =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'page'; readonly name: string }
  | { readonly kind: 'download'; readonly name: string; readonly type: DownloadType }
  | { readonly kind: 'refused'; readonly name: string; readonly ext: string };

/** How a location under `<contentDir>/evidence/files/` or an https URL is shown; undefined for a location CB403 refuses. */
export function attachmentOf(location: string, contentDir = 'content'): Attachment | undefined {
  if (/^https:\/\//i.test(location)) return { kind: 'external', url: location };
  const prefix = `${contentDir}/evidence/files/`;
  if (!location.startsWith(prefix)) return undefined;
  const name = location.slice(prefix.length);
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'md') return { kind: 'page', name };
  return (DOWNLOAD_TYPES as readonly string[]).includes(ext) ? { kind: 'download', name, type: ext as DownloadType } : { kind: 'refused', name, ext };
}
