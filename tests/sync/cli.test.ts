import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSprintWorld } from '../fake-github/make-world.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { cleanTempDirs, hashTree, makeTempDir } from './helpers.ts';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '../../scripts/sync.ts');
const RESET = new Date('2031-05-04T03:02:01Z');

let fake: FakeGitHub;
let archive: string;
let closedUrl: string;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The last stderr line, with the fake's port and the archive path made stable. */
  lastLine: string;
}

/** Runs the CLI under the pinned Node (process.execPath is Node 24 under vitest). */
async function sync(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const fullEnv: NodeJS.ProcessEnv = { PATH: process.env['PATH'], GITHUB_GRAPHQL_URL: fake.url, GITHUB_TOKEN: 'good', SYNC_RETRY_BASE_MS: '5', SYNC_MIN_INTERVAL_MS: '0' };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete fullEnv[key];
    else fullEnv[key] = value;
  }
  const result = await run(process.execPath, [SCRIPT, ...args], { env: fullEnv }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  const stable = (text: string) =>
    text.replaceAll(fake.url, '<URL>').replaceAll(closedUrl, '<CLOSED-URL>').replaceAll(archive, '<OUT>');
  const lines = result.stderr.trimEnd().split('\n');
  return { ...result, lastLine: stable(lines.at(-1) ?? '') };
}

beforeAll(async () => {
  const closed = await startFakeGitHub({ world: { repos: [] } });
  closedUrl = closed.url;
  await closed.close();
  fake = await startFakeGitHub({ world: makeSprintWorld({ sprints: 4, commentsPerSprint: 2 }), token: 'good', resetAt: RESET });
  archive = makeTempDir('sync-cli-');
  const first = await sync(['--repo', 'acme/planning', '--out', archive]);
  expect(first.code).toBe(0);
});

afterAll(async () => {
  await fake.close();
  cleanTempDirs();
});

describe('npm run sync', () => {
  test('prints progress on stderr and the summary on stdout', async () => {
    const out = makeTempDir();
    const result = await sync(['--repo', 'acme/planning', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Added 12, Updated 0, Removed 0 files (issues: 4 added, 0 updated, 0 removed; comments: 8 added, 0 updated, 0 removed; 0 unchanged)');
    expect(result.stdout).toMatch(/^Fetched 4 issues and 8 comments in 1 request; rate-limit points used 2, remaining \d+ \(resets at 2031-05-04T03:02:01Z\)$/m);
    expect(result.stderr).toContain('sync: acme/planning: 4 issues, 8 comments fetched (1 request, ');
  });

  test('--help prints the options and exits 0', async () => {
    const result = await sync(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--repo owner/name');
    expect(result.stdout).toContain('GITHUB_GRAPHQL_URL');
  });

  const failures: { name: string; args: () => string[]; env?: () => Record<string, string | undefined>; code: number; line: string; prepare?: () => void }[] = [
    {
      name: 'no token',
      args: () => ['--repo', 'acme/planning', '--out', archive],
      env: () => ({ GITHUB_TOKEN: undefined, GH_TOKEN: undefined }),
      code: 2,
      line: 'sync: no GitHub token; set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository',
    },
    {
      name: 'a wrong token',
      args: () => ['--repo', 'acme/planning', '--out', archive],
      env: () => ({ GITHUB_TOKEN: 'wrong' }),
      code: 3,
      line: 'sync: GitHub rejected the token (401 Bad credentials) at <URL>; check GITHUB_TOKEN / GH_TOKEN: it may be mistyped, expired or revoked',
    },
    {
      name: 'a repository that does not exist',
      args: () => ['--repo', 'acme/nope', '--out', archive],
      code: 4,
      line: 'sync: repository acme/nope not found; check the spelling of --repo / "repos", and that the token can read it (private repos need the repo scope or Issues: read)',
    },
    {
      name: 'an unreachable endpoint',
      args: () => ['--repo', 'acme/planning', '--out', archive],
      env: () => ({ GITHUB_GRAPHQL_URL: closedUrl }),
      code: 6,
      line: 'sync: cannot reach <CLOSED-URL> (ECONNREFUSED); check your network and GITHUB_GRAPHQL_URL',
    },
    {
      name: 'an exhausted rate limit',
      args: () => ['--repo', 'acme/planning', '--out', archive, '--full'],
      prepare: () => fake.failNext({ kind: 'rate-limit-exhausted' }),
      code: 5,
      line: 'sync: GitHub API rate limit exhausted; it resets at 2031-05-04T03:02:01Z; run the sync again after the reset; nothing was lost, it resumes from the last saved cursor',
    },
    {
      name: 'an invalid config file',
      args: () => {
        const file = join(makeTempDir(), 'archive.config.json');
        writeFileSync(file, JSON.stringify({ repos: ['planning'], label: 'sprint' }));
        return ['--out', archive, '--config', file];
      },
      code: 2,
      line: 'invalid config: "repos.0": expected "owner/name", for example "acme/planning"; fix the config file or point --config at another one (see docs/sync.md)',
    },
    {
      name: 'an output directory that cannot be written',
      args: () => ['--repo', 'acme/planning', '--out', join(archive, 'issues/acme/planning/1.md/sub')],
      code: 7,
      line: 'sync: cannot write to the output directory <OUT>/issues/acme/planning/1.md/sub (ENOTDIR); choose another --out or fix its permissions',
    },
    {
      name: 'no repository',
      args: () => ['--out', archive],
      code: 2,
      line: 'sync: no repository to sync; pass --repo owner/name or set "repos" in archive.config.json',
    },
    {
      name: 'an unknown option',
      args: () => ['--repos', 'acme/planning'],
      code: 2,
      line: "sync: Unknown option '--repos'; run with --help to see the options",
    },
  ];

  for (const failure of failures) {
    test(`${failure.name}: one line saying what to do, exit ${failure.code}, archive untouched`, async () => {
      const before = hashTree(archive);
      failure.prepare?.();
      const result = await sync(failure.args(), failure.env?.());
      expect(result.code).toBe(failure.code);
      if (failure.line.startsWith('sync: ')) expect(result.lastLine).toBe(failure.line);
      else expect(result.lastLine).toMatch(new RegExp(`^sync: .*/archive\\.config\\.json: ${failure.line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(hashTree(archive)).toEqual(before);
    });
  }

  test('a label no issue carries: a warning, exit 0, nothing deleted', async () => {
    const before = hashTree(archive);
    const result = await sync(['--repo', 'acme/planning', '--out', archive, '--label', 'retro']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('sync: warning: no issues labelled "retro" in acme/planning; nothing was deleted (check --label)\n');
    expect(hashTree(archive)).toEqual(before);
  });
});
