import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openFencedContext } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

// The browser tests prove a negative (nothing fired, nothing left the machine); these prove the
// fence would have seen it if something had.
let root: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'e2e-harness-'));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><title>bad</title><img src="http://evil.test/pixel.png"><script>alert('boom');console.log('XSS-MARKER here');fetch('http://evil.test/x').catch(()=>{})</script><p>hello</p>`,
  );
  server = await startStaticServer(root, '/sub/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the e2e harness', () => {
  test('the fence records dialogs, console output and every request that leaves the loopback origin', async () => {
    const fence = await openFencedContext(browser, server.origin);
    const page = await fence.newPage();
    await page.goto(server.url(), { waitUntil: 'networkidle' });
    await expect(page.locator('p').innerText()).resolves.toBe('hello');
    expect(fence.dialogs).toEqual(['alert: boom']);
    expect(fence.console).toContain('log: XSS-MARKER here');
    expect(fence.blocked.sort()).toEqual(['fetch http://evil.test/x', 'image http://evil.test/pixel.png']);
    await fence.context.close();
  });

  test('the static server serves only under its base, redirects bare directories and gzips text', async () => {
    const outside = await fetch(`${server.origin}/index.html`);
    expect(outside.status).toBe(404);
    const bare = await fetch(`${server.origin}/sub`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/sub/']);
    const page = await fetch(server.url(), { headers: { 'accept-encoding': 'gzip' } });
    expect([page.status, page.headers.get('content-encoding')]).toEqual([200, 'gzip']);
    expect(server.log.at(-1)!.bytes).toBeLessThan(Buffer.byteLength('<!doctype html>') + 400);
    const escape = await fetch(`${server.origin}/sub/..%2f..%2fetc/passwd`);
    expect(escape.status).toBe(404);
  });
});
