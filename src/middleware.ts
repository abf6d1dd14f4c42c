import { defineMiddleware } from 'astro:middleware';
import { searchCollector } from './integrations/search-collector.ts';

/**
 * During `astro build`, hands each HTML page to the search integration as soon as it is rendered,
 * so Pagefind (a separate process, on the other core) indexes while later pages are still being
 * generated, and the page is escaped (`<`, `>` in attribute values) without a second pass over the
 * built files. Outside a build (dev, preview) there is no collector and pages pass through.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collector = searchCollector();
  if (!collector || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const base = import.meta.env.BASE_URL;
  let path = context.url.pathname;
  if (path.startsWith(base)) path = `/${path.slice(base.length)}`;
  const html = collector.page(path, await response.text());
  return new Response(html, response);
});
