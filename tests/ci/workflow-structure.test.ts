import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SYNC_STATE_FILE } from '../../src/lib/archive/paths.ts';
import { jobRuns, type Value } from './expression.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  with?: Record<string, string | boolean | number>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflowText = readFileSync('.github/workflows/archive.yml', 'utf8');
const workflow = parse(workflowText) as Workflow;
const actionText = readFileSync('action.yml', 'utf8');
const action = parse(actionText) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};
const jobs = workflow.jobs;

function step(job: Job, predicate: (s: Step) => boolean, what: string): Step {
  const found = job.steps.find(predicate);
  if (!found) throw new Error(`no step ${what}`);
  return found;
}
const usesAction = (name: string) => (s: Step) => s.uses?.startsWith(`${name}@`) ?? false;
const runs = (command: string) => (s: Step) => s.run?.includes(command) ?? false;

/** Every job the given job waits for, directly or not. */
function ancestors(name: string): string[] {
  const needs = jobs[name]?.needs ?? [];
  const direct = Array.isArray(needs) ? needs : [needs];
  return [...direct, ...direct.flatMap(ancestors)];
}

describe('the archive workflow', () => {
  it('runs on sprint issue changes, comment changes, a daily schedule and a manual full-sync dispatch', () => {
    expect(workflow.on).toEqual({
      issues: { types: ['closed', 'reopened', 'edited', 'labeled', 'unlabeled'] },
      issue_comment: { types: ['created', 'edited', 'deleted'] },
      schedule: [{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }],
      workflow_dispatch: {
        inputs: { full: { description: expect.any(String), type: 'boolean', default: false } },
      },
    });
  });

  it('grants nothing at the top and exactly what each job needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(jobs).sort()).toEqual(['commit', 'deploy', 'sync']);
    expect(jobs['sync']?.permissions).toEqual({ contents: 'read', issues: 'read', pages: 'read' });
    expect(jobs['commit']?.permissions).toEqual({ contents: 'write' });
    expect(jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('queues overlapping runs in one concurrency group without cancelling the running one', () => {
    expect(workflow.concurrency.group).toMatch(/\S/);
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  });

  it('filters on the label at job level, before any runner starts, and every other job waits on that job', () => {
    const sync = jobs['sync']!;
    expect(sync.if).toContain("vars.SPRINT_ARCHIVE_LABEL || 'sprint'");
    expect(sync.if).toContain('github.event.issue.labels.*.name');
    expect(ancestors('commit')).toContain('sync');
    expect(ancestors('deploy')).toContain('sync');
    // The install happens after the checkout, in the filtered job.
    const names = sync.steps.map((s) => s.uses?.split('@')[0] ?? s.run ?? '');
    expect(names.indexOf('actions/checkout')).toBeLessThan(names.findIndex((n) => n.startsWith('npm install')));
  });

  it('installs with npm install on Node 24 with the npm cache, then syncs, then builds', () => {
    const sync = jobs['sync']!;
    expect(step(sync, usesAction('actions/setup-node'), 'setup-node').with).toEqual({ 'node-version': 24, cache: 'npm' });
    const order = ['npm install', 'scripts/ci/sync.sh', 'npm run build'].map((command) => sync.steps.findIndex(runs(command)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('passes the token and the GraphQL endpoint to the sync, and --full on the daily run and from the dispatch input', () => {
    const env = step(jobs['sync']!, runs('scripts/ci/sync.sh'), 'that syncs').env ?? {};
    expect(env['GITHUB_TOKEN']).toBe('${{ secrets.SPRINT_ARCHIVE_TOKEN || github.token }}');
    expect(env['GITHUB_GRAPHQL_URL']).toBe('${{ vars.SPRINT_ARCHIVE_GRAPHQL_URL || github.graphql_url }}');
    expect(env['ARCHIVE_FULL_SYNC']).toBe("${{ github.event_name == 'schedule' || (github.event_name == 'workflow_dispatch' && inputs.full) }}");
    expect(env['ARCHIVE_LABEL']).toBe('${{ vars.SPRINT_ARCHIVE_LABEL }}');
  });

  it('restores the Astro cache and, when the archive is not committed, the synced files with their cursor', () => {
    const sync = jobs['sync']!;
    expect(sync.env?.['ASTRO_CACHE_DIR']).toBe('.cache/astro');
    const caches = sync.steps.filter(usesAction('actions/cache'));
    expect(caches.map((c) => String(c.with?.['path']).trim().split('\n'))).toEqual([
      ['content/issues', 'content/comments', `content/${SYNC_STATE_FILE}`],
      ['.cache/astro'],
    ]);
    expect(caches[0]?.if).toBe("env.COMMIT_CONTENT != 'true'");
    // Caches are immutable per key: a key per run with a prefix to restore from keeps the newest.
    for (const cache of caches) {
      expect(String(cache.with?.['key'])).toContain('${{ github.run_id }}');
      expect(String(cache.with?.['key']).startsWith(String(cache.with?.['restore-keys']))).toBe(true);
    }
  });

  it('builds with the Pages origin and base path and uploads dist as the Pages artifact', () => {
    const sync = jobs['sync']!;
    expect(step(sync, usesAction('actions/configure-pages'), 'configure-pages').id).toBe('pages');
    expect(step(sync, runs('npm run build'), 'that builds').env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(step(sync, usesAction('actions/upload-pages-artifact'), 'upload-pages-artifact').with).toEqual({ path: 'dist' });
  });

  it('commits the synced files in a job that runs no npm code, only when committing is on', () => {
    const commit = jobs['commit']!;
    expect(commit.if).toBe("(vars.SPRINT_ARCHIVE_COMMIT_CONTENT || 'true') == 'true' && needs.sync.outputs.synced == 'true'");
    expect(commit.steps.some((s) => /\bnpm\b|\bnpx\b/.test(s.run ?? ''))).toBe(false);
    const upload = step(jobs['sync']!, usesAction('actions/upload-artifact'), 'upload-artifact');
    const download = step(commit, usesAction('actions/download-artifact'), 'download-artifact');
    expect(download.with?.['name']).toBe(upload.with?.['name']);
    expect(download.with?.['path']).toBe('content');
    const cleared = commit.steps.findIndex(runs('rm -rf content/issues content/comments'));
    expect(cleared).toBeGreaterThanOrEqual(0);
    expect(cleared).toBeLessThan(commit.steps.indexOf(download));
    expect(commit.steps.at(-1)?.run).toBe('bash scripts/ci/commit-content.sh');
  });

  it('runs the commit job only when committing is on and the sync job handed over synced files', () => {
    const commitIf = jobs['commit']!.if;
    const contexts = (vars: Record<string, Value>, synced: string) => ({ vars, needs: { sync: { outputs: { synced } } } });
    expect(jobRuns(commitIf, contexts({}, 'true'))).toBe(true);
    expect(jobRuns(commitIf, contexts({ SPRINT_ARCHIVE_COMMIT_CONTENT: 'false' }, 'true'))).toBe(false);
    expect(jobRuns(commitIf, contexts({}, 'false'))).toBe(false);
    const upload = step(jobs['sync']!, usesAction('actions/upload-artifact'), 'upload-artifact');
    expect(upload.if).toBe("env.COMMIT_CONTENT == 'true' && steps.synced.outputs.present == 'true'");
    expect(upload.with?.['if-no-files-found']).toBe('error');
  });

  it('deploys from the github-pages environment with deploy-pages', () => {
    const deploy = jobs['deploy']!;
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy.steps).toHaveLength(1);
    expect(deploy.steps[0]?.uses).toMatch(/^actions\/deploy-pages@/);
  });
});

describe('the workflow and the action', () => {
  const allSteps = [...Object.values(jobs).flatMap((j) => j.steps), ...action.runs.steps];

  it('pin every action to a full commit SHA with its version in a comment', () => {
    const uses = [...`${workflowText}\n${actionText}`.matchAll(/uses: (\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(8);
    for (const [, ref, comment] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
  });

  it('pin each action to one SHA everywhere', () => {
    const shaByAction = new Map<string, Set<string>>();
    for (const s of allSteps.filter((s) => s.uses)) {
      const [name, sha] = s.uses!.split('@') as [string, string];
      shaByAction.set(name, (shaByAction.get(name) ?? new Set()).add(sha));
    }
    for (const [name, shas] of shaByAction) expect({ name, shas: shas.size }).toEqual({ name, shas: 1 });
  });

  it('never expand expressions inside shell scripts, only in env (no script injection)', () => {
    const runSteps = allSteps.filter((s) => s.run !== undefined);
    expect(runSteps.length).toBeGreaterThan(5);
    for (const s of runSteps) expect(s.run).not.toContain('${{');
  });
});

describe('the label filter of the workflow', () => {
  const condition = jobs['sync']!.if;
  const issue = (labels: string[], extra: Record<string, Value> = {}): Record<string, Value> => ({
    issue: { number: 7, labels: labels.map((name) => ({ name })), ...extra },
  });
  const context = (eventName: string, event: Record<string, Value>, vars: Record<string, Value> = {}) => ({
    github: { event_name: eventName, event },
    vars,
  });

  it('lets through a comment on a sprint issue', () => {
    expect(jobRuns(condition, context('issue_comment', issue(['sprint'])))).toBe(true);
  });

  it('skips a comment on an issue without the sprint label', () => {
    expect(jobRuns(condition, context('issue_comment', issue(['bug'])))).toBe(false);
    expect(jobRuns(condition, context('issues', issue([])))).toBe(false);
  });

  it('skips a comment on a pull request, even one labelled sprint', () => {
    expect(jobRuns(condition, context('issue_comment', issue(['sprint'], { pull_request: { url: 'x' } })))).toBe(false);
  });

  it('lets through removing the sprint label, so the issue leaves the archive', () => {
    const event = { action: 'unlabeled', label: { name: 'sprint' }, ...issue(['bug']) };
    expect(jobRuns(condition, context('issues', event))).toBe(true);
    const other = { action: 'unlabeled', label: { name: 'bug' }, ...issue([]) };
    expect(jobRuns(condition, context('issues', other))).toBe(false);
  });

  it('compares labels without regard to case, like GitHub', () => {
    expect(jobRuns(condition, context('issues', issue(['Sprint'])))).toBe(true);
  });

  it('uses the SPRINT_ARCHIVE_LABEL variable instead of sprint when it is set', () => {
    const vars = { SPRINT_ARCHIVE_LABEL: 'iteration' };
    expect(jobRuns(condition, context('issues', issue(['iteration']), vars))).toBe(true);
    expect(jobRuns(condition, context('issues', issue(['sprint']), vars))).toBe(false);
  });

  it('always runs on the schedule and on manual dispatch', () => {
    expect(jobRuns(condition, context('schedule', {}))).toBe(true);
    expect(jobRuns(condition, context('workflow_dispatch', { inputs: { full: true } }))).toBe(true);
  });
});

describe('the composite action', () => {
  it('is a composite action whose run steps all name their shell', () => {
    expect(action.runs.using).toBe('composite');
    for (const s of action.runs.steps.filter((s) => s.run !== undefined)) expect(s.shell).toBe('bash');
  });

  it('uses every input it declares and declares every input it uses', () => {
    const used = new Set([...actionText.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('takes the inputs the README documents', () => {
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['repos', 'label', 'site-url', 'base-path', 'commit-content', 'full-sync', 'token', 'graphql-url', 'working-directory', 'archive-dir']),
    );
    expect(action.inputs['token']?.default).toBe('${{ github.token }}');
    expect(action.inputs['graphql-url']?.default).toBe('${{ github.graphql_url }}');
    expect(action.inputs['commit-content']?.default).toBe('false');
  });

  it('runs the same sync and commit helpers as the workflow and exposes the built site for deploy', () => {
    const runsText = action.runs.steps.map((s) => s.run ?? '').join('\n');
    expect(runsText).toContain('bash scripts/ci/sync.sh');
    expect(runsText).toContain('scripts/ci/commit-content.sh');
    expect(runsText).toContain('npm run build');
    expect(action.outputs['site-dir']?.value).toBe('${{ steps.paths.outputs.site-dir }}');
    const build = action.runs.steps.find(runs('npm run build'))!;
    expect(build.env?.['ASTRO_OUT_DIR']).toBe('${{ steps.paths.outputs.site-dir }}');
  });
});
