/**
 * action.yml end to end: its run steps, in order, as a runner would execute them (tests/ci/run-composite.ts),
 * against the fake GitHub, with a calling repository that keeps its archive in content/ and pushes to
 * a local bare remote. The install step is skipped: this checkout is installed already, and
 * `npm ci` would replace the node_modules the other tests use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import type { FakeWorld } from '../fake-github/world.ts';
import { runCompositeAction, type CompositeRun } from './run-composite.ts';

const TOKEN = 'composite-action-token';

function world(): FakeWorld {
  const at = (day: number, hour: number) => `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
  return {
    repos: [
      {
        owner: 'acme',
        name: 'planning',
        issues: [1, 2].map((number) => ({
          number,
          title: `Sprint ${number} (2025-03-${String(number * 14 - 11).padStart(2, '0')})`,
          body: 'Plan.\n',
          state: 'CLOSED' as const,
          author: { login: 'scrum-master', type: 'User' as const },
          createdAt: at(number * 10, 9),
          updatedAt: at(number * 10, 18),
          closedAt: at(number * 10, 18),
          lastEditedAt: null,
          labels: ['iteration'],
          comments: [
            {
              databaseId: number * 100 + 1,
              author: { login: 'ana', type: 'User' as const },
              body: `## Platform\n\n- 🟢 Item ${number}\n`,
              createdAt: at(number * 10, 10),
              updatedAt: at(number * 10, 10),
              isMinimized: false,
              minimizedReason: null,
            },
          ],
        })),
      },
    ],
  };
}

describe('the composite action, run step by step like a runner', () => {
  let fake: FakeGitHub;
  let tmp: string;
  let workspace: string;
  let origin: string;
  let run: CompositeRun;
  // The ceiling keeps git from ever climbing into the project's own repository around node_modules/.cache.
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_CEILING_DIRECTORIES: tmp } }).trim();

  beforeAll(async () => {
    fake = await startFakeGitHub({ world: world(), token: TOKEN });
    // Inside the project, so the default site-dir (under the runner temp) is too: Astro puts the
    // prerender chunks of a build whose output lies outside the working directory into the shared
    // .astro/, where parallel builds clobber each other (docs/site.md).
    mkdirSync(resolve('node_modules/.cache'), { recursive: true });
    tmp = mkdtempSync(resolve('node_modules/.cache/ci-composite-action-'));
    origin = join(tmp, 'origin.git');
    workspace = join(tmp, 'workspace');
    git(tmp, 'init', '-q', '--bare', '-b', 'main', origin);
    git(tmp, 'clone', '-q', origin, workspace);
    git(workspace, 'checkout', '-q', '-b', 'main');
    expect(existsSync(join(workspace, '.git'))).toBe(true);
    mkdirSync(join(workspace, 'archive'), { recursive: true });
    // No repos in the config: the action falls back to the calling repository.
    writeFileSync(join(workspace, 'archive/archive.config.json'), '{ "title": "Planning archive" }\n');
    git(workspace, 'add', '.');
    git(workspace, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'start');
    git(workspace, 'push', '-q', 'origin', 'main');

    const env = { ...process.env };
    for (const key of Object.keys(env)) {
      if (/^(GITHUB_|GH_TOKEN$|ARCHIVE_|ASTRO_|SITE_URL$|BASE_PATH$|GIT_|COMMIT_|PUSH|VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/.test(key)) delete env[key];
    }
    run = await runCompositeAction(
      {
        actionPath: resolve('.'),
        workspace,
        temp: join(tmp, 'runner-temp'),
        repository: 'acme/planning',
        token: TOKEN,
        graphqlUrl: fake.url,
        env: { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CEILING_DIRECTORIES: tmp },
        skip: ['Install sprint-archive'],
      },
      {
        label: 'iteration',
        'archive-dir': 'archive',
        'commit-content': 'true',
        'site-url': 'https://acme.github.io',
        'base-path': '/planning',
      },
    );
  }, 300_000);

  afterAll(async () => {
    await fake?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('runs every step but the skipped install', () => {
    expect(run.steps.map((s) => [s.name, s.ran])).toEqual([
      ['Set up Node', false],
      ['Resolve paths', true],
      ['Restore the npm and Astro caches', false],
      ['Install sprint-archive', false],
      ['Sync sprint issues and comments', true],
      ['Commit and push the changed archive', true],
      ['Build the site', true],
    ]);
  });

  it('syncs the calling repository with the given label into the archive directory', () => {
    const sync = run.steps.find((s) => s.name === 'Sync sprint issues and comments')!;
    expect(sync.stdout + sync.stderr).toContain('syncing acme/planning');
    expect(sync.stdout + sync.stderr).toContain('--label iteration');
    expect(existsSync(join(workspace, 'archive/issues/acme/planning/1.md'))).toBe(true);
    expect(existsSync(join(workspace, 'archive/comments/acme/planning/2/201.md'))).toBe(true);
  });

  it('commits the archive and pushes it to the calling repository', () => {
    expect(run.outputs['content-changed']).toBe('true');
    expect(git(origin, 'log', '-1', '--format=%an|%s', 'main')).toBe('github-actions[bot]|Archive: sync sprint issues');
    expect(git(origin, 'show', '--name-only', '--format=', 'main')).toContain('archive/issues/acme/planning/2.md');
  });

  it('builds the site into site-dir under the runner temp folder, with the base path', () => {
    expect(run.outputs['archive-dir']).toBe(join(workspace, 'archive'));
    expect(run.outputs['site-dir']).toBe(join(tmp, 'runner-temp', 'sprint-archive-site'));
    const home = readFileSync(join(run.outputs['site-dir']!, 'index.html'), 'utf8');
    expect(home).toContain('Planning archive');
    expect(home).toContain('href="/planning/');
    expect(existsSync(join(run.outputs['site-dir']!, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});
