import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import type { ArchiveConfig } from '../config/schema.ts';
import type { ArchiveModel } from './types.ts';

/**
 * Parses every sprint and derives timelines, OKR history and people (pure, no I/O).
 * STUB: replaced by the parser work (issue 3); the signature is the contract the site relies on.
 */
export function buildArchiveModel(issues: IssueRecord[], comments: CommentRecord[], _config: ArchiveConfig): ArchiveModel {
  const sprints = issues
    .map((issue) => ({
      id: `${issue.repo}#${issue.number}`,
      slug: `${issue.repo.replace('/', '-')}-${issue.number}`.toLowerCase(),
      repo: issue.repo,
      number: issue.number,
      title: issue.title,
      url: issue.url,
      state: issue.state,
      start: null,
      end: null,
      quarter: `${issue.createdAt.slice(0, 4)}-Q${Math.floor(Number(issue.createdAt.slice(5, 7)) / 3.01) + 1}`,
      createdAt: issue.createdAt,
      closedAt: issue.closedAt,
      updates: [],
      comments: comments
        .filter((c) => c.repo === issue.repo && c.issue === issue.number)
        .map((c) => ({ id: c.id, kind: 'discussion' as const })),
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { sprints, teams: [], okrs: [], people: [] };
}
