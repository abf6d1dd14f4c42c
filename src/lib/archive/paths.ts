import { join } from 'node:path';

/** Where an issue lives inside the archive directory. */
export function issuePath(repo: string, number: number): string {
  return join('issues', ...repo.split('/'), `${number}.md`);
}

/** Where a comment lives inside the archive directory: under its issue, named by its REST id. */
export function commentPath(repo: string, issue: number, databaseId: number): string {
  return join('comments', ...repo.split('/'), String(issue), `${databaseId}.md`);
}

/** Folder holding every comment of one issue. */
export function issueCommentsDir(repo: string, issue: number): string {
  return join('comments', ...repo.split('/'), String(issue));
}

/** The sync cursor, saved last, only after everything it covers is on disk. */
export const SYNC_STATE_FILE = 'sync-state.json';
