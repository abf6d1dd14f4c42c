import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SyncStateError } from '../../src/lib/archive/sync-state.ts';
import { BadCredentialsError, EndpointUnreachableError, QueryTimeoutError, RateLimitExhaustedError, RepoNotFoundError, SecondaryRateLimitError, StuckCursorError } from '../../src/lib/github/errors.ts';
import { syncArchive } from '../../src/lib/sync/sync-archive.ts';
import { editComment, findIssue } from '../fake-github/edit-world.ts';
import { makeSprintWorld } from '../fake-github/make-world.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { cleanTempDirs, FAST_TUNING, hashTree, makeTempDir } from './helpers.ts';

let fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.map((fake) => fake.close()));
  fakes = [];
  cleanTempDirs();
});

async function start(options: Parameters<typeof startFakeGitHub>[0]) {
  const fake = await startFakeGitHub(options);
  fakes.push(fake);
  return fake;
}

function sync(fake: FakeGitHub, outDir: string, extra: Partial<Parameters<typeof syncArchive>[0]> = {}) {
  return syncArchive({ endpoint: fake.url, token: 't', repos: ['acme/planning'], label: 'sprint', outDir, tuning: FAST_TUNING, ...extra });
}

const WORLD = { sprints: 120, commentsPerSprint: 5, bigSprintComments: 130 };

