// Serving the site below a path (GitHub Pages project sites: https://org.github.io/<repo>/): the pages write
// root-relative links (`/sops/…`, `/id/SOP-004/`, and the authors' `/id/` links in bodies), so after the build
// every root-relative URL in the HTML gets the base in front. Astro's own asset URLs already carry it.

export { normaliseBase } from '../settings.ts';

const ATTRIBUTE = /(\s(?:href|src|action|poster)=")(\/(?!\/)[^"]*)"/g;
const REFRESH = /(<meta http-equiv="refresh" content="\d+;\s*url=)(\/(?!\/)[^"]*)"/g;

/** Put `base` in front of every root-relative URL in attributes (and meta refresh) that lacks it. */
export function prefixInternalUrls(html: string, base: string): string {
  if (base === '/') return html;
  const add = (url: string) => (url.startsWith(base) ? url : `${base}${url.slice(1)}`);
  return html.replace(ATTRIBUTE, (_, head: string, url: string) => `${head}${add(url)}"`).replace(REFRESH, (_, head: string, url: string) => `${head}${add(url)}"`);
}
