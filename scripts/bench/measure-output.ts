/** Static figures of a built site, read from its out dir: pages, page weight, script weight, index weight. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageSize {
  /** Path inside the out dir, e.g. "sprints/x/index.html". */
  file: string;
  raw: number;
  gzip: number;
}

/** Every file under `dir`, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** HTML pages of a build (every .html file: what a static host serves as a page). */
export function listPages(outDir: string): string[] {
  return listFiles(outDir).filter((file) => file.endsWith('.html'));
}

/** Raw and gzip (level 9, as static hosts precompress) size of one file. */
export function sizeOf(outDir: string, file: string): PageSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Script bytes a page makes the browser fetch or parse on load: inline scripts plus the files named by
 * `<script src>` and `<link rel="modulepreload">`, counted once per page. Code a page only imports
 * later (Pagefind, on opening search) is not counted here; the first-search figure covers it.
 */
export function pageScriptBytes(outDir: string, base: string, file: string): { raw: number; gzip: number } {
  const html = readFileSync(join(outDir, file), 'utf8');
  let raw = 0;
  let gzip = 0;
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(attributes!)?.[1];
    if (src) continue;
    raw += Buffer.byteLength(body!);
    gzip += gzipSync(body!, { level: 9 }).length;
  }
  const urls = new Set<string>();
  for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gi)) urls.add(src!);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/rel="modulepreload"/i.test(tag)) urls.add(/href="([^"]+)"/i.exec(tag)?.[1] ?? '');
  }
  for (const url of urls) {
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const path = url.startsWith('/') ? url.slice(base.length) : join(file, '..', url);
    try {
      const size = sizeOf(outDir, path);
      raw += size.raw;
      gzip += size.gzip;
    } catch {
      // a missing script is the link checker's business, not the weigher's
    }
  }
  return { raw, gzip };
}

/** Total bytes and file count of the Pagefind bundle (code and index) under `<outDir>/pagefind`. */
export function searchIndexBytes(outDir: string): { bytes: number; files: number; indexBytes: number } {
  const dir = join(outDir, 'pagefind');
  let files: string[];
  try {
    files = listFiles(dir);
  } catch {
    return { bytes: 0, files: 0, indexBytes: 0 };
  }
  let bytes = 0;
  let indexBytes = 0;
  for (const file of files) {
    const size = statSync(join(dir, file)).size;
    bytes += size;
    // The index proper: word index chunks, filters, fragments and the entry; the rest is UI code.
    if (/^(index|filter|fragment)\//.test(file) || file === 'pagefind-entry.json' || file.endsWith('.pf_meta')) indexBytes += size;
  }
  return { bytes, files: files.length, indexBytes };
}
