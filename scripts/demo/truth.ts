/**
 * What a careful reader extracts from the demo archive: the acceptance oracle for the parser.
 * Conventions: names are GitHub logins without "@" or plain names exactly as written; item and OKR
 * text is the line without its status marker, checkbox, status words, owners and labels such as
 * "Objective 1:" / "KR:", Markdown (links, code) kept; it appears verbatim in the comment body.
 */
import type { Section, Status } from '../../src/lib/parse/types.ts';

export interface TruthItem {
  section: Section;
  text: string;
  status: Status;
  owners: string[];
  /** Absolute URLs in the item. */
  links: string[];
}

export interface TruthOkr {
  title: string;
  status: Status;
  /** Key results of an objective; empty for a key result. */
  children: TruthOkr[];
}

export interface TruthUpdate {
  repo: string;
  issue: number;
  /** GraphQL node id of the comment. */
  commentId: string;
  databaseId: number;
  /** Canonical team slug: the key in archive.config.json `teams`. */
  team: string;
  /** The team's name as a teammate would say it; for a struck-through rename, the struck (real) name. */
  teamName: string;
  /** The line that names the team, verbatim. */
  heading: string;
  /** Other names in the heading: the new name after a strikethrough, a joke name, a backronym's expansion. */
  teamAliases: string[];
  /** Login of the comment's author; null for a deleted account. */
  author: string | null;
  supportHeroes: string[];
  /** People away during the sprint; "0 days" does not count. */
  away: string[];
  okrs: TruthOkr[];
  items: TruthItem[];
}

export interface TruthSprint {
  repo: string;
  number: number;
  title: string;
  /** Dates the title states, YYYY-MM-DD; null for a title without dates. */
  start: string | null;
  end: string | null;
  state: 'OPEN' | 'CLOSED';
}

export type TruthCommentKind = 'update' | 'discussion' | 'bot';

export interface TruthComment {
  repo: string;
  issue: number;
  commentId: string;
  databaseId: number;
  kind: TruthCommentKind;
}

/** The oracle for a whole generated world. */
export interface DemoTruth {
  sprints: TruthSprint[];
  /** Every comment on a sprint issue, in creation order per issue. */
  comments: TruthComment[];
  /** One entry per team-update comment, in the same order as `comments`. */
  updates: TruthUpdate[];
}
