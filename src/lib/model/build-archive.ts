import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import type { ArchiveConfig } from '../config/schema.ts';
import { parseTeamComment } from '../parse/comment/parse-team-comment.ts';
import { deriveArchiveModel } from './derive-archive.ts';
import type { ArchiveModel } from './types.ts';

/** Parses every sprint and derives timelines, OKR history and people (pure, no I/O). */
export function buildArchiveModel(issues: IssueRecord[], comments: CommentRecord[], config: ArchiveConfig): ArchiveModel {
  return deriveArchiveModel(issues, comments, config, parseTeamComment);
}
