import type { Item, Status } from '../types.ts';

/** An objective or key result as one comment states it; keys are assigned later, across sprints. */
export interface ParsedOkr {
  title: string;
  status: Status;
  children: ParsedOkr[];
}

/** Everything read out of one comment body, by content alone. */
export interface ParsedComment {
  /** The comment looks like a team update (a team heading or sprint sections). */
  isUpdate: boolean;
  /** The line naming the team, verbatim, or null. */
  teamHeading: string | null;
  /** The team as a teammate says it: no "Team", subtitle or joke; a struck-through name wins. */
  teamName: string | null;
  /** Other names in the heading: the joke name, a subtitle, a backronym's expansion. */
  teamAliases: string[];
  /** Handles without "@", or plain names as written. */
  supportHeroes: string[];
  away: string[];
  okrs: ParsedOkr[];
  items: Item[];
  /** The comment's own legend (emoji → status), which overrides the default meanings. */
  legend: Partial<Record<string, Status>>;
  /** False when nothing beyond the team was recognised: keep and render the comment as is. */
  structured: boolean;
}

/** Optional context a caller may know about the comment. */
export interface ParseCommentOptions {
  /** The body was cut off (e.g. an excerpt): its last line is incomplete and is ignored. */
  truncated?: boolean;
  /** The comment templates (e.g. `extractTemplates(description)`): items copied verbatim from them are placeholders, not work. */
  templates?: readonly string[];
}
