import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFencedContext, type Fence } from './support/browser.ts';
import { findSprintPath, listHtmlPages } from './support/pages.ts';
import { startSite, type RunningSite } from './support/site.ts';
import { buildSiteWorld, SPRINTS } from './support/site-world.ts';

let site: RunningSite;
let fence: Fence;

beforeAll(async () => {
  site = await startSite('navigation', buildSiteWorld());
  fence = await openFencedContext(site.browser, site.server.origin);
});
afterAll(async () => {
  await site?.close();
});

describe('navigation under a sub-path base', () => {
  test('a reader goes from the home page to a sprint, to a team, to its OKR history by clicking links', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url());
    const main = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);

    await main.getByRole('link', { name: SPRINTS[1]!.label }).first().click();
    await page.waitForURL(/\/sprint-archive\/sprints\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(SPRINTS[1]!.label);
    await expect(page.locator('#team-growth').count(), 'the sprint page has a #team-growth section').resolves.toBe(1);

    await page.getByRole('main').locator('a[href$="/teams/growth/"]').first().click();
    await page.waitForURL(/\/sprint-archive\/teams\/growth\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/Growth/);

    await page.getByRole('main').locator('a[href*="/okrs/growth/2025-q3/"]').first().click();
    await page.waitForURL(/\/sprint-archive\/okrs\/growth\/2025-q3\/$/);
    const grid = page.getByRole('main').getByRole('table').first();
    await expect(grid.innerText()).resolves.toMatch(/Make Growth faster/);
    // Status is told in words, not colour alone.
    await expect(grid.innerText()).resolves.toMatch(/on track|at risk|off track|done/i);
    expect(fence.blocked).toEqual([]);
    await page.close();
  }, 60_000);

  test('a team page links each sprint it posted in to that sprint’s team section', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url('teams/growth/'));
    const hrefs = await page.getByRole('main').locator('a[href*="/sprints/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.filter((href) => href?.endsWith('#team-growth')).length).toBeGreaterThanOrEqual(SPRINTS.length);
    await page.close();
  });

  test('every internal link and fragment on every page resolves inside the base path', () => {
    const pages = listHtmlPages(site.outDir);
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (path: string) => {
      if (!idsOf.has(path)) {
        const html = readFileSync(join(site.outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');
        idsOf.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
      }
      return idsOf.get(path)!;
    };
    for (const path of pages) {
      const html = readFileSync(join(site.outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');
      for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const value = raw!.replaceAll('&amp;', '&');
        if (/^(https?:|mailto:|data:)/.test(value) && !value.startsWith('http://127.0.0.1')) continue;
        const url = new URL(value, `http://127.0.0.1${site.base}${path}`);
        if (!url.pathname.startsWith(site.base)) {
          problems.push(`${path}: ${attribute}="${value}" leaves the base ${site.base}`);
          continue;
        }
        const target = decodeURIComponent(url.pathname.slice(site.base.length));
        const file = join(site.outDir, target.endsWith('/') || target === '' ? `${target}index.html` : target);
        if (!existsSync(file)) {
          problems.push(`${path}: ${attribute}="${value}" points to nothing`);
          continue;
        }
        if (url.hash.length > 1 && file.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) {
          problems.push(`${path}: ${attribute}="${value}" names a missing anchor`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('each sprint of the archive has its own page', () => {
    for (const sprint of SPRINTS) expect(findSprintPath(site.outDir, sprint.label)).toMatch(/^sprints\/[^/]+\/$/);
  });

  test('a wrong URL under the base serves a 404 page that leads back home', async () => {
    expect(existsSync(join(site.outDir, '404.html')), 'the build writes 404.html, which static hosts serve').toBe(true);
    const page = await fence.newPage();
    const response = await page.goto(site.server.url('sprints/no-such-sprint/'));
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: /home|archive|sprints/i }).first().click();
    await page.waitForURL((url) => url.pathname === site.base);
    await page.close();
  });
});
