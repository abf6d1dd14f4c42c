/**
 * Edits to a FakeWorld the way GitHub applies them: every change to an issue or its comments also
 * moves the issue's `updatedAt` forward, which is what `filterBy.since` sees.
 */
import type { FakeComment, FakeIssue, FakeWorld } from './world.ts';

let clock = Date.parse('2030-01-01T00:00:00Z');

/** A fresh timestamp, later than any earlier call and than any demo data. */
export function nextTimestamp(): string {
  clock += 1000;
  return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Finds an issue; throws if the test refers to one that does not exist. */
export function findIssue(world: FakeWorld, repo: string, number: number): FakeIssue {
  const [owner, name] = repo.split('/');
  const issue = world.repos.find((r) => r.owner === owner && r.name === name)?.issues.find((i) => i.number === number);
  if (!issue) throw new Error(`no issue ${repo}#${number} in the world`);
  return issue;
}

function touch(issue: FakeIssue, at: string): void {
  issue.updatedAt = at;
}

/** Edits a comment's body. */
export function editComment(world: FakeWorld, repo: string, number: number, databaseId: number, body: string): void {
  const issue = findIssue(world, repo, number);
  const comment = issue.comments.find((c) => c.databaseId === databaseId);
  if (!comment) throw new Error(`no comment ${databaseId} on ${repo}#${number}`);
  const at = nextTimestamp();
  comment.body = body;
  comment.updatedAt = at;
  touch(issue, at);
}

/** Adds a comment; returns it. */
export function addComment(world: FakeWorld, repo: string, number: number, comment: Pick<FakeComment, 'databaseId' | 'author' | 'body'>): FakeComment {
  const issue = findIssue(world, repo, number);
  const at = nextTimestamp();
  const added: FakeComment = { ...comment, createdAt: at, updatedAt: at, isMinimized: false, minimizedReason: null };
  issue.comments.push(added);
  touch(issue, at);
  return added;
}

/** Deletes a comment. */
export function deleteComment(world: FakeWorld, repo: string, number: number, databaseId: number): void {
  const issue = findIssue(world, repo, number);
  issue.comments = issue.comments.filter((c) => c.databaseId !== databaseId);
  touch(issue, nextTimestamp());
}

/** Removes a label from an issue. */
export function removeLabel(world: FakeWorld, repo: string, number: number, label: string): void {
  const issue = findIssue(world, repo, number);
  issue.labels = issue.labels.filter((l) => l !== label);
  touch(issue, nextTimestamp());
}

/** Edits an issue's title. */
export function editIssueTitle(world: FakeWorld, repo: string, number: number, title: string): void {
  const issue = findIssue(world, repo, number);
  issue.title = title;
  const at = nextTimestamp();
  issue.lastEditedAt = at;
  touch(issue, at);
}
