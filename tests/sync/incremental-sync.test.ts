import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commentPath, issuePath, SYNC_STATE_FILE } from '../../src/lib/archive/paths.ts';
import { syncArchive } from '../../src/lib/sync/sync-archive.ts';
import { addComment, deleteComment, editComment, editIssueTitle, findIssue, nextTimestamp, removeLabel } from '../fake-github/edit-world.ts';
import { makeSprintWorld } from '../fake-github/make-world.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { cleanTempDirs, expectedArchive, FAST_TUNING, hashTree, makeTempDir, readArchive } from './helpers.ts';

const REPO = 'acme/planning';
let fake: FakeGitHub;
let outDir: string;

function sync(dir = outDir, full = false) {
  return syncArchive({ endpoint: fake.url, token: 't', repos: [REPO], label: 'sprint', outDir: dir, full, tuning: FAST_TUNING });
}

/** What a first sync into an empty directory writes for the current world. */
async function freshSyncTree(): Promise<Record<string, string>> {
  const dir = makeTempDir('sync-fresh-');
  await sync(dir);
  const tree = hashTree(dir);
  delete tree[SYNC_STATE_FILE];
  return tree;
}

function treeWithoutState(dir: string) {
  const tree = hashTree(dir);
  delete tree[SYNC_STATE_FILE];
  return tree;
}

beforeEach(async () => {
  fake = await startFakeGitHub({ world: makeSprintWorld({ sprints: 30, commentsPerSprint: 6, bigSprintComments: 140 }) });
  outDir = makeTempDir();
  await sync();
});

afterEach(async () => {
  await fake.close();
  cleanTempDirs();
});

