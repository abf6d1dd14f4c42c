/** The parsed model of DESIGN.md: what the parser reads out of one sprint issue and its comments. */

export const STATUSES = [
  'done',
  'on-track',
  'at-risk',
  'off-track',
  'not-done',
  'in-progress',
  'not-started',
  'blocked',
  'abandoned',
  'unknown',
] as const;
export type Status = (typeof STATUSES)[number];

export const SECTIONS = ['retro', 'carry-over', 'high', 'low', 'other'] as const;
export type Section = (typeof SECTIONS)[number];

/** One work item in a team update. */
export interface Item {
  section: Section;
  /** Item text without its status marker and owner handles, Markdown kept. */
  text: string;
  status: Status;
  /** GitHub logins without "@", or plain names as written. */
  owners: string[];
  /** Absolute URLs found in the item (issues, PRs, docs). */
  links: string[];
}

/** An objective or key result; `key` is stable across sprints for the same OKR of a team. */
export interface Okr {
  key: string;
  title: string;
  status: Status;
  children: Okr[];
}

/** What a comment is. Only `update` comments carry a TeamUpdate. */
export type CommentKind = 'update' | 'discussion' | 'bot' | 'template';

/** One team's comment on a sprint issue, parsed. */
export interface TeamUpdate {
  /** Canonical team slug, stable across renames. */
  team: string;
  /** The team's name as written in this comment's heading. */
  teamName: string;
  /** Node id of the comment. */
  commentId: string;
  commentUrl: string;
  /** Anchor of the team's section on the sprint page, unique within the sprint. */
  anchor: string;
  author: string | null;
  createdAt: string;
  supportHeroes: string[];
  away: string[];
  okrs: Okr[];
  items: Item[];
  /** False when nothing beyond the team was recognised: the comment is kept and rendered as is. */
  structured: boolean;
}

/** A sprint issue, parsed. */
export interface Sprint {
  /** "owner/repo#number": unique across repos. */
  id: string;
  /** URL-safe form of `id` used in page paths, e.g. "acme-planning-123". */
  slug: string;
  repo: string;
  number: number;
  title: string;
  url: string;
  state: 'OPEN' | 'CLOSED';
  /** YYYY-MM-DD or null when the title holds no dates. */
  start: string | null;
  end: string | null;
  /** Quarter the sprint belongs to, e.g. "2024-Q3" (from start, else creation date). */
  quarter: string;
  createdAt: string;
  closedAt: string | null;
  updates: TeamUpdate[];
  /** Classification of every comment by node id, in display order. */
  comments: { id: string; kind: CommentKind }[];
}
