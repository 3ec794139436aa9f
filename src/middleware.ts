// Every page's HTML passes here once, in the build and in the dev server: ids and dates in table cells
// are kept on one line (src/site/keep-together.ts). Other responses (downloads, exports) pass untouched.
import { defineMiddleware } from 'astro:middleware';
import { keepTogether } from './site/keep-together.ts';

export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(keepTogether(await response.text()), { status: response.status, headers: response.headers });
});
