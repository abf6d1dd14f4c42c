import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SYNC_SH = resolve('scripts/ci/sync.sh');
const COMMIT_SH = resolve('scripts/ci/commit-content.sh');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-scripts-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Environment without the variables a CI runner or the developer's shell may have set. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(ARCHIVE_|GIT_|GITHUB_|COMMIT_|PUSH)/.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

describe('scripts/ci/sync.sh', () => {
  /** Runs sync.sh with a stub `npm` first on PATH that records its arguments. */
  function syncArgs(env: Record<string, string>): string[] {
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    const record = join(dir, 'npm-args');
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${record}'\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    execFileSync('bash', [SYNC_SH], { cwd: dir, env: cleanEnv({ PATH: `${bin}:${process.env['PATH']}`, ...env }), stdio: 'pipe' });
    return readFileSync(record, 'utf8').trimEnd().split('\n');
  }

  it('runs npm run sync into content with no options when nothing is set and the config names repos', () => {
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/archive.config.json'), '{ "repos": [ "acme/planning" ] }');
    expect(syncArgs({ ARCHIVE_DEFAULT_REPO: 'acme/site' })).toEqual(['run', 'sync', '--', '--out', 'content']);
  });

  it('passes every repository of ARCHIVE_REPOS, whatever separates them, then the label and --full', () => {
    const args = syncArgs({
      ARCHIVE_DIR: 'archive',
      ARCHIVE_REPOS: 'acme/one, acme/two\nacme/three',
      ARCHIVE_LABEL: 'iteration',
      ARCHIVE_FULL_SYNC: 'true',
    });
    expect(args).toEqual([
      'run', 'sync', '--', '--out', 'archive',
      '--repo', 'acme/one', '--repo', 'acme/two', '--repo', 'acme/three',
      '--label', 'iteration', '--full',
    ]);
  });

  it('falls back to the repository the workflow runs in when neither the variable nor the config names one', () => {
    expect(syncArgs({ ARCHIVE_DEFAULT_REPO: 'acme/planning' })).toEqual(['run', 'sync', '--', '--out', 'content', '--repo', 'acme/planning']);
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/archive.config.json'), '{\n  "title": "Sprints",\n  "repos": []\n}\n');
    expect(syncArgs({ ARCHIVE_DEFAULT_REPO: 'acme/planning' })).toContain('acme/planning');
  });

  it('does not add --full for the false a non-dispatch event gives', () => {
    expect(syncArgs({ ARCHIVE_FULL_SYNC: 'false', ARCHIVE_REPOS: 'a/b' })).not.toContain('--full');
  });

  it('fails with the exit code of the sync', () => {
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "sync: bad credentials" >&2\nexit 3\n');
    chmodSync(join(bin, 'npm'), 0o755);
    const result = spawnSync('bash', [SYNC_SH], { cwd: dir, env: cleanEnv({ PATH: `${bin}:${process.env['PATH']}` }), encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('bad credentials');
  });
});

describe('scripts/ci/commit-content.sh', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: cleanEnv({}), stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  let origin: string;
  let work: string;
  let output: string;

  beforeEach(() => {
    origin = join(dir, 'origin.git');
    work = join(dir, 'work');
    output = join(dir, 'github-output');
    git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
    git(dir, 'clone', '-q', origin, work);
    git(work, 'checkout', '-q', '-b', 'main');
    mkdirSync(join(work, 'content/issues/acme/planning'), { recursive: true });
    writeFileSync(join(work, 'content/archive.config.json'), '{}\n');
    writeFileSync(join(work, 'README.md'), 'project\n');
    git(work, 'add', '.');
    git(work, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'start');
    git(work, 'push', '-q', 'origin', 'main');
  });

  function commit(extra: Record<string, string> = {}) {
    return spawnSync('bash', [COMMIT_SH], {
      cwd: work,
      encoding: 'utf8',
      env: cleanEnv({ GITHUB_OUTPUT: output, GIT_CONFIG_GLOBAL: '/dev/null', ...extra }),
    });
  }

  it('commits new and changed archive files as the Actions bot and pushes them', () => {
    writeFileSync(join(work, 'content/issues/acme/planning/1.md'), '---\nnumber: 1\n---\n');
    writeFileSync(join(work, 'content/sync-state.json'), '{}\n');
    const result = commit({ COMMIT_MESSAGE: 'Archive: sync sprint issues (issue_comment)' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(git(origin, 'log', '-1', '--format=%an <%ae>|%s', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|Archive: sync sprint issues (issue_comment)',
    );
    expect(git(origin, 'show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([
      'content/issues/acme/planning/1.md',
      'content/sync-state.json',
    ]);
    expect(readFileSync(output, 'utf8')).toBe('changed=true\n');
  });

  it('makes no commit when the sync changed nothing', () => {
    const before = git(origin, 'rev-parse', 'main');
    const result = commit();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content unchanged, nothing to commit');
    expect(git(origin, 'rev-parse', 'main')).toBe(before);
    expect(readFileSync(output, 'utf8')).toBe('changed=false\n');
  });

  it('makes no commit when only the sync cursor moved', () => {
    writeFileSync(join(work, 'content/sync-state.json'), '{ "since": 1 }\n');
    writeFileSync(join(work, 'content/issues/acme/planning/1.md'), 'x\n');
    expect(commit().status).toBe(0);
    const before = git(origin, 'rev-parse', 'main');
    writeFileSync(join(work, 'content/sync-state.json'), '{ "since": 2 }\n');
    const result = commit({ ARCHIVE_DIR: join(work, 'content') });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('only the sync cursor moved');
    expect(git(origin, 'rev-parse', 'main')).toBe(before);
    expect(git(work, 'status', '--porcelain')).toBe('M content/sync-state.json');
    expect(readFileSync(output, 'utf8')).toBe('changed=true\nchanged=false\n');
  });

  it('commits a moved cursor together with changed issues, with an absolute archive directory', () => {
    writeFileSync(join(work, 'content/sync-state.json'), '{ "since": 3 }\n');
    writeFileSync(join(work, 'content/issues/acme/planning/6.md'), 'x\n');
    expect(commit({ ARCHIVE_DIR: join(work, 'content') }).status).toBe(0);
    expect(git(origin, 'show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([
      'content/issues/acme/planning/6.md',
      'content/sync-state.json',
    ]);
  });

  it('commits deletions, so a comment deleted on GitHub leaves the archive', () => {
    writeFileSync(join(work, 'content/issues/acme/planning/2.md'), 'x\n');
    expect(commit().status).toBe(0);
    rmSync(join(work, 'content/issues/acme/planning/2.md'));
    expect(commit().status).toBe(0);
    expect(git(origin, 'show', '--name-status', '--format=', 'main')).toBe('D\tcontent/issues/acme/planning/2.md');
  });

  it('leaves changes outside the archive directory out of the commit', () => {
    writeFileSync(join(work, 'README.md'), 'edited by hand\n');
    writeFileSync(join(work, 'content/issues/acme/planning/3.md'), 'x\n');
    expect(commit().status).toBe(0);
    expect(git(origin, 'show', '--name-only', '--format=', 'main')).toBe('content/issues/acme/planning/3.md');
    expect(git(work, 'status', '--porcelain')).toBe('M README.md');
  });

  it('rebases onto commits pushed since the checkout and pushes again', () => {
    const other = join(dir, 'other');
    git(dir, 'clone', '-q', origin, other);
    writeFileSync(join(other, 'README.md'), 'pushed meanwhile\n');
    git(other, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-am', 'meanwhile');
    git(other, 'push', '-q', 'origin', 'main');

    writeFileSync(join(work, 'content/issues/acme/planning/4.md'), 'x\n');
    const result = commit();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('push rejected (attempt 1)');
    expect(git(origin, 'log', '--format=%s', 'main').split('\n')).toEqual(['Archive: sync sprint issues', 'meanwhile', 'start']);
  });

  it('commits without pushing when PUSH is false', () => {
    writeFileSync(join(work, 'content/issues/acme/planning/5.md'), 'x\n');
    const before = git(origin, 'rev-parse', 'main');
    expect(commit({ PUSH: 'false' }).status).toBe(0);
    expect(git(origin, 'rev-parse', 'main')).toBe(before);
    expect(git(work, 'log', '-1', '--format=%s')).toBe('Archive: sync sprint issues');
  });
});
