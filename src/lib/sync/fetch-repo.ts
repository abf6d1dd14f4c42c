/**
 * Fetch phase of one repository: every labelled issue (full) or those updated since the cursor
 * plus the recently updated ones whatever their labels (incremental). Reads the archive, never writes.
 */
import { join } from 'node:path';
import { readTextIfExists } from '../archive/atomic-write.ts';
import { parseMarkdownFile } from '../archive/markdown-file.ts';
import { issuePath } from '../archive/paths.ts';
import type { GitHubClient } from '../github/client.ts';
import { fetchSprintIssues, type CompleteIssue } from '../github/fetch-sprint-issues.ts';
import type { RecentIssue } from '../github/queries.ts';
import type { SyncProgressEvent } from './sync-archive.ts';

/** What GitHub said about one repository. */
export interface RepoFetch {
  /** "owner/name" as the user wrote it (the cursor's key). */
  input: string;
  mode: 'full' | 'incremental';
  /** GitHub's spelling of owner/name; null when no page came back. */
  repo: string | null;
  /** Labelled issues, one entry per issue number. */
  issues: CompleteIssue[];
  /** Incremental only: every issue updated since the cursor, with its labels. */
  recent: RecentIssue[] | null;
  previousSince: string | undefined;
}

export interface FetchRepoContext {
  label: string;
  outDir: string;
  /** The saved cursor; undefined means a full fetch. */
  previousSince: string | undefined;
  full: boolean;
  emit: (event: SyncProgressEvent) => void;
  /** Running totals across repositories, updated in place. */
  fetched: { issues: number; comments: number };
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

/** Fetches one repository's sprint issues, reporting progress page by page. */
export async function fetchRepo(client: GitHubClient, target: { input: string; owner: string; name: string }, context: FetchRepoContext): Promise<RepoFetch> {
  const { input, owner, name } = target;
  const mode = context.full || context.previousSince === undefined ? 'full' : 'incremental';
  context.emit({ type: 'repo-start', repo: input, mode, since: mode === 'incremental' ? context.previousSince! : null });
  const result: RepoFetch = { input, mode, repo: null, issues: [], recent: null, previousSince: context.previousSince };
  const seen = { issues: 0, comments: 0 };
  const events = fetchSprintIssues(client, {
    owner,
    name,
    label: context.label,
    since: mode === 'incremental' ? context.previousSince : undefined,
    withRecent: mode === 'incremental',
    isArchived: mode === 'incremental' ? (repo, issue) => isArchivedVersion(context.outDir, repo, issue.number, issue.updatedAt) : undefined,
  });
  for await (const event of events) {
    if (event.kind === 'recent') {
      result.recent = event.issues;
      continue;
    }
    result.repo = event.repo;
    // An issue updated while we page moves to the end of the updatedAt order and comes again: keep the newest copy.
    const numbers = new Set(event.issues.map((issue) => issue.number));
    result.issues = [...result.issues.filter((known) => !numbers.has(known.number)), ...event.issues];
    const comments = event.issues.reduce((sum, issue) => sum + issue.comments.length, 0);
    seen.issues += event.issues.length;
    seen.comments += comments;
    context.fetched.issues += event.issues.length;
    context.fetched.comments += comments;
    context.emit({ type: 'page', repo: input, issues: seen.issues, comments: seen.comments, requests: client.stats.requests, pointsRemaining: client.stats.pointsRemaining });
  }
  return result;
}
