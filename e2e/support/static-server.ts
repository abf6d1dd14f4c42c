/**
 * A tiny static host for a built site on 127.0.0.1 (port 0), serving it under a sub-path the way
 * GitHub Pages serves a project site under `/repo/`. It gzips text like such hosts do, and logs
 * every request with the bytes it sent, so tests and the benchmark can count what a page costs.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface ServedRequest {
  /** Path as requested, including the base. */
  path: string;
  status: number;
  /** Bytes of the response body as sent (after gzip when the client asked for it). */
  bytes: number;
}

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  /** Absolute URL of a site path, e.g. url('sprints/') → origin + base + 'sprints/'. */
  url(path?: string): string;
  /** Every request served so far, in order. */
  log: ServedRequest[];
  close(): Promise<void>;
}

/** Serves `root` under `base` (which starts and ends with "/"); anything outside the base is a 404. */
export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/", got "${base}"`);
  const log: ServedRequest[] = [];
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      path = '\0malformed';
    }
    const record = (status: number, bytes: number): void => {
      log.push({ path, status, bytes });
    };
    const file = resolveFile(root, base, path);
    if (!file) {
      // Like GitHub Pages: the site's own 404.html for anything missing under the base.
      const page = path.startsWith(base) ? readIfFile(join(root, '404.html')) : undefined;
      const body = page ?? Buffer.from('not found');
      response.writeHead(404, { 'content-type': page ? TYPES['.html']! : 'text/plain', 'content-length': body.length }).end(body);
      record(404, body.length);
      return;
    }
    if (file.redirect) {
      response.writeHead(301, { location: file.redirect, 'content-length': 0 }).end();
      record(301, 0);
      return;
    }
    const ext = extname(file.path);
    const headers: Record<string, string | number> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) {
      const body = gzipSync(readFileSync(file.path));
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(request.method === 'HEAD' ? undefined : body);
      record(200, body.length);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': file.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file.path).pipe(response);
    record(200, file.size);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readIfFile(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function resolveFile(root: string, base: string, path: string): { path: string; size: number; redirect?: string } | undefined {
  if (path === base.slice(0, -1) && base !== '/') return { path: '', size: 0, redirect: base };
  if (!path.startsWith(base)) return undefined;
  const relative = normalize(path.slice(base.length));
  if (relative.startsWith('..') || relative.includes(`${sep}..${sep}`)) return undefined;
  const candidate = join(root, relative);
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      const stat = statSync(file);
      if (stat.isFile()) {
        // A directory without its trailing slash redirects, as static hosts do.
        if (file !== candidate && !path.endsWith('/')) return { path: file, size: 0, redirect: `${path}/` };
        return { path: file, size: stat.size };
      }
    } catch {
      // not this one
    }
  }
  return undefined;
}
