/**
 * Runs the command sequence of .github/workflows/archive.yml on this machine: the sync step
 * (scripts/ci/sync.sh, i.e. `npm run sync` as a child process) against the fake GitHub GraphQL
 * server on 127.0.0.1, the build step (`npm run build` with the Pages URL and base path), and the
 * commit job (scripts/ci/commit-content.sh), into temporary directories. Then checks the site and
 * the archive that would be committed, and that later runs cost what the README promises.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_STATE_FILE } from '../../src/lib/archive/paths.ts';
import { addComment, deleteComment } from '../fake-github/edit-world.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import type { FakeComment, FakeIssue, FakeWorld } from '../fake-github/world.ts';

const PROJECT = resolve('.');
const TOKEN = 'workflow-sequence-token';
const REPO = 'acme/planning';
/** Measured cost of a run triggered by one new comment (the README's "API budget" quotes it). */
const COMMENT_RUN_POINTS = 1;
/** Measured cost of a run that finds nothing new. */
const NO_CHANGE_RUN_POINTS = 1;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command asynchronously (the fake server lives in this process, so never spawnSync). */
function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  const base = { ...process.env };
  // Whatever the developer's shell or a CI runner exports must not leak into the sequence, nor what
  // Vitest puts into process.env for import.meta.env (BASE_URL=/ would override the build's base).
  for (const key of Object.keys(base)) {
    if (/^(GITHUB_|GH_TOKEN$|ARCHIVE_|ASTRO_|SITE_URL$|BASE_PATH$|GIT_|COMMIT_|PUSH|VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/.test(key)) {
      delete base[key];
    }
  }
  return new Promise((done) => {
    execFile(command, args, { cwd, env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function comment(databaseId: number, login: string | null, body: string, at: string): FakeComment {
  return {
    databaseId,
    author: login === null ? null : { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    body,
    createdAt: at,
    updatedAt: at,
    isMinimized: false,
    minimizedReason: null,
  };
}

function sprint(number: number, title: string, start: string, comments: FakeComment[], labels = ['sprint']): FakeIssue {
  return {
    number,
    title,
    body: `Plan for ${title}.\n\nOne comment per team, please.\n`,
    state: number < 3 ? 'CLOSED' : 'OPEN',
    author: { login: 'scrum-master', type: 'User' },
    createdAt: `${start}T09:00:00Z`,
    updatedAt: `${start}T18:00:00Z`,
    closedAt: number < 3 ? `${start}T18:00:00Z` : null,
    lastEditedAt: null,
    labels,
    comments,
  };
}

/** Three sprints with team updates in the usual conventions, a bot, a deleted author, and an issue without the label. */
function buildWorld(): FakeWorld {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'planning',
        issues: [
          sprint(1, 'Sprint 1 (2025-01-06 - 2025-01-17)', '2025-01-06', [
            comment(101, 'ana', '## Platform\n\n### Retro\n- 🟢 Shipped the queue\n\n### Priorities\n- [x] Migrate jobs @ana\n', '2025-01-06T10:00:00Z'),
            comment(102, 'bo', '## Payments\n\n- 🔴 Refunds API (blocked on legal)\n', '2025-01-06T11:00:00Z'),
          ]),
          sprint(2, 'Sprint 2 (2025-01-20 - 2025-01-31)', '2025-01-20', [
            comment(201, 'ana', '## Platform\n\n- 🟡 Queue v2 at risk\n', '2025-01-20T10:00:00Z'),
            comment(202, null, '## Payments\n\n- ✅ Refunds API\n', '2025-01-20T11:00:00Z'),
            comment(203, 'sprint-bot[bot]', 'Reminder: post your update.', '2025-01-20T12:00:00Z'),
          ]),
          sprint(3, 'Sprint 3: Search & <Discovery> (2025-02-03 - 2025-02-14)', '2025-02-03', [
            comment(301, 'cy', '## Search\n\n- 🟢 Ranking experiment\n', '2025-02-03T10:00:00Z'),
          ]),
          sprint(4, 'Fix the flaky deploy', '2025-02-04', [comment(401, 'dev', 'not a sprint', '2025-02-04T10:00:00Z')], ['bug']),
        ],
      },
    ],
  };
}

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the workflow command sequence, against the fake GitHub', () => {
  let fake: FakeGitHub;
  let tmp: string;
  /** Stands for the repository the workflow checks out: a git work tree with content/ in it. */
  let checkout: string;
  let archiveDir: string;
  let siteDir: string;
  let cacheDir: string;
  let firstSync: Run;
  let build: Run;
  let firstCommit: Run;

  // The ceiling keeps git from ever climbing into the project's own repository around node_modules/.cache.
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: checkout, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_CEILING_DIRECTORIES: tmp } }).trim();

  /** The sync step: same script and variables as the workflow (config names the repo, so no ARCHIVE_REPOS). */
  const syncStep = (extra: Record<string, string> = {}) =>
    run('bash', ['scripts/ci/sync.sh'], PROJECT, {
      GITHUB_TOKEN: TOKEN,
      GITHUB_GRAPHQL_URL: fake.url,
      ARCHIVE_DIR: archiveDir,
      ARCHIVE_REPOS: '',
      ARCHIVE_DEFAULT_REPO: 'acme/not-this-one',
      ARCHIVE_LABEL: '',
      ARCHIVE_FULL_SYNC: 'false',
      ...extra,
    });

  /** The commit job's last step, without a push (there is no remote). */
  const commitStep = () =>
    run('bash', [join(PROJECT, 'scripts/ci/commit-content.sh')], checkout, {
      ARCHIVE_DIR: 'content',
      PUSH: 'false',
      COMMIT_MESSAGE: 'Archive: sync sprint issues (issue_comment)',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CEILING_DIRECTORIES: tmp,
    });

  beforeAll(async () => {
    fake = await startFakeGitHub({ world: buildWorld(), token: TOKEN, rateLimit: 1000 });
    // Inside the project: Astro puts the prerender chunks of a build whose output lies outside the
    // working directory into the shared .astro/, where parallel builds clobber each other (docs/site.md).
    mkdirSync(join(PROJECT, 'node_modules/.cache'), { recursive: true });
    tmp = mkdtempSync(join(PROJECT, 'node_modules/.cache/ci-workflow-sequence-'));
    checkout = join(tmp, 'checkout');
    archiveDir = join(checkout, 'content');
    siteDir = join(tmp, 'dist');
    cacheDir = join(tmp, 'astro-cache');
    mkdirSync(archiveDir, { recursive: true });
    writeFileSync(
      join(archiveDir, 'archive.config.json'),
      `${JSON.stringify({ title: 'Acme sprint archive', repos: [REPO], label: 'sprint', teams: { platform: { name: 'Platform', aliases: [] } } }, null, 2)}\n`,
    );
    execFileSync('git', ['init', '-q', '-b', 'main', checkout]);
    expect(existsSync(join(checkout, '.git'))).toBe(true);
    git('add', '.');
    git('-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'Configure the archive');

    firstSync = await syncStep();
    build = await run('npm', ['run', 'build'], PROJECT, {
      ARCHIVE_DIR: archiveDir,
      ASTRO_OUT_DIR: siteDir,
      ASTRO_CACHE_DIR: cacheDir,
      SITE_URL: 'https://acme.github.io',
      BASE_PATH: '/planning',
    });
    firstCommit = await commitStep();
  }, 300_000);

  afterAll(async () => {
    await fake?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('syncs with the repo from the config file and exits 0', () => {
    expect(firstSync.stderr).not.toMatch(/sync: (error|fatal)/i);
    expect(firstSync.code).toBe(0);
    expect(firstSync.stdout + firstSync.stderr).toContain('npm run sync -- --out');
    expect(firstSync.stderr).toContain(REPO);
    expect(firstSync.stderr).not.toContain('acme/not-this-one');
  });

  it('writes one file per sprint issue and per comment, and the cursor, and nothing for the issue without the label', () => {
    const files = listFiles(archiveDir);
    const issues = files.filter((f) => f.startsWith('issues/'));
    const comments = files.filter((f) => f.startsWith('comments/'));
    expect(issues).toEqual(['issues/acme/planning/1.md', 'issues/acme/planning/2.md', 'issues/acme/planning/3.md']);
    expect(comments).toHaveLength(6);
    expect(comments.every((f) => /^comments\/acme\/planning\/[123]\/\d+\.md$/.test(f))).toBe(true);
    expect(files).toContain(SYNC_STATE_FILE);
    expect(files.join('\n')).not.toMatch(/\b4\.md|\/4\/|401\.md/);
  });

  it('builds the site with the Pages base path', () => {
    expect(build.stderr).not.toMatch(/\berror\b/i);
    expect(build.code).toBe(0);
    const home = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(home).toContain('Acme sprint archive');
    expect(home).toMatch(/href="\/planning\/sprints\/[^"]+\/"/);
  });

  it('has a page for every sprint with its title, escaped', () => {
    const pages = listFiles(join(siteDir, 'sprints')).filter((f) => f.endsWith('index.html'));
    expect(pages).toHaveLength(3);
    const html = pages.map((page) => readFileSync(join(siteDir, 'sprints', page), 'utf8')).join('\n');
    expect(html).toContain('Sprint 1 (2025-01-06 - 2025-01-17)');
    expect(html).toContain('<title>Sprint 3: Search &amp; &lt;Discovery&gt;');
    // `<` may stay literal inside a quoted attribute value; anywhere else it would open a tag.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<Discovery>');
    expect(html).not.toContain('Fix the flaky deploy');
  });

  it('has a Pagefind search index', () => {
    const index = listFiles(join(siteDir, 'pagefind'));
    expect(index).toContain('pagefind-entry.json');
    expect(index.some((f) => f.endsWith('.pf_meta'))).toBe(true);
  });

  it('commits exactly the synced archive, as the Actions bot', () => {
    expect(firstCommit.code).toBe(0);
    expect(git('log', '-1', '--format=%an|%s')).toBe('github-actions[bot]|Archive: sync sprint issues (issue_comment)');
    const committed = git('show', '--name-only', '--format=', 'HEAD').split('\n').sort();
    expect(committed).toEqual(
      listFiles(archiveDir)
        .filter((f) => f !== 'archive.config.json')
        .map((f) => `content/${f}`),
    );
    expect(git('status', '--porcelain')).toBe('');
  });

  it('leaves nothing to commit when a second run finds nothing new, for one request', async () => {
    const head = git('rev-parse', 'HEAD');
    const before = fake.requests.length;
    const usedBefore = fake.rateLimit.used;
    const second = await syncStep();
    expect(second.code).toBe(0);
    expect({ requests: fake.requests.length - before, points: fake.rateLimit.used - usedBefore }).toEqual({ requests: 1, points: NO_CHANGE_RUN_POINTS });
    // No issue or comment file changed; the cursor alone may move (here past the unlabelled issue,
    // which the incremental query also sees), and that is not committed.
    expect(git('status', '--porcelain', '--', 'content/issues', 'content/comments')).toBe('');
    expect(git('status', '--porcelain')).toMatch(/^(|M content\/sync-state\.json)$/);
    const commit = await commitStep();
    expect(commit.code).toBe(0);
    expect(commit.stdout).toMatch(/content unchanged.*nothing to commit/);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  it('leaves every byte of the archive unchanged on a third run with nothing new', async () => {
    await syncStep();
    const snapshot = listFiles(archiveDir).map((f) => [f, readFileSync(join(archiveDir, f), 'utf8')]);
    expect((await syncStep()).code).toBe(0);
    expect(listFiles(archiveDir).map((f) => [f, readFileSync(join(archiveDir, f), 'utf8')])).toEqual(snapshot);
  });

  it('costs one request and one point for a run triggered by a new comment, and commits only that comment', async () => {
    addComment(fake.world, REPO, 3, { databaseId: 302, author: { login: 'dee', type: 'User' }, body: '## Mobile\n\n- 🟢 Offline mode\n' });
    const before = fake.requests.length;
    const usedBefore = fake.rateLimit.used;
    const third = await syncStep();
    expect(third.code).toBe(0);
    const requests = fake.requests.slice(before);
    // The README quotes these figures; keep them in step.
    expect({ requests: requests.length, points: fake.rateLimit.used - usedBefore }).toEqual({ requests: 1, points: COMMENT_RUN_POINTS });
    const commit = await commitStep();
    expect(commit.code).toBe(0);
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'content/comments/acme/planning/3/302.md',
      'content/issues/acme/planning/3.md',
      `content/${SYNC_STATE_FILE}`,
    ]);
  });

  it('commits the deletion of a comment deleted on GitHub', async () => {
    deleteComment(fake.world, REPO, 2, 203);
    expect((await syncStep()).code).toBe(0);
    expect((await commitStep()).code).toBe(0);
    expect(git('show', '--name-status', '--format=', 'HEAD')).toContain('D\tcontent/comments/acme/planning/2/203.md');
  });
});
