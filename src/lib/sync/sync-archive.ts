/**
 * The sync: fetch every repository's sprint issues (all of them, or those updated since the saved
 * cursor), then write them, prune what left, and save the cursor last. Nothing is written before
 * every fetch succeeded, so a bad token, a missing repo or an exhausted rate limit leaves the
 * archive untouched.
 */
import { join } from 'node:path';
import { assertWritableDir, removeStaleTempFiles } from '../archive/atomic-write.ts';
import { createFileCounts, type FileCounts } from '../archive/archive-store.ts';
import { getCursor, readSyncState, setCursor, writeSyncState } from '../archive/sync-state.ts';
import { createGitHubClient, type ClientTuning } from '../github/client.ts';
import { MissingTokenError } from '../github/errors.ts';
import { applyRepoFetch, computeNextSince } from './apply-repo-fetch.ts';
import { InvalidRepoError, NoReposError } from './errors.ts';
import { fetchRepo, type RepoFetch } from './fetch-repo.ts';

export { SAFETY_OVERLAP_SECONDS } from './apply-repo-fetch.ts';

export interface SyncOptions {
  endpoint: string;
  token: string;
  /** "owner/name" each. */
  repos: string[];
  label: string;
  outDir: string;
  /** Ignore the saved cursor and re-fetch everything (also prunes issues deleted on GitHub). */
  full?: boolean;
  fetch?: typeof fetch;
  onProgress?: (event: SyncProgressEvent) => void;
  /** Retry and throttle waits; tests shorten them. */
  tuning?: Partial<ClientTuning>;
}

export type SyncProgressEvent =
  | { type: 'repo-start'; repo: string; mode: 'full' | 'incremental'; since: string | null }
  | { type: 'page'; repo: string; issues: number; comments: number; requests: number; pointsRemaining: number | null }
  | { type: 'writing'; issues: number }
  | { type: 'warning'; message: string };

export interface SyncSummary {
  /** Files (issues + comments) created. */
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  issues: FileCounts;
  comments: FileCounts;
  /** Issues and comments received from GitHub. */
  fetched: { issues: number; comments: number };
  /** HTTP requests sent, retries included. */
  requests: number;
  pointsUsed: number;
  pointsRemaining: number | null;
  resetAt: string | null;
  warnings: string[];
}

/** Syncs sprint issues and comments of `repos` carrying `label` into `outDir`. */
export async function syncArchive(options: SyncOptions): Promise<SyncSummary> {
  if (!options.token) throw new MissingTokenError();
  if (options.repos.length === 0) throw new NoReposError();
  const repos = options.repos.map((repo) => {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repo);
    if (!match) throw new InvalidRepoError(repo);
    return { input: repo, owner: match[1]!, name: match[2]! };
  });
  const emit = options.onProgress ?? (() => {});
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    emit({ type: 'warning', message });
  };

  const client = createGitHubClient({ endpoint: options.endpoint, token: options.token, fetch: options.fetch, tuning: options.tuning });
  await assertWritableDir(options.outDir);
  const state = await readSyncState(options.outDir);
  const fetched = { issues: 0, comments: 0 };

  const results: RepoFetch[] = [];
  for (const target of repos) {
    const previousSince = getCursor(state, target.input, options.label);
    const result = await fetchRepo(client, target, { label: options.label, outDir: options.outDir, previousSince, full: options.full ?? false, emit, fetched });
    if (result.mode === 'full' && result.issues.length === 0) {
      warn(`no issues labelled "${options.label}" in ${target.input}; nothing was deleted (check --label)`);
    }
    results.push(result);
  }

  // Every fetch succeeded: from here on the archive changes. Temp files a killed run left are swept
  // only where the sync writes (--out may be a folder with much else in it).
  await removeStaleTempFiles(options.outDir, false);
  await removeStaleTempFiles(join(options.outDir, 'issues'), true);
  await removeStaleTempFiles(join(options.outDir, 'comments'), true);
  const counts = { issues: createFileCounts(), comments: createFileCounts() };
  if (fetched.issues > 0) emit({ type: 'writing', issues: fetched.issues });
  let nextState = state;
  for (const result of results) {
    await applyRepoFetch(options.outDir, result, options.label, counts);
    const since = computeNextSince(result);
    if (since !== undefined && since !== result.previousSince) nextState = setCursor(nextState, result.input, options.label, since);
  }
  // Last: the cursor only moves once everything it covers is on disk.
  if (nextState !== state) await writeSyncState(options.outDir, nextState);

  const total = (key: keyof FileCounts) => counts.issues[key] + counts.comments[key];
  return {
    added: total('added'),
    updated: total('updated'),
    removed: total('removed'),
    unchanged: total('unchanged'),
    issues: counts.issues,
    comments: counts.comments,
    fetched,
    requests: client.stats.requests,
    pointsUsed: client.stats.pointsUsed,
    pointsRemaining: client.stats.pointsRemaining,
    resetAt: client.stats.resetAt,
    warnings,
  };
}
