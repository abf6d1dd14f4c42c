import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFencedContext, type Fence } from './support/browser.ts';
import { listHtmlPages } from './support/pages.ts';
import { openSearchByShortcut, resultHrefs } from './support/search.ts';
import { startSite, type RunningSite } from './support/site.ts';
import { buildXssWorld, CLICK_ME, XSS_MARKER } from './support/xss-world.ts';

let site: RunningSite;
let fence: Fence;
/** Leftovers found in the DOM of each visited page, by path. */
const domFindings: string[] = [];

beforeAll(async () => {
  site = await startSite('xss', buildXssWorld());
  fence = await openFencedContext(site.browser, site.server.origin);
});
afterAll(async () => {
  await site?.close();
});

/**
 * Images in comments resolve against the URL on GitHub, as GitHub itself renders them
 * (`<img src=x>` → https://github.com/acme/planning/issues/x): that is content, not a payload firing.
 */
function isGitHubImage(request: string): boolean {
  return /^image https:\/\/([\w-]+\.)*(github\.com|githubusercontent\.com)\//.test(request);
}

/** Everything dangerous left in the live DOM: handlers, script URLs, frames, forms posting away, injected styles. */
function inspectDom(page: Page, origin: string): Promise<string[]> {
  return page.evaluate(
    ({ origin, marker }) => {
      const found: string[] = [];
      const describe = (element: Element) => `<${element.tagName.toLowerCase()}> ${element.outerHTML.slice(0, 120)}`;
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (name.startsWith('on')) found.push(`event handler ${name} on ${describe(element)}`);
          if (/^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background)$/.test(name) && /^(javascript|vbscript|data:text)/.test(value)) {
            found.push(`script URL in ${name} on ${describe(element)}`);
          }
          if ((name === 'style' || name === 'action' || name === 'formaction' || name === 'src' || name === 'data') && value.includes('evil.test')) {
            found.push(`${name} reaching evil.test on ${describe(element)}`);
          }
        }
      }
      for (const element of document.querySelectorAll('iframe, frame, object, embed, base, applet, body meta, meta[http-equiv="refresh" i]')) found.push(`forbidden element ${describe(element)}`);
      for (const form of document.querySelectorAll('form')) {
        const action = form.getAttribute('action');
        if (action && new URL(action, location.href).origin !== origin) found.push(`form posting away: ${describe(form)}`);
      }
      for (const script of document.querySelectorAll('script')) {
        if (script.textContent?.includes(marker) || script.textContent?.includes('evil.test')) found.push(`injected script ${describe(script)}`);
        if (script.src && new URL(script.src).origin !== origin) found.push(`foreign script ${script.src}`);
      }
      for (const style of document.querySelectorAll('style, link[rel~="stylesheet"]')) {
        if ((style.textContent ?? '').includes('evil.test') || (style.getAttribute('href') ?? '').includes('evil.test')) found.push(`injected style ${describe(style)}`);
      }
      if ((window as unknown as { __xss?: string }).__xss) found.push(`window.__xss = ${(window as unknown as { __xss?: string }).__xss}`);
      return found;
    },
    { origin, marker: XSS_MARKER },
  );
}

/** Clicks every element whose text says "click-me", coming back to the page after each. */
async function clickEveryTrap(page: Page, url: string): Promise<number> {
  const traps = page.getByText(new RegExp(CLICK_ME)).filter({ visible: true });
  const count = await traps.count();
  for (let index = 0; index < count; index++) {
    await traps.nth(index).click({ timeout: 2_000, noWaitAfter: true }).catch(() => {});
    await page.waitForTimeout(100);
    if (page.url().split('#')[0] !== url) await page.goto(url);
  }
  return count;
}

describe('a comment full of XSS payloads', () => {
  test('the built HTML, parsed as a browser parses it, carries no executable payload on any page', async () => {
    const page = await fence.newPage();
    const problems: string[] = [];
    for (const path of listHtmlPages(site.outDir)) {
      const html = readFileSync(join(site.outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');
      // DOMParser builds the tree without running anything in it.
      const found = await page.evaluate(
        ({ html, marker }) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const scripts = [...doc.querySelectorAll('script')].filter((script) => script.textContent?.includes(marker) || script.textContent?.includes('evil.test') || script.src.includes('evil.test'));
          const handlers = [...doc.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`));
          return [...scripts.map((script) => `script: ${script.outerHTML.slice(0, 100)}`), ...handlers.map((handler) => `handler: ${handler}`)];
        },
        { html, marker: XSS_MARKER },
      );
      problems.push(...found.map((problem) => `${path}: ${problem}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  test('the feed escapes the payloads too', () => {
    const rss = readFileSync(join(site.outDir, 'rss.xml'), 'utf8');
    expect(rss).not.toMatch(/<script\b/i);
    expect(rss).not.toMatch(/<img\b[^>]*onerror/i);
  });

  test('the sprint title shows as text, payload and all', async () => {
    const page = await fence.newPage();
    const sprint = listHtmlPages(site.outDir).filter((path) => /^sprints\/[^/]+\/$/.test(path));
    expect(sprint.length).toBe(2);
    const titles: string[] = [];
    for (const path of sprint) {
      await page.goto(site.server.url(path));
      titles.push(await page.title());
    }
    expect(titles.some((title) => title.includes(`</title><script>`))).toBe(true);
    await page.close();
  });

  test('visiting every page and clicking every script link triggers no dialog, script, request or leftover', async () => {
    const page = await fence.newPage();
    let clicked = 0;
    for (const path of listHtmlPages(site.outDir)) {
      const url = site.server.url(path);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      for (const finding of await inspectDom(page, site.server.origin)) domFindings.push(`${path}: ${finding}`);
      clicked += await clickEveryTrap(page, url);
    }
    await page.close();
    expect(clicked, 'the payload links were rendered and clicked').toBeGreaterThan(5);
    expect({
      dialogs: fence.dialogs,
      markers: fence.console.filter((line) => line.includes(XSS_MARKER)),
      blocked: fence.blocked.filter((request) => !isGitHubImage(request)),
      leftovers: domFindings,
      errors: fence.pageErrors.filter((line) => line.includes(XSS_MARKER) || line.includes('evil')),
    }).toEqual({ dialogs: [], markers: [], blocked: [], leftovers: [], errors: [] });
  }, 180_000);

  test('search results built from the payloads trigger nothing either', async () => {
    const page = await fence.newPage();
    await page.goto(site.server.url());
    const input = await openSearchByShortcut(page, 'Control');
    for (const query of ['click-me', 'onerror', 'mallory', 'script']) {
      await input.fill(query);
      await resultHrefs(page, query === 'mallory');
      for (const finding of await inspectDom(page, site.server.origin)) domFindings.push(`search "${query}": ${finding}`);
    }
    await page.close();
    expect({ dialogs: fence.dialogs, blocked: fence.blocked.filter((request) => !isGitHubImage(request)), leftovers: domFindings }).toEqual({ dialogs: [], blocked: [], leftovers: [] });
  }, 60_000);

  test('the fixture really holds the payloads (guards the guard)', () => {
    const archiveHtml = readdirSync(site.outDir).length;
    expect(archiveHtml).toBeGreaterThan(0);
    const world = buildXssWorld().world;
    const text = JSON.stringify(world);
    for (const needle of ['<script>', 'onerror=', 'javascript:', '<iframe', '<form', '<style>', '<svg', 'http-equiv', '&#106;']) expect(text).toContain(needle);
  });
});
