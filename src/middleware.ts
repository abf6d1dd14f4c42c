import { defineMiddleware } from 'astro:middleware';
import { escapeAttributeBrackets } from './lib/site/escape-attributes.ts';

/** Every HTML page leaves with `<` and `>` escaped in attribute values (see escape-attributes.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(escapeAttributeBrackets(await response.text()), response);
});
