import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeAttributeBrackets } from '../lib/site/escape-attributes.ts';
import { countArchiveComments, OVERLAP_LIMIT } from './archive-size.ts';
import { setSearchCollector } from './search-collector.ts';
import { splitSearchRecords } from './search-records.ts';

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
 * Indexes the built site with Pagefind's Node API. The index is created when the build starts and
 * the middleware (src/middleware.ts, through search-collector.ts) hands it every page as soon as it
 * is rendered, escaped (`<` and `>` in attribute values; see escape-attributes.ts): Pagefind runs in
 * its own process, so indexing overlaps page generation instead of following it. After the build,
 * any page the middleware did not see is read, escaped and indexed the same way, and the index is
 * written. Only pages with a `data-pagefind-body` element are indexed, and only that element (not
 * the navigation); sprint pages are split into one record per team update.
 */
export function searchIndex(): AstroIntegration {
  type Pagefind = typeof import('pagefind');
  let pagefind: Pagefind | undefined;
  let index: import('pagefind').PagefindIndex | undefined;
  let started = 0;
  let records = 0;
  const seen = new Set<string>();
  const pending: Promise<void>[] = [];

  const add = (html: string, url: string): void => {
    if (!html.includes('data-pagefind-body')) return;
    for (const record of splitSearchRecords(html, url)) {
      records++;
      pending.push(index!.addHTMLFile(record).then((response) => check(`index ${record.url}`, response)));
    }
  };

  const createIndex = async (): Promise<void> => {
    if (index) return;
    pagefind = await import('pagefind');
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check('start', created);
    index = created.index!;
  };

  return {
    name: 'sprint-archive:search',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        started = performance.now();
        const comments = countArchiveComments();
        if (comments > OVERLAP_LIMIT) {
          logger.info(`${comments} comments: indexing for search after the pages are built (less peak memory).`);
          return;
        }
        await createIndex();
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
          await createIndex();
          if (!index) throw new SearchIndexError('start', ['no index']);
          const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
          const unseen = files.filter((file) => !seen.has(pageUrl(file)));
          await Promise.all(
            unseen.map(async (file) => {
              const built = await readFile(join(site, file), 'utf8');
              const html = escapeAttributeBrackets(built);
              if (html !== built) await writeFile(join(site, file), html);
              add(html, pageUrl(file));
            }),
          );
          await Promise.all(pending);
          const added = performance.now();
          check('write the index', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
          const ms = (from: number, to = performance.now()) => Math.round(to - from);
          logger.info(`Indexed ${records} search records from ${files.length} pages (${unseen.length} read after the build) in ${ms(started)} ms since the build started (after the pages: add ${ms(generated, added)} ms, write ${ms(added)} ms).`);
        } finally {
          seen.clear();
          pending.length = 0;
          await pagefind?.close();
        }
      },
    },
  };
}
