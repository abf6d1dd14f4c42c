import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeAttributeBrackets } from '../lib/site/escape-attributes.ts';
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
 * After `astro build`, reads every built page once: escapes `<` and `>` in its attribute values
 * (rewriting the file only when one had any; see escape-attributes.ts) and indexes it with
 * Pagefind's Node API. Only pages with a `data-pagefind-body` element are indexed, and only that
 * element (not the navigation); sprint pages are split into one record per team update.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'sprint-archive:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          check('start', created);
          const index = created.index!;
          const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
          let records = 0;
          await Promise.all(
            files.map(async (file) => {
              const built = await readFile(join(site, file), 'utf8');
              const html = escapeAttributeBrackets(built);
              if (html !== built) await writeFile(join(site, file), html);
              if (!html.includes('data-pagefind-body')) return;
              for (const record of splitSearchRecords(html, pageUrl(file))) {
                check(`index ${record.url}`, await index.addHTMLFile(record));
                records++;
              }
            }),
          );
          const added = performance.now();
          check('write the index', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
          const ms = (from: number, to = performance.now()) => Math.round(to - from);
          logger.info(`Indexed ${records} search records from ${files.length} pages in ${ms(started)} ms (read and add ${ms(started, added)} ms, write ${ms(added)} ms).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
