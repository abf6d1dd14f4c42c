import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import type { ArchiveConfig } from '../config/schema.ts';
import { classifyComment, extractTemplates, prepareTemplates } from './classify-comment.ts';
import type { ParsedComment } from './comment/types.ts';
import { assignOkrKeys, createOkrKeyRegistry, type OkrKeyRegistry } from './okr-key.ts';
import { parseSprintTitle } from './sprint-title.ts';
import { resolveTeams, type TeamIdentity, type TeamMention } from './team-identity.ts';
import type { CommentKind, Sprint, TeamUpdate } from './types.ts';

/** What sprint parsing needs from the comment parser: `parseTeamComment`'s result, legend aside. */
export type ParsedTeamComment = Omit<ParsedComment, 'legend'>;

/** Parses one comment body; injected so sprint parsing does not depend on one comment parser. */
export type ParseComment = (body: string, options?: { templates?: readonly string[] }) => ParsedTeamComment;

/** What parseSprint needs beyond the issue: the comment parser and archive-wide identity state. */
export interface ParseSprintContext {
  parseComment: ParseComment;
  /** Canonical team per comment id, resolved over the whole archive; else resolved within this sprint. */
  teams?: Map<string, TeamIdentity>;
  /** Objectives seen in earlier sprints; pass one registry through every sprint, oldest first. */
  okrKeys?: OkrKeyRegistry;
  /** Position of the sprint in chronological order, for team identity within the sprint. */
  sprintIndex?: number;
  /** The issue's comments already classified by classifyIssueComments, to avoid parsing them twice. */
  classified?: ClassifiedComment[];
}

/** A comment with what the parser read and how it was classified. */
export interface ClassifiedComment {
  comment: CommentRecord;
  parsed: ParsedTeamComment;
  kind: CommentKind;
}

const HIDDEN_AS_NOISE = new Set(['spam', 'abuse', 'off-topic', 'off_topic', 'offtopic']);

/** "owner/repo#number". */
export function toSprintId(issue: Pick<IssueRecord, 'repo' | 'number'>): string {
  return `${issue.repo}#${issue.number}`;
}

/** URL-safe sprint slug: "owner-repo-number", lowercased. */
export function toSprintSlug(issue: Pick<IssueRecord, 'repo' | 'number'>): string {
  return `${issue.repo.replace('/', '-')}-${issue.number}`.toLowerCase().replace(/[^a-z0-9-]+/gu, '-');
}

/** "2024-Q3" for a YYYY-MM-DD date or an ISO timestamp. */
export function toQuarter(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((Math.min(Math.max(month, 1), 12) - 1) / 3) + 1}`;
}

/** The comments of one issue in display order (creation time, then REST id). */
export function orderIssueComments(issue: Pick<IssueRecord, 'repo' | 'number'>, comments: CommentRecord[]): CommentRecord[] {
  return comments
    .filter((comment) => comment.repo === issue.repo && comment.issue === issue.number)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.databaseId - b.databaseId);
}

/** Parses and classifies every comment of an issue (comments already in display order). */
export function classifyIssueComments(issue: IssueRecord, ordered: CommentRecord[], parseComment: ParseComment): ClassifiedComment[] {
  const templates = extractTemplates(issue.body);
  const templateLines = prepareTemplates(templates);
  return ordered.map((comment) => {
    const parsed = parseComment(comment.body, { templates });
    const hidden = comment.isMinimized && HIDDEN_AS_NOISE.has((comment.minimizedReason ?? '').toLowerCase());
    const kind = hidden ? 'discussion' : classifyComment(comment, parsed, templateLines);
    return { comment, parsed, kind };
  });
}

/** Team identity's view of one update. */
export function toTeamMention(entry: ClassifiedComment, sprintIndex: number): TeamMention {
  const owners = entry.parsed.items.flatMap((item) => item.owners);
  return {
    id: entry.comment.id,
    sprintIndex,
    teamName: entry.parsed.teamName,
    teamAliases: entry.parsed.teamAliases,
    author: entry.comment.author,
    people: [...owners, ...entry.parsed.supportHeroes, ...entry.parsed.away],
  };
}

function buildUpdate(entry: ClassifiedComment, identity: TeamIdentity, anchor: string, quarter: string, registry: OkrKeyRegistry): TeamUpdate {
  const { comment, parsed } = entry;
  return {
    team: identity.slug,
    teamName: parsed.teamName ?? identity.name,
    commentId: comment.id,
    commentUrl: comment.url,
    anchor,
    author: comment.author,
    createdAt: comment.createdAt,
    supportHeroes: parsed.supportHeroes,
    away: parsed.away,
    okrs: assignOkrKeys(parsed.okrs, identity.slug, quarter, registry),
    items: parsed.items,
    structured: parsed.structured,
  };
}

/**
 * Parses one sprint issue: dates from the title, quarter, every comment classified in display
 * order, and a TeamUpdate per update comment with its canonical team, a unique anchor and OKR keys.
 */
export function parseSprint(issue: IssueRecord, comments: CommentRecord[], config: ArchiveConfig, context: ParseSprintContext): Sprint {
  const dates = parseSprintTitle(issue.title, issue.createdAt);
  const quarter = toQuarter(dates?.start ?? issue.createdAt);
  const classified = context.classified ?? classifyIssueComments(issue, orderIssueComments(issue, comments), context.parseComment);
  const updates = classified.filter((entry) => entry.kind === 'update');
  const sprintIndex = context.sprintIndex ?? 0;
  const local = resolveTeams(
    updates.filter((entry) => !context.teams?.has(entry.comment.id)).map((entry) => toTeamMention(entry, sprintIndex)),
    config,
  );
  const registry = context.okrKeys ?? createOkrKeyRegistry();
  const anchors = new Set<string>();
  const teamUpdates = updates.map((entry) => {
    const identity = context.teams?.get(entry.comment.id) ?? local.get(entry.comment.id)!;
    let anchor = `team-${identity.slug}`;
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `team-${identity.slug}-${n}`;
    anchors.add(anchor);
    return buildUpdate(entry, identity, anchor, quarter, registry);
  });
  return {
    id: toSprintId(issue),
    slug: toSprintSlug(issue),
    repo: issue.repo,
    number: issue.number,
    title: issue.title,
    url: issue.url,
    state: issue.state,
    start: dates?.start ?? null,
    end: dates?.end ?? null,
    quarter,
    createdAt: issue.createdAt,
    closedAt: issue.closedAt,
    updates: teamUpdates,
    comments: classified.map((entry) => ({ id: entry.comment.id, kind: entry.kind })),
  };
}
