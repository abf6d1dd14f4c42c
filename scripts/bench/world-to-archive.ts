/**
 * Writes a FakeWorld straight into an archive directory with the archive's own contract functions,
 * so the benchmark and the browser tests need neither a network nor the sync. The real sync writes
 * the same bytes for the same world (same serializer, paths and key order).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serializeMarkdownFile } from '../../src/lib/archive/markdown-file.ts';
import { commentPath, issuePath } from '../../src/lib/archive/paths.ts';
import { COMMENT_KEYS, ISSUE_KEYS, type CommentRecord, type IssueRecord } from '../../src/lib/archive/records.ts';
import { CONFIG_FILE_NAME } from '../../src/lib/config/schema.ts';
import { commentNodeId, type FakeWorld } from '../../tests/fake-github/world.ts';

/** Flattens a world into the records the archive stores, issues in repo then number order. */
export function recordsFromWorld(world: FakeWorld): { issues: IssueRecord[]; comments: CommentRecord[] } {
  const issues: IssueRecord[] = [];
  const comments: CommentRecord[] = [];
  for (const repo of world.repos) {
    const full = `${repo.owner}/${repo.name}`;
    for (const issue of repo.issues) {
      const url = `https://github.com/${full}/issues/${issue.number}`;
      issues.push({
        repo: full,
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
          repo: full,
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

/** Replaces `dir` with the archive of `world` (plus its config file); returns how many files were written. */
export function writeWorldArchive(world: FakeWorld, config: object, dir: string): { issues: number; comments: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, CONFIG_FILE_NAME), `${JSON.stringify(config, null, 2)}\n`);
  const { issues, comments } = recordsFromWorld(world);
  for (const { body, ...data } of issues) {
    writeFile(join(dir, issuePath(data.repo, data.number)), serializeMarkdownFile(data, ISSUE_KEYS, body));
  }
  for (const { body, ...data } of comments) {
    writeFile(join(dir, commentPath(data.repo, data.issue, data.databaseId)), serializeMarkdownFile(data, COMMENT_KEYS, body));
  }
  return { issues: issues.length, comments: comments.length };
}

function writeFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
