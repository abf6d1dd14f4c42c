/**
 * Page iterators over one repository's sprint issues: pages of labelled issues (each completed to its
 * last comment), then the issues updated since the cursor whatever their labels, to find the ones
 * that lost the label. Every loop throws StuckCursorError rather than request the same page twice.
 */
import type { GitHubClient } from './client.ts';
import { QueryTimeoutError, StuckCursorError } from './errors.ts';
import {
  buildMoreCommentsQuery,
  buildMoreCommentsSchema,
  buildSprintIssuesQuery,
  INCREMENTAL_PAGE_SIZE,
  MORE_COMMENTS_BATCH,
  PAGE_SIZE,
  RECENT_ISSUES_QUERY,
  RecentIssuesSchema,
  SprintIssuesSchema,
  type CommentNode,
  type IssueNode,
  type RecentIssue,
  type SprintIssuesData,
} from './queries.ts';

/**
 * An issue with its comments: all of them, unless `commentsComplete` is false because the caller
 * said the issue is unchanged since it was archived (then only the first page is here).
 */
export type CompleteIssue = Omit<IssueNode, 'comments'> & { comments: CommentNode[]; commentsComplete: boolean };

/** Smallest issues page tried when GitHub times out on bigger ones. */
const MIN_PAGE_SIZE = 12;

export interface FetchSprintIssuesOptions {
  owner: string;
  name: string;
  label: string;
  /** Only issues updated at or after this instant; undefined for all. */
  since?: string | undefined;
  /** Also list every issue updated since `since` with its labels (incremental syncs). */
  withRecent: boolean;
  /**
   * True when the archive already holds this exact version of the issue (same updatedAt): its
   * comments past the first page are then not fetched, which keeps a no-change sync at 1 request.
   */
  isArchived?: ((repo: string, issue: IssueNode) => Promise<boolean>) | undefined;
}

export type FetchEvent =
  /** One page of labelled issues, complete with comments; `repo` is GitHub's "owner/name" spelling. */
  | { kind: 'issues'; repo: string; issues: CompleteIssue[] }
  /** Every issue updated since `since`, whatever its labels (only when `withRecent`). */
  | { kind: 'recent'; issues: RecentIssue[] };

/** Fails when a page claims more results but hands back a cursor we already followed. */
export function assertCursorAdvanced(what: string, previous: string | null | undefined, next: string | null): void {
  if (next === null || next === previous) throw new StuckCursorError(what, next);
}

/** Yields the repository's labelled issues page by page, then (optionally) the recently updated ones. */
export async function* fetchSprintIssues(client: GitHubClient, options: FetchSprintIssuesOptions): AsyncGenerator<FetchEvent> {
  const { owner, name } = options;
  let after: string | undefined;
  // An incremental sync usually finds a handful of issues: a small first page keeps it at 1 point.
  let pageSize = options.since ? INCREMENTAL_PAGE_SIZE : PAGE_SIZE;
  let smallFirstPage = Boolean(options.since);
  let recentAfter: string | undefined;
  let recent: RecentIssue[] | null = null;
  let recentHasNext = false;
  for (;;) {
    const withRecent: boolean = options.withRecent && recent === null;
    let data: SprintIssuesData;
    try {
      data = await client.query(
        buildSprintIssuesQuery(withRecent),
        { owner, name, labels: [options.label], since: options.since ?? null, after: after ?? null, pageSize, ...(withRecent ? { recentAfter: null, recentFirst: pageSize } : {}) },
        SprintIssuesSchema,
      );
    } catch (error) {
      // 100 issues with 100 comments each can be too much for GitHub to serve in time: ask for fewer.
      if (!(error instanceof QueryTimeoutError) || pageSize <= MIN_PAGE_SIZE) throw error;
      pageSize = Math.max(MIN_PAGE_SIZE, Math.floor(pageSize / 2));
      continue;
    }
    const { issues } = data.repository;
    if (withRecent) {
      const page = data.repository.recent;
      recent = [...(page?.nodes ?? [])];
      recentHasNext = page?.pageInfo.hasNextPage ?? false;
      if (recentHasNext) {
        assertCursorAdvanced(`recently updated issues of ${owner}/${name}`, undefined, page!.pageInfo.endCursor);
        recentAfter = page!.pageInfo.endCursor!;
      }
    }
    const repo = data.repository.nameWithOwner;
    const skip = new Set<number>();
    for (const issue of issues.nodes) {
      if (issue.comments.pageInfo.hasNextPage && (await options.isArchived?.(repo, issue))) skip.add(issue.number);
    }
    yield { kind: 'issues', repo, issues: await completeComments(client, owner, name, issues.nodes, skip) };
    if (!issues.pageInfo.hasNextPage) break;
    assertCursorAdvanced(`issues labelled "${options.label}" in ${owner}/${name}`, after, issues.pageInfo.endCursor);
    after = issues.pageInfo.endCursor!;
    if (smallFirstPage) {
      smallFirstPage = false;
      pageSize = PAGE_SIZE;
    }
  }
  if (!options.withRecent || recent === null) return;
  while (recentHasNext) {
    const data = await client.query(RECENT_ISSUES_QUERY, { owner, name, since: options.since ?? null, recentAfter }, RecentIssuesSchema);
    const page = data.repository.recent;
    recent.push(...page.nodes);
    recentHasNext = page.pageInfo.hasNextPage;
    if (recentHasNext) {
      assertCursorAdvanced(`recently updated issues of ${owner}/${name}`, recentAfter, page.pageInfo.endCursor);
      recentAfter = page.pageInfo.endCursor!;
    }
  }
  yield { kind: 'recent', issues: recent };
}

/** Fetches the comments past the first page for every issue that has more, batching issues per request. */
async function completeComments(client: GitHubClient, owner: string, name: string, issues: IssueNode[], skip: Set<number>): Promise<CompleteIssue[]> {
  const complete = issues.map((issue) => ({ ...issue, comments: [...issue.comments.nodes], commentsComplete: !skip.has(issue.number) }));
  let pending = issues
    .map((issue, index) => ({ index, cursor: issue.comments.pageInfo.endCursor, hasNext: issue.comments.pageInfo.hasNextPage }))
    .filter((entry) => entry.hasNext && complete[entry.index]!.commentsComplete);
  for (const entry of pending) assertCursorAdvanced(`comments of ${owner}/${name}#${issues[entry.index]!.number}`, undefined, entry.cursor);
  while (pending.length > 0) {
    const batch = pending.slice(0, MORE_COMMENTS_BATCH);
    const variables: Record<string, unknown> = { owner, name };
    batch.forEach((entry, i) => {
      variables[`n${i}`] = issues[entry.index]!.number;
      variables[`c${i}`] = entry.cursor;
    });
    const data = await client.query(buildMoreCommentsQuery(batch.length), variables, buildMoreCommentsSchema(batch.length));
    const next: typeof pending = [];
    batch.forEach((entry, i) => {
      const connection = data.repository[`i${i}`]!.comments;
      complete[entry.index]!.comments.push(...connection.nodes);
      if (connection.pageInfo.hasNextPage) {
        assertCursorAdvanced(`comments of ${owner}/${name}#${issues[entry.index]!.number}`, entry.cursor, connection.pageInfo.endCursor);
        next.push({ ...entry, cursor: connection.pageInfo.endCursor });
      }
    });
    pending = [...next, ...pending.slice(MORE_COMMENTS_BATCH)];
  }
  return complete;
}
