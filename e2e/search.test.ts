import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFencedContext, type Fence } from './support/browser.ts';
import { findSprintPath } from './support/pages.ts';
import { chooseFilter, openSearchByShortcut, resultHrefs, searchInput, searchScope } from './support/search.ts';
import { startSite, type RunningSite } from './support/site.ts';
import { buildSiteWorld, COMMENT_ONLY_WORD, LATE_TEAM, SPRINTS } from './support/site-world.ts';

let site: RunningSite;
let fence: Fence;
let sprintPaths: string[];

beforeAll(async () => {
  site = await startSite('search', buildSiteWorld());
  fence = await openFencedContext(site.browser, site.server.origin);
  sprintPaths = SPRINTS.map((sprint) => findSprintPath(site.outDir, sprint.label));
});
afterAll(async () => {
  await site?.close();
});

const pagefindRequests = (requests: string[]) => requests.filter((url) => url.includes('/pagefind/'));

describe('search', () => {
  test('Pagefind’s code and index are not fetched until the reader opens search', async () => {
    const page = await fence.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(site.server.url(sprintPaths[0]), { waitUntil: 'networkidle' });
    await page.mouse.move(200, 200);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(pagefindRequests(requests)).toEqual([]);
    const input = await openSearchByShortcut(page, 'Control');
    await input.fill(COMMENT_ONLY_WORD);
    await resultHrefs(page);
    expect(pagefindRequests(requests).length).toBeGreaterThan(0);
    await page.close();
  });

  test('Ctrl+K opens search on the home page with the input focused', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url());
    const input = await openSearchByShortcut(page, 'Control');
    await expect(input.isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('⌘K opens search on a sprint page with the input focused', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url(sprintPaths[2]));
    const input = await openSearchByShortcut(page, 'Meta');
    await expect(input.isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('a word that appears only in one team’s comment finds that sprint, and the result opens it', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url());
    const input = await openSearchByShortcut(page, 'Control');
    await input.fill(COMMENT_ONLY_WORD);
    const hrefs = await resultHrefs(page);
    const target = `${site.base}${sprintPaths[1]}`;
    expect(hrefs.some((href) => href.startsWith(target)), `results ${hrefs.join(', ')} include ${target}`).toBe(true);
    for (const other of [0, 2, 3]) expect(hrefs.some((href) => href.startsWith(`${site.base}${sprintPaths[other]}`))).toBe(false);
    await (await searchScope(page)).locator(`a[href^="${target}"]`).filter({ visible: true }).first().click();
    await page.waitForURL((url) => url.pathname === target);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(SPRINTS[1]!.label);
    await page.close();
  });

  test('a comment-word result has a sub-result that jumps to the team’s section', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url());
    const input = await openSearchByShortcut(page, 'Control');
    await input.fill(COMMENT_ONLY_WORD);
    const hrefs = await resultHrefs(page);
    expect(hrefs).toContain(`${site.base}${sprintPaths[1]}#team-growth`);
    // The section's excerpt stands for the page: the one passage is not shown twice.
    const result = (await searchScope(page)).locator('li', { has: page.locator(`a[href="${site.base}${sprintPaths[1]}"]`) }).first();
    await expect(result.locator('mark').count()).resolves.toBe(1);
    // Sprint titles may leave out the year: the result names the sprint's quarter.
    await expect(result.innerText()).resolves.toMatch(/ · Q[1-4] \d{4}\n/);
    await page.close();
  });

  test('the team filter narrows a common word to the sprints that team posted in', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url('search/'));
    const input = await searchInput(page);
    await input.fill('runbook');
    const before = await resultHrefs(page);
    expect(before.some((href) => href.startsWith(`${site.base}${sprintPaths[0]}`)), 'unfiltered, the first sprint matches').toBe(true);
    await chooseFilter(page, /team/i, new RegExp(`^${LATE_TEAM.name}\\b`));
    await page.waitForTimeout(500);
    const after = await resultHrefs(page);
    const sprintsFound = new Set(after.filter((href) => href.includes('/sprints/')).map((href) => href.split('#')[0]));
    expect([...sprintsFound].sort()).toEqual([`${site.base}${sprintPaths[2]}`, `${site.base}${sprintPaths[3]}`].sort());
    await page.close();
  });

  test('search stays on the loopback origin', () => {
    expect(fence.blocked).toEqual([]);
  });
});
