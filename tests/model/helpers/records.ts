/** Hand-written archive records for model tests. */
import type { CommentRecord, IssueRecord } from '../../../src/lib/archive/records.ts';

const REPO = 'acme/planning';

/** A sprint issue record with sensible defaults. */
export function makeIssue(number: number, title: string, createdAt: string, body = 'Sprint planning.'): IssueRecord {
  return {
    repo: REPO,
    number,
    title,
    url: `https://github.com/${REPO}/issues/${number}`,
    state: 'CLOSED',
    author: 'lead',
    authorType: 'User',
    createdAt,
    updatedAt: createdAt,
    closedAt: null,
    lastEditedAt: null,
    labels: ['sprint'],
    body,
  };
}

/** A comment record on an issue of acme/planning; its id and url follow its REST id. */
export function makeComment(issue: number, databaseId: number, author: string | null, createdAt: string, body: string, authorType: 'User' | 'Bot' | null = 'User'): CommentRecord {
  return {
    repo: REPO,
    issue,
    id: `IC_${databaseId}`,
    databaseId,
    url: `https://github.com/${REPO}/issues/${issue}#issuecomment-${databaseId}`,
    author,
    authorType: author === null ? null : authorType,
    createdAt,
    updatedAt: createdAt,
    isMinimized: false,
    minimizedReason: null,
    body,
  };
}
