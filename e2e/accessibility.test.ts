import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openFencedContext } from './support/browser.ts';
import { findSprintPath } from './support/pages.ts';
import { startSite, type RunningSite } from './support/site.ts';
import { buildSiteWorld, SPRINTS } from './support/site-world.ts';

let site: RunningSite;
/** One page of each type; `null` path: the sprint page, found once the site is built. */
const PAGE_TYPES: { name: string; path: string | null }[] = [
  { name: 'home', path: '' },
  { name: 'sprint', path: null },
  { name: 'team index', path: 'teams/' },
  { name: 'team', path: 'teams/growth/' },
  { name: 'OKR overview', path: 'okrs/' },
  { name: 'OKR', path: 'okrs/growth/2025-q4/' },
  { name: 'people index', path: 'people/' },
  { name: 'person', path: 'people/alice/' },
  { name: 'search', path: 'search/' },
  { name: 'about', path: 'about/' },
];
let pageTypes: [string, string][];

beforeAll(async () => {
  site = await startSite('accessibility', buildSiteWorld());
  const sprint = findSprintPath(site.outDir, SPRINTS[2]!.label);
  pageTypes = PAGE_TYPES.map(({ name, path }) => [name, path ?? sprint]);
});
afterAll(async () => {
  await site?.close();
});

/** Runs axe (WCAG 2.x A and AA plus best practices) and returns one line per violation and node. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.slice(0, 3).map((node) => `${violation.impact} ${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
  );
}

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (scheme) => {
  test.each(PAGE_TYPES.map((type, index) => ({ ...type, index })))('axe finds no violations on the $name page', async ({ index }) => {
    const [name, path] = pageTypes[index]!;
    const fence = await openFencedContext(site.browser, site.server.origin, { colorScheme: scheme });
    try {
      const page = await fence.newPage();
      const response = await page.goto(site.server.url(path));
      expect(response?.status(), `${name} page (${path}) exists`).toBe(200);
      expect({ page: name, violations: await axeViolations(page) }).toEqual({ page: name, violations: [] });
    } finally {
      await fence.context.close();
    }
  }, 60_000);
});

describe('reading aids', () => {
  test('the theme toggle switches light to dark and the choice survives navigation', async () => {
    const fence = await openFencedContext(site.browser, site.server.origin, { colorScheme: 'light' });
    try {
      const page = await fence.newPage();
      await page.goto(site.server.url());
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      const toggle = page.getByRole('button', { name: /theme|dark|light|mode/i }).first();
      await toggle.click();
      await page.waitForTimeout(200);
      const toggled = await background();
      expect(toggled).not.toBe(light);
      // Pressed, it says so to screen readers and shows a tick that is not part of its name.
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(toggle.evaluate((node) => getComputedStyle(node, '::before').content)).resolves.toContain('✓');
      await expect(page.getByRole('button', { name: 'Dark theme', exact: true }).count()).resolves.toBe(1);
      await page.goto(site.server.url('teams/'));
      expect(await background()).toBe(toggled);
    } finally {
      await fence.context.close();
    }
  });

  test('a skip link is the first focusable element and moves focus to the main content', async () => {
    const fence = await openFencedContext(site.browser, site.server.origin);
    try {
      const page = await fence.newPage();
      await page.goto(site.server.url(findSprintPath(site.outDir, SPRINTS[0]!.label)));
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused.innerText()).resolves.toMatch(/skip/i);
      const target = await focused.getAttribute('href');
      expect(target).toMatch(/^#/);
      await expect(page.locator(`main${target}, main ${target}, ${target} main, ${target}[role="main"]`).count()).resolves.toBeGreaterThan(0);
    } finally {
      await fence.context.close();
    }
  });

  test('pages fit a 360 px wide screen without horizontal scrolling', async () => {
    const fence = await openFencedContext(site.browser, site.server.origin, { viewport: { width: 360, height: 740 } });
    try {
      const page = await fence.newPage();
      const overflowing: string[] = [];
      for (const [name, path] of pageTypes) {
        await page.goto(site.server.url(path));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) overflowing.push(`${name}: ${width}px`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await fence.context.close();
    }
  }, 120_000);
});
