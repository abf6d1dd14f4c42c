/**
 * Builds the demo archive the way a user's archive is built: serve the generated world from the fake
 * GitHub on 127.0.0.1, run the real sync into a fresh directory, then swap it in for the old one.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from '../../src/lib/config/schema.ts';
import { syncArchive, type SyncProgressEvent, type SyncSummary } from '../../src/lib/sync/sync-archive.ts';
import { startFakeGitHub } from '../../tests/fake-github/server.ts';
import { generateDemoWorld, type DemoOptions, type DemoWorld } from './generate-world.ts';

const DEMO_TOKEN = 'demo-token';

export interface BuildDemoOptions extends DemoOptions {
  /** Archive directory to replace, e.g. "content". */
  outDir: string;
  onProgress?: (event: SyncProgressEvent) => void;
}

export interface DemoArchive {
  demo: DemoWorld;
  summary: SyncSummary;
}

/** Generates the world, syncs it through the fake GitHub into a new directory and swaps that in for `outDir`. */
export async function buildDemoArchive(options: BuildDemoOptions): Promise<DemoArchive> {
  const demo = generateDemoWorld(options);
  const staging = `${options.outDir}.demo-next`;
  const retired = `${options.outDir}.demo-old`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(dirname(staging), { recursive: true });
  await mkdir(staging);
  const server = await startFakeGitHub({ world: demo.world, token: DEMO_TOKEN });
  let summary: SyncSummary;
  try {
    summary = await syncArchive({
      endpoint: server.url,
      token: DEMO_TOKEN,
      repos: demo.config.repos,
      label: demo.config.label,
      outDir: staging,
      full: true,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } finally {
    await server.close();
  }
  await writeFile(join(staging, CONFIG_FILE_NAME), `${JSON.stringify(demo.config, null, 2)}\n`);
  await rm(retired, { recursive: true, force: true });
  await rename(options.outDir, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, options.outDir);
  await rm(retired, { recursive: true, force: true });
  return { demo, summary };
}
