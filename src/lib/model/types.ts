import type { Item, Okr, Sprint, Status } from '../parse/types.ts';

/** One sprint in a team's timeline. */
export interface TeamSprintEntry {
  sprintId: string;
  sprintSlug: string;
  /** Name the team used in that sprint. */
  teamName: string;
  anchor: string;
  commentUrl: string;
  /** Retro items judged done vs judged at all (unknown excluded); rate null when nothing was judged. */
  retro: { done: number; judged: number; rate: number | null };
  okrs: Okr[];
  high: Item[];
  /** Items planned in the previous sprint that reappear here as hang-over or unfinished. */
  carryOver: Item[];
  supportHeroes: string[];
  away: string[];
}

/** A team across every sprint and every name it used. */
export interface TeamTimeline {
  slug: string;
  /** Configured name, else the most recent name used. */
  name: string;
  /** Every name the team posted under, oldest first. */
  names: string[];
  entries: TeamSprintEntry[];
  /** Sprints (ids) between the team's first and last update where it posted nothing. */
  missed: string[];
}

/** One objective's row in an OKR history grid. */
export interface OkrRow {
  key: string;
  title: string;
  /** Status by sprint id; absent when the objective was not reported that sprint. */
  cells: Record<string, Status>;
  children: OkrRow[];
}

/** Objectives × sprints for one team in one quarter. */
export interface OkrHistory {
  team: string;
  quarter: string;
  /** Sprint ids of the quarter in which the team reported, oldest first. */
  sprints: string[];
  rows: OkrRow[];
}

/** What one person did across the archive. */
export interface Person {
  /** GitHub login without "@", or the plain name as written. */
  id: string;
  /** True when `id` is a GitHub login rather than a plain name. */
  isLogin: boolean;
  items: { sprintId: string; team: string; anchor: string; item: Item }[];
  supportHero: { sprintId: string; team: string }[];
  away: { sprintId: string; team: string }[];
}

/** Everything the site and the JSON export are built from. */
export interface ArchiveModel {
  /** Newest first. */
  sprints: Sprint[];
  teams: TeamTimeline[];
  okrs: OkrHistory[];
  people: Person[];
}
