/**
 * The archive records a faithful sync of a fake world yields, computed straight from the world:
 * the oracle the sync tests compare with, and the input of tests and benchmarks that need an
 * archive without running the sync.
 */
import type { CommentRecord, IssueRecord } from '../../src/lib/archive/records.ts';
import { commentNodeId, type FakeWorld } from './world.ts';

/** Every issue (carrying `label`, when given) and its comments as IssueRecord / CommentRecord, in world order. */
export function recordsFromWorld(world: FakeWorld, label?: string): { issues: IssueRecord[]; comments: CommentRecord[] } {
  const issues: IssueRecord[] = [];
  const comments: CommentRecord[] = [];
  for (const repo of world.repos) {
    const fullName = `${repo.owner}/${repo.name}`;
    for (const issue of repo.issues) {
      if (label !== undefined && !issue.labels.includes(label)) continue;
      const url = `https://github.com/${fullName}/issues/${issue.number}`;
      issues.push({
        repo: fullName,
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
          repo: fullName,
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
