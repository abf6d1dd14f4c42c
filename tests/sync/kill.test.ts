import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SYNC_STATE_FILE } from '../../src/lib/archive/paths.ts';
import { syncArchive } from '../../src/lib/sync/sync-archive.ts';
import { deleteComment, editComment, findIssue, removeLabel } from '../fake-github/edit-world.ts';
import { makeSprintWorld } from '../fake-github/make-world.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { cleanTempDirs, FAST_TUNING, hashTree, makeTempDir, readArchive } from './helpers.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/sync.ts');
const PAUSE_HOOK = join(import.meta.dirname, 'pause-after-renames.ts');
const REPO = 'acme/planning';
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub({ world: makeSprintWorld({ sprints: 110, commentsPerSprint: 10, bigSprintComments: 150 }) });
});
afterAll(async () => {
  await fake.close();
  cleanTempDirs();
});

/** Runs the CLI in a child process (pinned Node); `watch` may SIGKILL it. Resolves with the exit code or signal. */
function runSync(outDir: string, watch?: Watcher): Promise<string> {
  const pauseAfter = watch?.pauseAfterRenames;
  const child = spawn(process.execPath, [...(pauseAfter ? ['--import', PAUSE_HOOK] : []), SCRIPT, '--repo', REPO, '--out', outDir], {
    env: {
      PATH: process.env['PATH'],
      GITHUB_GRAPHQL_URL: fake.url,
      GITHUB_TOKEN: 't',
      SYNC_RETRY_BASE_MS: '5',
      SYNC_MIN_INTERVAL_MS: '0',
      ...(pauseAfter ? { PAUSE_AFTER_RENAMES: String(pauseAfter) } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.resume();
  watch?.attach(child);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? String(code))));
}

interface Watcher {
  attach: (child: ChildProcess) => void;
  pauseAfterRenames?: number;
}

/** Kills the child once it has renamed `files` files into place (the preload pauses it right there). */
function killAfterWrites(files: number): Watcher {
  return {
    pauseAfterRenames: files,
    attach: (child) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('paused')) child.kill('SIGKILL');
      });
    },
  };
}

/** Kills the child when the fake receives its `n`-th request from now on. */
function killAtRequest(n: number): Watcher {
  const start = fake.requests.length;
  return {
    attach: (child) => {
      fake.onRequest(({ index }) => {
        if (index - start >= n) {
          child.kill('SIGKILL');
          fake.onRequest(null);
        }
      });
    },
  };
}

/** The same sync, uninterrupted, in this process. */
function syncInProcess(dir: string) {
  return syncArchive({ endpoint: fake.url, token: 't', repos: [REPO], label: 'sprint', outDir: dir, tuning: FAST_TUNING });
}

async function referenceTree(): Promise<Record<string, string>> {
  const dir = makeTempDir('sync-ref-');
  await syncInProcess(dir);
  return hashTree(dir);
}

describe('a sync killed with SIGKILL', () => {
  const killPoints: [string, () => Watcher][] = [
    ['while fetching (second request)', () => killAtRequest(2)],
    ['early in the writes (after 200 files)', () => killAfterWrites(200)],
    ['late in the writes (after 1,000 files)', () => killAfterWrites(1000)],
  ];
  for (const [when, killer] of killPoints) {
    test(`${when} leaves readable files, and a rerun ends byte-identical to an uninterrupted sync`, { timeout: 90_000 }, async () => {
      const dir = makeTempDir('sync-kill-');

      const outcome = await runSync(dir, killer());

      expect(outcome).toBe('SIGKILL');
      // Killed before the end: the cursor, saved last, is not there yet.
      expect(existsSync(join(dir, SYNC_STATE_FILE))).toBe(false);
      expect(() => readArchive(dir)).not.toThrow();
      expect(await runSync(dir)).toBe('0');
      expect(hashTree(dir)).toEqual(await referenceTree());
    });
  }

  test('during an incremental sync, a rerun converges to what an uninterrupted sync writes', { timeout: 90_000 }, async () => {
    const dir = makeTempDir('sync-kill-inc-');
    const uninterrupted = makeTempDir('sync-inc-ref-');
    await syncInProcess(dir);
    await syncInProcess(uninterrupted);
    for (let n = 1; n <= 108; n += 3) editComment(fake.world, REPO, n, findIssue(fake.world, REPO, n).comments[0]!.databaseId, `edited ${n}`);
    for (let n = 2; n <= 60; n += 6) deleteComment(fake.world, REPO, n, findIssue(fake.world, REPO, n).comments[1]!.databaseId);
    for (let n = 4; n <= 40; n += 12) removeLabel(fake.world, REPO, n, 'sprint');

    const outcomes: string[] = [];
    for (const delayMs of [0, 30, 120]) {
      outcomes.push(
        await runSync(dir, {
          attach: (child) => {
            const start = fake.requests.length;
            fake.onRequest(({ index }) => {
              if (index - start >= 1) {
                setTimeout(() => child.kill('SIGKILL'), delayMs);
                fake.onRequest(null);
              }
            });
          },
        }),
      );
      expect(() => readArchive(dir)).not.toThrow();
    }
    expect(await runSync(dir)).toBe('0');
    await syncInProcess(uninterrupted);

    expect(outcomes).toContain('SIGKILL');
    expect(hashTree(dir)).toEqual(hashTree(uninterrupted));
  });
});
