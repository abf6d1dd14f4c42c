/** Shared helpers of the sync tests: temp dirs, tree hashes, and the records a world should yield. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseMarkdownFile } from '../../src/lib/archive/markdown-file.ts';
import { CommentFrontmatterSchema, IssueFrontmatterSchema, type CommentRecord, type IssueRecord } from '../../src/lib/archive/records.ts';
import type { ClientTuning } from '../../src/lib/github/client.ts';
import type { FakeWorld } from '../fake-github/world.ts';
import { recordsFromWorld } from '../fake-github/world-records.ts';

/** Waits short enough that retries and throttling cost milliseconds. */
export const FAST_TUNING: Partial<ClientTuning> = { minIntervalMs: 0, retryBaseMs: 5 };

const made: string[] = [];

/** A fresh temp directory, removed by cleanTempDirs. */
export function makeTempDir(prefix = 'sync-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory makeTempDir created. */
export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` (relative path → sha256), dot files included. */
export function hashTree(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function listMarkdown(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Reads the archive back: every issue and comment record, validated by the frontmatter schemas. */
export function readArchive(dir: string): { issues: IssueRecord[]; comments: CommentRecord[] } {
  const issues = listMarkdown(join(dir, 'issues')).map((file) => {
    const { data, body } = parseMarkdownFile(readFileSync(file, 'utf8'));
    return { ...IssueFrontmatterSchema.parse(data), body };
  });
  const comments = listMarkdown(join(dir, 'comments')).map((file) => {
    const { data, body } = parseMarkdownFile(readFileSync(file, 'utf8'));
    return { ...CommentFrontmatterSchema.parse(data), body };
  });
  const byIssue = (a: IssueRecord, b: IssueRecord) => (a.repo === b.repo ? a.number - b.number : a.repo < b.repo ? -1 : 1);
  return { issues: issues.sort(byIssue), comments: comments.sort((a, b) => a.databaseId - b.databaseId) };
}

/** The records a faithful sync of `world` must produce for `label`, computed straight from the world. */
export function expectedArchive(world: FakeWorld, label = 'sprint'): { issues: IssueRecord[]; comments: CommentRecord[] } {
  const { issues, comments } = recordsFromWorld(world, label);
  const byIssue = (a: IssueRecord, b: IssueRecord) => (a.repo === b.repo ? a.number - b.number : a.repo < b.repo ? -1 : 1);
  return { issues: issues.sort(byIssue), comments: comments.sort((a, b) => a.databaseId - b.databaseId) };
}
