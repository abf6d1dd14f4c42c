/**
 * One call per test file: write a fixture archive, build it (shared across files), serve it under
 * the e2e base path and launch Chromium. `close()` stops everything it started.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeWorldArchive } from '../../scripts/bench/world-to-archive.ts';
import type { FakeWorld } from '../../tests/fake-github/world.ts';
import { launchChromium } from './browser.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface RunningSite extends BuiltSite {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds `fixture` as archive `name`, serves it on 127.0.0.1 and launches Chromium. */
export async function startSite(name: string, fixture: { world: FakeWorld; config: object }): Promise<RunningSite> {
  const archiveDir = join(tmpdir(), 'sprint-archive-e2e', 'archives', `${name}-${process.pid}`);
  mkdirSync(archiveDir, { recursive: true });
  writeWorldArchive(fixture.world, fixture.config, archiveDir);
  const built = await buildSite(archiveDir);
  const server = await startStaticServer(built.outDir, built.base);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    ...built,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
