/**
 * Headless Debian Chromium driven by playwright-core, fenced to one loopback origin: any request
 * elsewhere is aborted and recorded, and dialogs, console messages and page errors are recorded,
 * so a test can assert that nothing escaped.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Flags this machine needs (see the env notes): no sandbox as root, no GPU, no background networking. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Chromium is not installed where the tests expect it. */
export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
  constructor(path: string) {
    super(`Chromium not found at ${path}. Install Debian's package (apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH.`);
  }
}

/** Launches headless Chromium, failing with an actionable message when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError(CHROMIUM_PATH);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Fence {
  context: BrowserContext;
  /** "<resource type> <url>" of each request to anywhere but the allowed origin (all aborted). */
  blocked: string[];
  /** Messages of every alert/confirm/prompt/beforeunload dialog (all dismissed). */
  dialogs: string[];
  /** Text of every console message, prefixed with its type. */
  console: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  /** Every request URL the pages made, allowed or not. */
  requests: string[];
  newPage(): Promise<Page>;
}

/** A browser context that may only talk to `origin`. */
export async function openFencedContext(
  browser: Browser,
  origin: string,
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<Fence> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const fence: Fence = {
    context,
    blocked: [],
    dialogs: [],
    console: [],
    pageErrors: [],
    requests: [],
    newPage: async () => {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        fence.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
      page.on('console', (message) => fence.console.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => fence.pageErrors.push(error.message));
      return page;
    },
  };
  context.on('request', (request) => fence.requests.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    fence.blocked.push(`${route.request().resourceType()} ${url}`);
    return route.abort('blockedbyclient');
  });
  // WebSockets bypass route(); fence them too.
  await context.routeWebSocket(/.*/, (socket) => {
    fence.blocked.push(`websocket ${socket.url()}`);
    void socket.close();
  });
  return fence;
}
