/**
 * GitHub's answer → the archive's records (pure): validated with the frontmatter schemas, so a
 * file the sync writes always loads in the site build.
 */
import { CommentFrontmatterSchema, IssueFrontmatterSchema, type CommentRecord, type IssueRecord } from '../archive/records.ts';
import { GitHubResponseError } from '../github/errors.ts';
import type { CompleteIssue } from '../github/fetch-sprint-issues.ts';
import type { CommentNode } from '../github/queries.ts';

function validate<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new GitHubResponseError(`${what}: field "${issue?.path.join('.') ?? '?'}" ${issue?.message ?? 'is invalid'}`);
}

/** The archive record of one comment. */
export function buildCommentRecord(repo: string, issueNumber: number, comment: CommentNode): CommentRecord {
  const data = validate(
    CommentFrontmatterSchema,
    {
      repo,
      issue: issueNumber,
      id: comment.id,
      databaseId: comment.databaseId,
      url: comment.url,
      author: comment.author?.login ?? null,
      authorType: comment.author?.__typename ?? null,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      isMinimized: comment.isMinimized,
      minimizedReason: comment.isMinimized ? comment.minimizedReason : null,
    },
    `comment ${comment.url}`,
  );
  return { ...data, body: comment.body };
}

/** The archive records of one issue and its comments (sorted by databaseId, i.e. creation order). */
export function buildIssueRecords(repo: string, issue: CompleteIssue): { issue: IssueRecord; comments: CommentRecord[] } {
  const data = validate(
    IssueFrontmatterSchema,
    {
      repo,
      number: issue.number,
      title: issue.title,
      url: issue.url,
      state: issue.state,
      author: issue.author?.login ?? null,
      authorType: issue.author?.__typename ?? null,
      createdAt: issue.createdAt,
      updatedAt: issue.updatedAt,
      closedAt: issue.closedAt,
      lastEditedAt: issue.lastEditedAt,
      labels: issue.labels.nodes.map((label) => label.name).sort(),
    },
    `issue ${issue.url}`,
  );
  const seen = new Set<number>();
  const comments = issue.comments
    .filter((comment) => !seen.has(comment.databaseId) && seen.add(comment.databaseId))
    .sort((a, b) => a.databaseId - b.databaseId)
    .map((comment) => buildCommentRecord(repo, issue.number, comment));
  return { issue: { ...data, body: issue.body }, comments };
}