describe('faults on the way to GitHub', () => {
  test('502s, secondary rate limits with retry-after and dropped connections are retried and end in identical content', async () => {
    const clean = await start({ world: makeSprintWorld(WORLD) });
    const cleanDir = makeTempDir();
    await sync(clean, cleanDir);

    const flaky = await start({ world: makeSprintWorld(WORLD), retryAfterSeconds: 1 });
    const flakyDir = makeTempDir();
    flaky.failNext({ kind: '502' });
    flaky.failNext({ kind: 'secondary-rate-limit' });
    flaky.failNext({ kind: 'drop-connection' });
    flaky.onRequest(({ index }) => {
      if (index === 5) flaky.failNext({ kind: 'secondary-rate-limit' });
      if (index === 7) flaky.failNext({ kind: 'drop-connection' });
      if (index === 8) flaky.failNext({ kind: '502', times: 2 });
    });

    const summary = await sync(flaky, flakyDir);

    expect(hashTree(flakyDir)).toEqual(hashTree(cleanDir));
    const faults = flaky.requests.map((r) => r.fault).filter((fault) => fault !== null);
    expect(faults.sort()).toEqual(['502', '502', '502', 'drop-connection', 'drop-connection', 'secondary-rate-limit', 'secondary-rate-limit']);
    expect(flaky.requests.length - faults.length).toBe(clean.requests.length);
    expect(summary.requests).toBe(flaky.requests.length);
  });

  test('a wrong token fails with BadCredentialsError and leaves the archive untouched', async () => {
    const fake = await start({ world: makeSprintWorld({ sprints: 3 }), token: 'right' });
    const outDir = makeTempDir();
    await sync(fake, outDir, { token: 'right' });
    const before = hashTree(outDir);

    await expect(sync(fake, outDir, { token: 'wrong', full: true })).rejects.toBeInstanceOf(BadCredentialsError);
    expect(hashTree(outDir)).toEqual(before);
    expect(fake.requests.at(-1)).toMatchObject({ status: 401 });
  });

  test('a missing repository fails with RepoNotFoundError naming it, before anything is written for the other repositories', async () => {
    const fake = await start({ world: makeSprintWorld({ sprints: 3 }) });
    const outDir = makeTempDir();

    const failure = await sync(fake, outDir, { repos: ['acme/planning', 'acme/missing'] }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RepoNotFoundError);
    expect((failure as RepoNotFoundError).repo).toBe('acme/missing');
    expect(hashTree(outDir)).toEqual({});
  });

  test('an exhausted rate limit fails with the reset time and leaves the archive untouched', async () => {
    const resetAt = new Date('2031-05-04T03:02:01Z');
    const fake = await start({ world: makeSprintWorld({ sprints: 3 }), resetAt });
    const outDir = makeTempDir();
    await sync(fake, outDir);
    editComment(fake.world, 'acme/planning', 1, findIssue(fake.world, 'acme/planning', 1).comments[0]!.databaseId, 'changed');
    const before = hashTree(outDir);
    fake.failNext({ kind: 'rate-limit-exhausted' });

    const failure = await sync(fake, outDir).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RateLimitExhaustedError);
    expect((failure as RateLimitExhaustedError).resetAt).toEqual(resetAt);
    expect(hashTree(outDir)).toEqual(before);
  });

  test('an endpoint nobody listens on fails with EndpointUnreachableError after the retries', async () => {
    const fake = await start({ world: makeSprintWorld({ sprints: 1 }) });
    const url = fake.url;
    await fake.close();
    fakes = [];
    const outDir = makeTempDir();

    const failure = await syncArchive({ endpoint: url, token: 't', repos: ['acme/planning'], label: 'sprint', outDir, tuning: FAST_TUNING }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(EndpointUnreachableError);
    expect((failure as Error).message).toBe(`cannot reach ${url} (ECONNREFUSED)`);
  });

  test('a server that repeats a cursor makes the sync stop with StuckCursorError instead of looping', async () => {
    const page = {
      data: {
        rateLimit: { cost: 1, remaining: 4999, resetAt: '2031-01-01T00:00:00Z' },
        repository: { nameWithOwner: 'acme/planning', issues: { pageInfo: { hasNextPage: true, endCursor: 'same' }, nodes: [] } },
      },
    };
    let calls = 0;
    const fetchSamePage: typeof fetch = async () => {
      calls += 1;
      return new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } });
    };

    const failure = await syncArchive({
      endpoint: 'http://github.invalid/graphql',
      token: 't',
      repos: ['acme/planning'],
      label: 'sprint',
      outDir: makeTempDir(),
      fetch: fetchSamePage,
      tuning: FAST_TUNING,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StuckCursorError);
    expect(calls).toBe(2);
  });

  test('a secondary rate limit that never lifts ends with SecondaryRateLimitError after the plugin’s retries', async () => {
    const fake = await start({ world: makeSprintWorld({ sprints: 2 }) });
    fake.failNext({ kind: 'secondary-rate-limit', times: 10 });

    const failure = await sync(fake, makeTempDir()).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(SecondaryRateLimitError);
    expect(fake.requests).toHaveLength(4);
  });

  test('a server that keeps answering 502 ends with EndpointUnreachableError after the retries', async () => {
    const fake = await start({ world: makeSprintWorld({ sprints: 2 }) });
    fake.failNext({ kind: '502', times: 10 });

    const failure = await sync(fake, makeTempDir()).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(EndpointUnreachableError);
    expect((failure as Error).message).toBe(`cannot reach ${fake.url} (HTTP 502)`);
    expect(fake.requests).toHaveLength(4);
  });

  test('a sync-state.json that is not ours stops the sync with a hint, before any request', async () => {
    const fake = await start({ world: makeSprintWorld({ sprints: 2 }) });
    const outDir = makeTempDir();
    writeFileSync(join(outDir, 'sync-state.json'), '{"cursor": 3}');

    const failure = await sync(fake, outDir).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(SyncStateError);
    expect((failure as SyncStateError).hint).toBe('delete it (the next sync is then a full sync) or run with --full');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('GitHub timing out on big pages', () => {
  test('the sync asks for smaller pages until GitHub can serve them, and writes the same archive', async () => {
    const clean = await start({ world: makeSprintWorld({ sprints: 60, commentsPerSprint: 4 }) });
    const cleanDir = makeTempDir();
    await sync(clean, cleanDir);
    // A page of n issues may return n + 100n labels + 100n comments nodes: 25 issues (5,025) fit, 50 do not.
    const slow = await start({ world: makeSprintWorld({ sprints: 60, commentsPerSprint: 4 }), timeoutAboveNodes: 5500 });
    const slowDir = makeTempDir();

    await sync(slow, slowDir);

    expect(hashTree(slowDir)).toEqual(hashTree(cleanDir));
    expect(slow.requests.map((r) => r.variables['pageSize']).filter((size) => size !== undefined)).toEqual([100, 100, 100, 100, 50, 50, 50, 50, 25, 25, 25]);
  });

  test('gives up with QueryTimeoutError when even the smallest page times out', async () => {
    const fake = await start({ world: makeSprintWorld({ sprints: 3 }), timeoutAboveNodes: 10 });

    const failure = await sync(fake, makeTempDir()).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(QueryTimeoutError);
    expect((failure as Error).message).toBe('GitHub could not finish the query in time (Something went wrong while executing your query)');
  });
});