describe('an incremental sync', () => {
  test('rewrites an edited comment and its issue, and nothing else, in one request', async () => {
    const before = hashTree(outDir);
    const issue = findIssue(fake.world, REPO, 7);
    editComment(fake.world, REPO, 7, issue.comments[2]!.databaseId, 'Edited: 🔴 slipped');

    const summary = await sync();

    expect(summary).toMatchObject({ requests: 1, added: 0, updated: 2, removed: 0 });
    const changed = Object.keys(hashTree(outDir)).filter((path) => hashTree(outDir)[path] !== before[path]);
    expect(changed.sort()).toEqual([commentPath(REPO, 7, issue.comments[2]!.databaseId), issuePath(REPO, 7), SYNC_STATE_FILE].sort());
    expect(readFileSync(join(outDir, commentPath(REPO, 7, issue.comments[2]!.databaseId)), 'utf8')).toMatch(/\nEdited: 🔴 slipped$/);
    expect(readArchive(outDir)).toEqual(expectedArchive(fake.world));
  });

  test('adds a new comment', async () => {
    addComment(fake.world, REPO, 3, { databaseId: 900_001, author: { login: 'newbie', type: 'User' }, body: '## Team New\n- hello' });

    const summary = await sync();

    expect(summary).toMatchObject({ comments: { added: 1, updated: 0, removed: 0 } });
    expect(readArchive(outDir)).toEqual(expectedArchive(fake.world));
  });

  test('removes a comment deleted on GitHub when its issue is re-synced', async () => {
    const victim = findIssue(fake.world, REPO, 5).comments[0]!.databaseId;
    deleteComment(fake.world, REPO, 5, victim);

    const summary = await sync();

    expect(summary).toMatchObject({ comments: { removed: 1 } });
    expect(readArchive(outDir).comments.map((c) => c.databaseId)).not.toContain(victim);
    expect(readArchive(outDir)).toEqual(expectedArchive(fake.world));
  });

  test('removes a comment deleted beyond the first 100 of a long issue', async () => {
    const victim = findIssue(fake.world, REPO, 30).comments[120]!.databaseId;
    deleteComment(fake.world, REPO, 30, victim);

    await sync();

    expect(readArchive(outDir)).toEqual(expectedArchive(fake.world));
  });

  test('removes an issue that lost the label, with its comments, still in one request', async () => {
    removeLabel(fake.world, REPO, 9, 'sprint');

    const summary = await sync();

    expect(summary).toMatchObject({ requests: 1, issues: { removed: 1 }, comments: { removed: 6 } });
    expect(readArchive(outDir).issues.map((i) => i.number)).not.toContain(9);
    expect(readArchive(outDir)).toEqual(expectedArchive(fake.world));
  });

  test('after a mix of edits it ends byte-identical to a fresh full sync of the same world', async () => {
    editIssueTitle(fake.world, REPO, 2, 'Sprint 2 (renamed)');
    editComment(fake.world, REPO, 30, findIssue(fake.world, REPO, 30).comments[130]!.databaseId, 'late edit');
    addComment(fake.world, REPO, 30, { databaseId: 900_002, author: { login: 'dependabot', type: 'Bot' }, body: 'bump' });
    deleteComment(fake.world, REPO, 4, findIssue(fake.world, REPO, 4).comments[1]!.databaseId);
    removeLabel(fake.world, REPO, 11, 'sprint');
    findIssue(fake.world, REPO, 31).labels.push('sprint');
    findIssue(fake.world, REPO, 31).updatedAt = '2030-06-01T00:00:00Z';

    await sync();

    expect(treeWithoutState(outDir)).toEqual(await freshSyncTree());
  });

  test('a second run after an incremental sync changes nothing', async () => {
    editComment(fake.world, REPO, 1, findIssue(fake.world, REPO, 1).comments[0]!.databaseId, 'x');
    await sync();
    const before = hashTree(outDir);
    const requests = fake.requests.length;

    await sync();

    expect(hashTree(outDir)).toEqual(before);
    expect(fake.requests.length - requests).toBe(1);
  });

  test('--full prunes an issue deleted on GitHub, which an incremental sync cannot see', async () => {
    const repo = fake.world.repos[0]!;
    repo.issues = repo.issues.filter((issue) => issue.number !== 6);

    await sync();
    expect(readArchive(outDir).issues.map((i) => i.number)).toContain(6);
    await sync(outDir, true);

    expect(readArchive(outDir)).toEqual(expectedArchive(fake.world));
  });

  test('saves the cursor as the newest update seen minus the safety overlap', async () => {
    const state = JSON.parse(readFileSync(join(outDir, SYNC_STATE_FILE), 'utf8'));
    const newest = Math.max(...fake.world.repos[0]!.issues.filter((i) => i.labels.includes('sprint')).map((i) => Date.parse(i.updatedAt)));

    expect(state).toEqual({ version: 1, cursors: { [REPO]: { sprint: { since: new Date(newest - 300_000).toISOString().replace('.000Z', 'Z') } } } });
  });

  test('a run with nothing new after a full sync leaves sync-state.json byte-identical, even when an unlabelled issue changed last', async () => {
    const dir = makeTempDir();
    findIssue(fake.world, REPO, 2).labels = ['question'];
    findIssue(fake.world, REPO, 2).updatedAt = nextTimestamp();
    await sync(dir, true);
    const afterFull = readFileSync(join(dir, SYNC_STATE_FILE), 'utf8');

    await sync(dir);

    expect(readFileSync(join(dir, SYNC_STATE_FILE), 'utf8')).toBe(afterFull);
  });

  test('matches the label case-insensitively like GitHub, so a differently cased --label prunes nothing', async () => {
    const dir = makeTempDir();
    const syncUpperCase = () => syncArchive({ endpoint: fake.url, token: 't', repos: [REPO], label: 'Sprint', outDir: dir, tuning: FAST_TUNING });
    await syncUpperCase();
    editComment(fake.world, REPO, 8, findIssue(fake.world, REPO, 8).comments[0]!.databaseId, 'changed');

    const summary = await syncUpperCase();

    expect(summary.removed).toBe(0);
    expect(readArchive(dir)).toEqual(expectedArchive(fake.world));
  });
});
