/**
 * Builds the site from an archive directory into a temp out dir, once per distinct input: the out
 * dir is keyed by a hash of the archive, the site's sources and the base path, and guarded by a lock
 * directory, so test files running in parallel share one build instead of racing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runMeasured } from '../../scripts/bench/run-measured.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** The sub-path every e2e build is served under, proving sub-path hosting works. */
export const E2E_BASE = '/sprint-archive/';

export interface BuiltSite {
  outDir: string;
  base: string;
}

/** Builds `archiveDir` with base `base` (cached across test files of this source state). */
export async function buildSite(archiveDir: string, base = E2E_BASE): Promise<BuiltSite> {
  const hash = createHash('sha256');
  hash.update(base);
  hashTree(hash, archiveDir);
  hashTree(hash, join(REPO_ROOT, 'src'));
  for (const file of ['astro.config.mjs', 'package-lock.json']) hash.update(readFileSync(join(REPO_ROOT, file)));
  pruneOldBuilds(join(tmpdir(), 'sprint-archive-e2e'));
  const work = join(tmpdir(), 'sprint-archive-e2e', hash.digest('hex').slice(0, 16));
  const outDir = join(work, 'out');
  const done = join(work, 'done');
  const lock = join(work, 'lock');
  mkdirSync(work, { recursive: true });
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (existsSync(done)) return { outDir, base };
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building this very site (or died doing so: steal a stale lock).
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 170_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for another build of ${archiveDir} (lock ${lock})`);
      await sleep(500);
    }
  }
  try {
    rmSync(outDir, { recursive: true, force: true });
    // The prerender chunks in the out dir import packages, resolved from there upwards.
    if (!existsSync(join(work, 'node_modules'))) symlinkSync(join(REPO_ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    // From the work dir with --root: with the out dir outside the cwd, Astro would put the
    // prerender chunks in the repo's shared .astro/.prerender, where parallel builds clobber them.
    await runMeasured(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', REPO_ROOT], {
      cwd: work,
      env: {
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ARCHIVE_DIR: resolve(archiveDir),
        BASE_PATH: base,
        SITE_URL: 'http://127.0.0.1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    writeFileSync(done, new Date().toISOString());
    return { outDir, base };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds of source states older than a day are dead weight: every edit of src/ makes a new one. */
function pruneOldBuilds(root: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^[0-9a-f]{16}$/.test(entry.name)) continue;
    const stat = statSync(join(root, entry.name, 'done'), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs < dayAgo) rmSync(join(root, entry.name), { recursive: true, force: true });
  }
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    hash.update(relative(dir, file));
    hash.update(readFileSync(file));
  }
}
