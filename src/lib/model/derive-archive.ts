import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import type { ArchiveConfig } from '../config/schema.ts';
import { createOkrKeyRegistry } from '../parse/okr-key.ts';
import {
  classifyIssueComments,
  orderIssueComments,
  parseSprint,
  toSprintId,
  toTeamMention,
  type ClassifiedComment,
  type ParseComment,
} from '../parse/parse-sprint.ts';
import { parseSprintTitle } from '../parse/sprint-title.ts';
import { resolveTeams, type TeamMention } from '../parse/team-identity.ts';
import { deriveOkrHistories } from './derive-okrs.ts';
import { derivePeople } from './derive-people.ts';
import { deriveTeamTimelines } from './derive-teams.ts';
import { sortSprintsOldestFirst } from './order-sprints.ts';
import type { ArchiveModel } from './types.ts';

/**
 * Parses every sprint with the given comment parser and derives timelines, OKR history and people.
 * Sprints are parsed oldest first, so team identity and OKR keys see the archive in time order.
 */
export function deriveArchiveModel(issues: IssueRecord[], comments: CommentRecord[], config: ArchiveConfig, parseComment: ParseComment): ArchiveModel {
  const commentsByIssue = new Map<string, CommentRecord[]>();
  for (const comment of comments) {
    const id = toSprintId({ repo: comment.repo, number: comment.issue });
    commentsByIssue.set(id, [...(commentsByIssue.get(id) ?? []), comment]);
  }
  const ordered = sortSprintsOldestFirst(
    issues.map((issue) => ({ issue, id: toSprintId(issue), start: parseSprintTitle(issue.title, issue.createdAt)?.start ?? null, createdAt: issue.createdAt })),
  );
  const sprintIndex = new Map<string, number>();
  for (const entry of ordered) {
    const index = sprintIndex.size;
    sprintIndex.set(entry.id, index);
  }
  const mentions: TeamMention[] = [];
  const classified = new Map<string, ClassifiedComment[]>();
  for (const { issue, id } of ordered) {
    const entries = classifyIssueComments(issue, orderIssueComments(issue, commentsByIssue.get(id) ?? []), parseComment);
    classified.set(id, entries);
    for (const entry of entries) if (entry.kind === 'update') mentions.push(toTeamMention(entry, sprintIndex.get(id)!));
  }
  const teams = resolveTeams(mentions, config);
  const okrKeys = createOkrKeyRegistry();
  const sprints = ordered.map(({ issue, id }) =>
    parseSprint(issue, commentsByIssue.get(id) ?? [], config, { parseComment, teams, okrKeys, sprintIndex: sprintIndex.get(id)!, classified: classified.get(id)! }),
  );
  return {
    sprints: [...sprints].reverse(),
    teams: deriveTeamTimelines(sprints, config),
    okrs: deriveOkrHistories(sprints),
    people: derivePeople(sprints, config),
  };
}
