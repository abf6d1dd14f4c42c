import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFencedContext } from './support/browser.ts';
import { findSprintPath, listHtmlPages } from './support/pages.ts';
import { startSite, type RunningSite } from './support/site.ts';
import { buildSiteWorld, SPRINTS } from './support/site-world.ts';

let site: RunningSite;

beforeAll(async () => {
  site = await startSite('budget', buildSiteWorld());
});
afterAll(async () => {
  await site?.close();
});

const htmlOf = (path: string) => readFileSync(join(site.outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');

describe('HTML and CSS first', () => {
  test('no page has more than one inline script, and none is over 2 KB', () => {
    const pages = listHtmlPages(site.outDir);
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const path of pages) {
      const inline = [...htmlOf(path).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\ssrc\s*=/i.test(attributes!));
      if (inline.length > 1) problems.push(`${path}: ${inline.length} inline scripts`);
      for (const [, , body] of inline) {
        const bytes = Buffer.byteLength(body!);
        if (bytes > 2048) problems.push(`${path}: an inline script of ${bytes} bytes`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('a sprint page loads no Pagefind code, throws no error and talks only to its own origin', async () => {
    const fence = await openFencedContext(site.browser, site.server.origin);
    try {
      const page = await fence.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(site.server.url(findSprintPath(site.outDir, SPRINTS[1]!.label)), { waitUntil: 'networkidle' });
      expect(scripts.filter((url) => url.includes('/pagefind/'))).toEqual([]);
      expect(fence.blocked).toEqual([]);
      expect(fence.pageErrors).toEqual([]);
    } finally {
      await fence.context.close();
    }
  });

  test('page titles carry the sprint title and the site name', () => {
    const path = findSprintPath(site.outDir, SPRINTS[3]!.label);
    const title = /<title>([^<]*)<\/title>/.exec(htmlOf(path))?.[1] ?? '';
    expect(title).toMatch(SPRINTS[3]!.label);
  });

  test('the build writes an RSS feed and a sitemap with absolute URLs under the base', () => {
    const rss = readFileSync(join(site.outDir, 'rss.xml'), 'utf8');
    expect(rss).toMatch(/<rss\b/);
    expect(rss).toContain(`http://127.0.0.1${site.base}sprints/`);
    const sitemap = listHtmlPages(site.outDir).length && readFileSync(join(site.outDir, 'sitemap-index.xml'), 'utf8');
    expect(sitemap).toContain(`http://127.0.0.1${site.base}`);
  });
});
