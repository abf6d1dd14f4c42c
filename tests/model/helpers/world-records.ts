/** Turns a fake GitHub world into archive records, as a sync would write them. */
import type { CommentRecord, IssueRecord } from '../../../src/lib/archive/records.ts';
import { commentNodeId, type FakeWorld } from '../../fake-github/world.ts';

/** Every issue and comment of the world as IssueRecord / CommentRecord. */
export function toArchiveRecords(world: FakeWorld): { issues: IssueRecord[]; comments: CommentRecord[] } {
  const issues: IssueRecord[] = [];
  const comments: CommentRecord[] = [];
  for (const repo of world.repos) {
    const name = `${repo.owner}/${repo.name}`;
    for (const issue of repo.issues) {
      const url = `https://github.com/${name}/issues/${issue.number}`;
      issues.push({
        repo: name,
        number: issue.number,
        title: issue.title,
        url,
        state: issue.state,
        author: issue.author?.login ?? null,
        authorType: issue.author?.type ?? null,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
        closedAt: issue.closedAt,
        lastEditedAt: issue.lastEditedAt,
        labels: [...issue.labels].sort(),
        body: issue.body,
      });
      for (const comment of issue.comments) {
        comments.push({
          repo: name,
          issue: issue.number,
          id: commentNodeId(comment.databaseId),
          databaseId: comment.databaseId,
          url: `${url}#issuecomment-${comment.databaseId}`,
          author: comment.author?.login ?? null,
          authorType: comment.author?.type ?? null,
          createdAt: comment.createdAt,
          updatedAt: comment.updatedAt,
          isMinimized: comment.isMinimized,
          minimizedReason: comment.minimizedReason,
          body: comment.body,
        });
      }
    }
  }
  return { issues, comments };
}
