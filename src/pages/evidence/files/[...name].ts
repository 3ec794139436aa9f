// A published record's attachment, as the file itself (a PDF, an Office file, an image): one route per
// download of the build's published records; the host serves it as an attachment (see _headers).
import type { APIRoute } from 'astro';
import { downloads, readDownload } from '../../../site/index.ts';
import type { Download } from '../../../site/index.ts';

export async function getStaticPaths() {
  return [...(await downloads()).values()].map((d) => ({ params: { name: d.name }, props: { download: d } }));
}

export const GET: APIRoute<{ download: Download }> = async ({ props }) => new Response(await readDownload(props.download));
