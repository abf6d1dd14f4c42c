import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import type { ArchiveConfig } from '../config/schema.ts';

/** Puts records in one canonical order (issues by repository and number, comments by id), in place. */
export function sortRecords(issues: IssueRecord[], comments: CommentRecord[]): void {
  issues.sort((a, b) => (a.repo === b.repo ? a.number - b.number : a.repo < b.repo ? -1 : 1));
  comments.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Everything the model is derived from, as one string: equal keys, equal models. */
export function archiveInputKey(config: ArchiveConfig, issues: readonly IssueRecord[], comments: readonly CommentRecord[]): string {
  return JSON.stringify([config, issues, comments]);
}
