/**
 * Writes and prunes issues and their comments under an archive directory, using the path and
 * frontmatter contracts. Comments are written before their issue, stale comments removed after,
 * so a killed run leaves only files the next run rewrites to the same bytes.
 */
import { readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileIfChanged, type WriteOutcome } from './atomic-write.ts';
import { serializeMarkdownFile } from './markdown-file.ts';
import { commentPath, issueCommentsDir, issuePath } from './paths.ts';
import { COMMENT_KEYS, ISSUE_KEYS, type CommentRecord, type IssueRecord } from './records.ts';

const WRITE_CONCURRENCY = 32;

/** Files added, updated, removed, unchanged. */
export interface FileCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** Zero counts. */
export function createFileCounts(): FileCounts {
  return { added: 0, updated: 0, removed: 0, unchanged: 0 };
}

/** The bytes of an issue file. */
export function renderIssueFile(issue: IssueRecord): string {
  const { body, ...data } = issue;
  return serializeMarkdownFile(data, ISSUE_KEYS, body);
}

/** The bytes of a comment file. */
export function renderCommentFile(comment: CommentRecord): string {
  const { body, ...data } = comment;
  return serializeMarkdownFile(data, COMMENT_KEYS, body);
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Writes one issue and exactly its comments; comments no longer on GitHub are deleted. */
export async function writeIssueWithComments(
  outDir: string,
  issue: IssueRecord,
  comments: readonly CommentRecord[],
  counts: { issues: FileCounts; comments: FileCounts },
): Promise<void> {
  const tally = (bucket: FileCounts, outcome: WriteOutcome) => {
    bucket[outcome] += 1;
  };
  const keep = new Set(comments.map((comment) => `${comment.databaseId}.md`));
  // Files are independent, so write them concurrently; the issue file still comes after all of them.
  for (let start = 0; start < comments.length; start += WRITE_CONCURRENCY) {
    const batch = comments.slice(start, start + WRITE_CONCURRENCY);
    const outcomes = await Promise.all(
      batch.map((comment) => writeFileIfChanged(join(outDir, commentPath(issue.repo, issue.number, comment.databaseId)), renderCommentFile(comment))),
    );
    for (const outcome of outcomes) tally(counts.comments, outcome);
  }
  const dir = join(outDir, issueCommentsDir(issue.repo, issue.number));
  for (const name of await listNames(dir)) {
    if (!name.endsWith('.md') || keep.has(name)) continue;
    await rm(join(dir, name), { force: true });
    counts.comments.removed += 1;
  }
  if (comments.length === 0) await rmdir(dir).catch(() => undefined);
  tally(counts.issues, await writeFileIfChanged(join(outDir, issuePath(issue.repo, issue.number)), renderIssueFile(issue)));
}

/** Deletes an issue's comments, then the issue itself; returns false when nothing was archived. */
export async function removeIssue(outDir: string, repo: string, number: number, counts: { issues: FileCounts; comments: FileCounts }): Promise<boolean> {
  const dir = join(outDir, issueCommentsDir(repo, number));
  const names = (await listNames(dir)).filter((name) => name.endsWith('.md'));
  for (const name of names) {
    await rm(join(dir, name), { force: true });
    counts.comments.removed += 1;
  }
  await rm(dir, { recursive: true, force: true });
  const file = join(outDir, issuePath(repo, number));
  const existed = (await listNames(join(outDir, 'issues', ...repo.split('/')))).includes(`${number}.md`);
  await rm(file, { force: true });
  if (existed) counts.issues.removed += 1;
  return existed || names.length > 0;
}

/** Issue numbers archived for a repository: issue files and comment folders (a killed removal leaves one without the other). */
export async function listArchivedIssueNumbers(outDir: string, repo: string): Promise<number[]> {
  const numbers = new Set<number>();
  for (const name of await listNames(join(outDir, 'issues', ...repo.split('/')))) {
    const match = /^(\d+)\.md$/.exec(name);
    if (match) numbers.add(Number(match[1]));
  }
  for (const name of await listNames(join(outDir, 'comments', ...repo.split('/')))) {
    if (/^\d+$/.test(name)) numbers.add(Number(name));
  }
  return [...numbers].sort((a, b) => a - b);
}
