import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { syncArchive } from '../../src/lib/sync/sync-archive.ts';
import { makeSprintWorld } from '../fake-github/make-world.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { cleanTempDirs, expectedArchive, FAST_TUNING, hashTree, makeTempDir, readArchive } from './helpers.ts';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  cleanTempDirs();
});

function options(outDir: string, extra: { full?: boolean } = {}) {
  return { endpoint: fake!.url, token: 'test-token', repos: ['acme/planning'], label: 'sprint', outDir, tuning: FAST_TUNING, ...extra };
}

describe('a full sync', () => {
  test('writes exactly the labelled issues and every comment, including past 100, bots, deleted authors and minimized ones', async () => {
    const world = makeSprintWorld({ sprints: 12, commentsPerSprint: 14, bigSprintComments: 230 });
    fake = await startFakeGitHub({ world, token: 'test-token' });
    const outDir = makeTempDir();

    const summary = await syncArchive(options(outDir));

    const archive = readArchive(outDir);
    expect(archive).toEqual(expectedArchive(world));
    expect(archive.comments.filter((c) => c.issue === 12)).toHaveLength(230);
    expect(archive.comments.some((c) => c.authorType === 'Bot')).toBe(true);
    expect(archive.comments.some((c) => c.author === null)).toBe(true);
    expect(archive.comments.some((c) => c.isMinimized && c.minimizedReason === 'outdated')).toBe(true);
    expect(archive.issues.some((i) => i.author === null)).toBe(true);
    expect(archive.issues.map((i) => i.number)).not.toContain(13);
    expect(summary).toMatchObject({ added: 12 + 11 * 14 + 230, updated: 0, removed: 0, requests: 3 });
  });

  test('a second sync with nothing changed rewrites no byte and makes exactly one request', async () => {
    const world = makeSprintWorld({ sprints: 20, commentsPerSprint: 6, bigSprintComments: 120 });
    fake = await startFakeGitHub({ world });
    const outDir = makeTempDir();
    await syncArchive(options(outDir));
    const before = hashTree(outDir);
    const requestsBefore = fake.requests.length;

    const summary = await syncArchive(options(outDir));

    expect(hashTree(outDir)).toEqual(before);
    expect(fake.requests.length - requestsBefore).toBe(1);
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 0, requests: 1 });
  });

  test('a 130-sprint world with 18 comments each takes at most 4 requests in full and 1 when nothing changed', async () => {
    const world = makeSprintWorld({ sprints: 130, commentsPerSprint: 18, bigSprintComments: 150 });
    fake = await startFakeGitHub({ world });
    const outDir = makeTempDir();

    const full = await syncArchive(options(outDir));
    const again = await syncArchive(options(outDir));

    expect(full.requests).toBeLessThanOrEqual(4);
    expect(full.fetched).toEqual({ issues: 130, comments: 129 * 18 + 150 });
    expect(again.requests).toBe(1);
    expect({ full: [full.requests, full.pointsUsed], again: [again.requests, again.pointsUsed] }).toEqual({ full: [3, 5], again: [1, 1] });
  });

  test('--full on an unchanged archive re-fetches everything and still changes no byte', async () => {
    const world = makeSprintWorld({ sprints: 8, commentsPerSprint: 4 });
    fake = await startFakeGitHub({ world });
    const outDir = makeTempDir();
    await syncArchive(options(outDir));
    const before = hashTree(outDir);

    const summary = await syncArchive(options(outDir, { full: true }));

    expect(hashTree(outDir)).toEqual(before);
    expect(summary).toMatchObject({ fetched: { issues: 8, comments: 32 }, added: 0, updated: 0, removed: 0 });
  });

  test('two repositories are archived side by side under their own paths', async () => {
    const world = makeSprintWorld({ sprints: 3, commentsPerSprint: 2 });
    world.repos.push(makeSprintWorld({ owner: 'acme', name: 'mobile', sprints: 2, commentsPerSprint: 1 }).repos[0]!);
    // Comment ids are unique across GitHub, so the second repository gets its own range.
    for (const issue of world.repos[1]!.issues) for (const comment of issue.comments) comment.databaseId += 50_000;
    fake = await startFakeGitHub({ world });
    const outDir = makeTempDir();

    await syncArchive({ ...options(outDir), repos: ['acme/planning', 'acme/mobile'] });

    expect(readArchive(outDir)).toEqual(expectedArchive(world));
  });

  test('removes the temp files a killed run left next to the archive files', async () => {
    fake = await startFakeGitHub({ world: makeSprintWorld({ sprints: 2, commentsPerSprint: 1 }) });
    const outDir = makeTempDir();
    await syncArchive(options(outDir));
    const clean = hashTree(outDir);
    const leftovers = ['issues/acme/planning/.1.md.sync-0a1b2c.tmp', 'comments/acme/planning/2/.1001.md.sync-ffee00.tmp', '.sync-state.json.sync-123abc.tmp'];
    for (const path of leftovers) writeFileSync(join(outDir, path), 'half a fi');

    await syncArchive(options(outDir));

    expect(hashTree(outDir)).toEqual(clean);
  });
});
