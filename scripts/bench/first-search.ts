/**
 * Bytes a reader's first search costs, measured in headless Chromium against a local static host
 * that gzips text like GitHub Pages: load the home page, let it settle, press Ctrl+K, type a query,
 * wait for results and for the network to go quiet, and sum every response body sent after the
 * page had loaded (the server's own count, so nothing cached or uncounted slips through).
 */
import { launchChromium, openFencedContext } from '../../e2e/support/browser.ts';
import { startStaticServer } from '../../e2e/support/static-server.ts';

export interface FirstSearch {
  query: string;
  /** Bytes sent after the page loaded, through the results showing. */
  bytes: number;
  requests: number;
  /** Result links shown; 0 means the search did not work, and the bytes say little. */
  results: number;
  /** Per request, for the JSON report. */
  log: { path: string; bytes: number }[];
}

/** Measures a first search of `query` on the site in `outDir` served under `base`. */
export async function measureFirstSearch(outDir: string, base: string, query: string): Promise<FirstSearch> {
  const server = await startStaticServer(outDir, base);
  const browser = await launchChromium();
  try {
    const fence = await openFencedContext(browser, server.origin);
    const page = await fence.newPage();
    await page.goto(server.url(), { waitUntil: 'networkidle' });
    const mark = server.log.length;
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Control+KeyK');
    const input = page.locator('dialog[open] input, [role="dialog"] input, input[type="search"]').filter({ visible: true }).first();
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.click();
    await page.keyboard.type(query, { delay: 60 });
    const results = page.locator('a[href]').filter({ visible: true }).filter({ hasText: /\S/ });
    const before = await results.count();
    await page.waitForFunction((count) => document.querySelectorAll('a[href]').length > count, before, { timeout: 10_000 }).catch(() => {});
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1_000);
    const shown = await page.locator('.pagefind-ui__result, [class*="result"] a[href], [role="dialog"] a[href], dialog a[href]').count();
    const log = server.log.slice(mark).map(({ path, bytes }) => ({ path, bytes }));
    return { query, bytes: log.reduce((sum, entry) => sum + entry.bytes, 0), requests: log.length, results: shown, log };
  } finally {
    await browser.close();
    await server.close();
  }
}
