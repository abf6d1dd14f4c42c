import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeAttributeBrackets } from '../lib/site/escape-attributes.ts';
import { setSearchCollector } from './search-collector.ts';
import { searchRecord, type SearchRecord } from './search-records.ts';

const IN_FLIGHT = 4;

/** Pagefind failed: `errors` are Pagefind's own messages, `step` says what it was doing. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
  readonly step: string;
  readonly errors: string[];
  constructor(step: string, errors: string[]) {
    super(`Pagefind could not ${step}: ${errors.join('; ')}. The pages are built but search is not; fix the cause and rebuild.`);
    this.step = step;
    this.errors = errors;
  }
}

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
}

/** Site-relative URL of a built HTML file: "sprints/x/index.html" → "/sprints/x/". */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * Indexes the built site with Pagefind's Node API, one record per page (see search-records.ts). The
 * middleware (src/middleware.ts, through search-collector.ts) hands the integration every page as
 * soon as it is rendered, escaped (`<` and `>` in attribute values; see escape-attributes.ts), and
 * its record is sent to Pagefind, which runs in its own process: indexing overlaps page generation
 * instead of following it (on a 1,300-sprint archive that takes 11 s off the build). Any page the
 * middleware did not see is read after the build, escaped and indexed the same way, and then the
 * index is written.
 */
export function searchIndex(): AstroIntegration {
  type Pagefind = typeof import('pagefind');
  let pagefind: Pagefind | undefined;
  let index: import('pagefind').PagefindIndex | undefined;
  let started = 0;
  let records = 0;
  const seen = new Set<string>();
  const queue: SearchRecord[] = [];
  let sending: Promise<void> | undefined;
  let failure: unknown;

  // A few records in flight at a time: Pagefind answers each in turn, and anything more would only
  // sit in the pipe to its process as another copy of the page.
  const drain = async (): Promise<void> => {
    const next = async (): Promise<void> => {
      for (let record = queue.shift(); record; record = queue.shift()) {
        check(`index ${record.url}`, await index!.addHTMLFile(record));
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, next));
  };
  const send = (): void => {
    if (!index || sending || failure || queue.length === 0) return;
    // Kept, not thrown, mid-build: the build's end reports it (flush) instead of an unhandled rejection.
    sending = drain()
      .catch((error: unknown) => void (failure = error))
      .finally(() => (sending = undefined));
  };
  const add = (html: string, url: string): void => {
    const record = searchRecord(html, url);
    if (!record) return;
    records++;
    queue.push(record);
    send();
  };
  const flush = async (): Promise<void> => {
    send();
    while (sending) {
      await sending;
      send();
    }
    if (failure) throw failure;
  };

  return {
    name: 'sprint-archive:search',
    hooks: {
      'astro:build:start': async () => {
        started = performance.now();
        pagefind = await import('pagefind');
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        check('start', created);
        index = created.index!;
        setSearchCollector({
          page(path, built) {
            const html = escapeAttributeBrackets(built);
            seen.add(path);
            add(html, path);
            return html;
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setSearchCollector(undefined);
        const site = fileURLToPath(dir);
        try {
          const generated = performance.now();
          if (!index) throw new SearchIndexError('start', ['no index']);
          const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
          const unseen = files.filter((file) => !seen.has(pageUrl(file)));
          for (const file of unseen) {
            const built = await readFile(join(site, file), 'utf8');
            const html = escapeAttributeBrackets(built);
            if (html !== built) await writeFile(join(site, file), html);
            add(html, pageUrl(file));
          }
          await flush();
          const added = performance.now();
          check('write the index', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
          const ms = (from: number, to = performance.now()) => Math.round(to - from);
          logger.info(`Indexed ${records} pages for search (${unseen.length} read after the build) in ${ms(started)} ms since the build started (after the pages: add ${ms(generated, added)} ms, write ${ms(added)} ms).`);
        } finally {
          seen.clear();
          queue.length = 0;
          await pagefind?.close();
        }
      },
    },
  };
}
