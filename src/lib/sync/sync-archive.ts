/**
 * The sync: fetch every repository's sprint issues (all of them, or those updated since the saved
 * cursor), then write them, prune what left, and save the cursor last. Nothing is written before
 * every fetch succeeded, so a bad token, a missing repo or an exhausted rate limit leaves the
 * archive untouched.
 */
import { join } from 'node:path';
import { assertWritableDir, readTextIfExists, removeStaleTempFiles } from '../archive/atomic-write.ts';
import { parseMarkdownFile } from '../archive/markdown-file.ts';
import { issuePath } from '../archive/paths.ts';
import { createFileCounts, listArchivedIssueNumbers, removeIssue, writeIssueWithComments, type FileCounts } from '../archive/archive-store.ts';
import { getCursor, readSyncState, setCursor, writeSyncState } from '../archive/sync-state.ts';
import { createGitHubClient, type ClientTuning } from '../github/client.ts';
import { MissingTokenError } from '../github/errors.ts';
import { fetchSprintIssues, type CompleteIssue } from '../github/fetch-sprint-issues.ts';
import type { RecentIssue } from '../github/queries.ts';
import { InvalidRepoError, NoReposError } from './errors.ts';
import { buildIssueRecords } from './build-records.ts';

/** How far before the newest update seen the next incremental sync starts (guards against replica lag). */
export const SAFETY_OVERLAP_SECONDS = 300;

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

interface RepoResult {
  input: string;
  mode: 'full' | 'incremental';
  /** GitHub's spelling of owner/name; null when no page came back with issues' repo. */
  repo: string | null;
  issues: CompleteIssue[];
  recent: RecentIssue[] | null;
  previousSince: string | undefined;
}

function maxTimestamp(values: Iterable<string>, start: string | undefined): string | undefined {
  let max = start === undefined ? undefined : Date.parse(start);
  for (const value of values) {
    const time = Date.parse(value);
    if (max === undefined || time > max) max = time;
  }
  return max === undefined ? undefined : new Date(max).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** True when the archive holds the issue with this very updatedAt (its comments were written before it). */
async function isArchivedVersion(outDir: string, repo: string, number: number, updatedAt: string): Promise<boolean> {
  const text = await readTextIfExists(join(outDir, issuePath(repo, number)));
  if (text === null) return false;
  try {
    return parseMarkdownFile(text).data['updatedAt'] === updatedAt;
  } catch {
    return false;
  }
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

  const results: RepoResult[] = [];
  for (const { input, owner, name } of repos) {
    const previousSince = getCursor(state, input, options.label);
    const mode = options.full || previousSince === undefined ? 'full' : 'incremental';
    emit({ type: 'repo-start', repo: input, mode, since: mode === 'incremental' ? previousSince! : null });
    const result: RepoResult = { input, mode, repo: null, issues: [], recent: null, previousSince };
    let repoIssues = 0;
    let repoComments = 0;
    const events = fetchSprintIssues(client, {
      owner,
      name,
      label: options.label,
      since: mode === 'incremental' ? previousSince : undefined,
      withRecent: mode === 'incremental',
      isArchived: mode === 'incremental' ? (repo, issue) => isArchivedVersion(options.outDir, repo, issue.number, issue.updatedAt) : undefined,
    });
    for await (const event of events) {
      if (event.kind === 'recent') {
        result.recent = event.issues;
        continue;
      }
      result.repo = event.repo;
      result.issues.push(...event.issues);
      repoIssues += event.issues.length;
      const comments = event.issues.reduce((sum, issue) => sum + issue.comments.length, 0);
      repoComments += comments;
      fetched.issues += event.issues.length;
      fetched.comments += comments;
      emit({ type: 'page', repo: input, issues: repoIssues, comments: repoComments, requests: client.stats.requests, pointsRemaining: client.stats.pointsRemaining });
    }
    if (mode === 'full' && result.issues.length === 0) {
      warn(`no issues labelled "${options.label}" in ${input}; nothing was deleted (check --label)`);
    }
    results.push(result);
  }

  // Every fetch succeeded: from here on the archive changes.
  // Only where the sync writes: --out may be a folder with much else in it.
  await removeStaleTempFiles(options.outDir, false);
  await removeStaleTempFiles(join(options.outDir, 'issues'), true);
  await removeStaleTempFiles(join(options.outDir, 'comments'), true);
  const counts = { issues: createFileCounts(), comments: createFileCounts() };
  if (fetched.issues > 0) emit({ type: 'writing', issues: fetched.issues });
  let nextState = state;
  for (const result of results) {
    // GitHub's spelling of the name when it sent any issue, so paths match the URLs.
    const repo = result.repo ?? result.input;
    for (const issue of result.issues) {
      if (!issue.commentsComplete) {
        // Same updatedAt as the archived file: GitHub would have bumped it for any change.
        counts.issues.unchanged += 1;
        continue;
      }
      const records = buildIssueRecords(repo, issue);
      await writeIssueWithComments(options.outDir, records.issue, records.comments, counts);
    }
    if (result.mode === 'full' && result.issues.length > 0) {
      const kept = new Set(result.issues.map((issue) => issue.number));
      for (const number of await listArchivedIssueNumbers(options.outDir, repo)) {
        if (!kept.has(number)) await removeIssue(options.outDir, repo, number, counts);
      }
    }
    if (result.recent) {
      const archived = new Set(await listArchivedIssueNumbers(options.outDir, repo));
      for (const issue of result.recent) {
        const labelled = issue.labels.nodes.some((label) => label.name === options.label);
        if (!labelled && archived.has(issue.number)) await removeIssue(options.outDir, repo, issue.number, counts);
      }
    }
    if (result.mode === 'full' && result.issues.length === 0) continue;
    const newest = maxTimestamp([...result.issues.map((issue) => issue.updatedAt), ...(result.recent ?? []).map((issue) => issue.updatedAt)], undefined);
    if (newest !== undefined) {
      const overlapped = new Date(Date.parse(newest) - SAFETY_OVERLAP_SECONDS * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const since = result.mode === 'incremental' ? maxTimestamp([overlapped], result.previousSince)! : overlapped;
      nextState = setCursor(nextState, result.input, options.label, since);
    }
  }
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
