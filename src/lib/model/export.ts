import type { ArchiveConfig } from '../config/schema.ts';
import type { Item, Okr, Status } from '../parse/types.ts';
import type { ArchiveModel, OkrRow, TeamSprintEntry } from './types.ts';

/** Version of the JSON export's schema; bumped on any incompatible change (docs/export.md). */
export const EXPORT_VERSION = 1;

/** What an export file was built from: deterministic, so an unchanged archive exports identical bytes. */
export interface GeneratedFrom {
  repos: string[];
  label: string;
  sprints: number;
  /** Creation time of the newest sprint issue, or null for an empty archive. */
  newestSprintCreatedAt: string | null;
}

/** The envelope of every export file. */
export interface ExportEnvelope {
  version: typeof EXPORT_VERSION;
  generatedFrom: GeneratedFrom;
}

/** How the export links to site pages; the build passes the site's own (base-aware) path helpers. */
export interface ExportPaths {
  sprint: (slug: string) => string;
  update: (slug: string, anchor: string) => string;
  team: (slug: string) => string;
  okrs: (team: string, quarter: string) => string;
  person: (id: string) => string;
}

/** Site paths at the root, as the site lays its pages out. */
export const rootPaths: ExportPaths = {
  sprint: (slug) => `/sprints/${slug}/`,
  update: (slug, anchor) => `/sprints/${slug}/#${anchor}`,
  team: (slug) => `/teams/${slug}/`,
  okrs: (team, quarter) => `/okrs/${team}/${quarter.toLowerCase()}/`,
  person: (id) =>
    `/people/${/^[A-Za-z0-9-]+$/u.test(id) ? id : id.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '') || 'unnamed'}/`,
};

/** The envelope fields shared by every export file. */
export function describeSource(model: ArchiveModel, config: ArchiveConfig): ExportEnvelope {
  const newest = model.sprints.reduce<string | null>((latest, sprint) => (latest === null || sprint.createdAt > latest ? sprint.createdAt : latest), null);
  return {
    version: EXPORT_VERSION,
    generatedFrom: { repos: [...config.repos], label: config.label, sprints: model.sprints.length, newestSprintCreatedAt: newest },
  };
}

function toExportOkr(okr: Okr): Okr {
  return { key: okr.key, title: okr.title, status: okr.status, children: okr.children.map(toExportOkr) };
}

function toExportItem(item: Item): Item {
  return { section: item.section, text: item.text, status: item.status, owners: [...item.owners], links: [...item.links] };
}

/** sprints.json: every sprint, newest first, with its dates and parsed team updates. */
export function buildSprintsExport(model: ArchiveModel, config: ArchiveConfig, paths: ExportPaths = rootPaths) {
  return {
    ...describeSource(model, config),
    sprints: model.sprints.map((sprint) => ({
      id: sprint.id,
      slug: sprint.slug,
      repo: sprint.repo,
      number: sprint.number,
      title: sprint.title,
      url: sprint.url,
      path: paths.sprint(sprint.slug),
      state: sprint.state,
      start: sprint.start,
      end: sprint.end,
      quarter: sprint.quarter,
      createdAt: sprint.createdAt,
      closedAt: sprint.closedAt,
      updates: sprint.updates.map((update) => ({
        team: update.team,
        teamName: update.teamName,
        teamPath: paths.team(update.team),
        path: paths.update(sprint.slug, update.anchor),
        commentUrl: update.commentUrl,
        author: update.author,
        createdAt: update.createdAt,
        structured: update.structured,
        supportHeroes: [...update.supportHeroes],
        away: [...update.away],
        okrs: update.okrs.map(toExportOkr),
        items: update.items.map(toExportItem),
      })),
    })),
  };
}

function toExportEntry(entry: TeamSprintEntry, paths: ExportPaths) {
  const sprintSlug = entry.sprintSlug;
  return {
    sprintId: entry.sprintId,
    sprintSlug,
    path: paths.update(sprintSlug, entry.anchor),
    teamName: entry.teamName,
    commentUrl: entry.commentUrl,
    retro: { ...entry.retro },
    supportHeroes: [...entry.supportHeroes],
    away: [...entry.away],
    okrs: entry.okrs.map(toExportOkr),
    high: entry.high.map(toExportItem),
    carryOver: entry.carryOver.map(toExportItem),
  };
}

/** teams.json: every team's timeline across its names, sorted by name. */
export function buildTeamsExport(model: ArchiveModel, config: ArchiveConfig, paths: ExportPaths = rootPaths) {
  return {
    ...describeSource(model, config),
    teams: model.teams.map((team) => ({
      slug: team.slug,
      name: team.name,
      names: [...team.names],
      path: paths.team(team.slug),
      sprints: team.entries.length,
      missed: [...team.missed],
      entries: team.entries.map((entry) => toExportEntry(entry, paths)),
    })),
  };
}

interface ExportOkrRow {
  key: string;
  title: string;
  cells: Record<string, Status>;
  children: ExportOkrRow[];
}

function toExportRow(row: OkrRow): ExportOkrRow {
  return { key: row.key, title: row.title, cells: { ...row.cells }, children: row.children.map(toExportRow) };
}

/** okrs.json: per team and quarter, objectives × sprints → status. */
export function buildOkrsExport(model: ArchiveModel, config: ArchiveConfig, paths: ExportPaths = rootPaths) {
  return {
    ...describeSource(model, config),
    okrs: model.okrs.map((history) => ({
      team: history.team,
      quarter: history.quarter,
      path: paths.okrs(history.team, history.quarter),
      sprints: [...history.sprints],
      rows: history.rows.map(toExportRow),
    })),
  };
}

/** people.json: per person the items owned, support-hero sprints and time away. */
export function buildPeopleExport(model: ArchiveModel, config: ArchiveConfig, paths: ExportPaths = rootPaths) {
  const slugs = new Map(model.sprints.map((sprint) => [sprint.id, sprint.slug]));
  return {
    ...describeSource(model, config),
    people: model.people.map((person) => ({
      id: person.id,
      isLogin: person.isLogin,
      path: paths.person(person.id),
      items: person.items.map((owned) => ({
        sprintId: owned.sprintId,
        team: owned.team,
        path: paths.update(slugs.get(owned.sprintId) ?? '', owned.anchor),
        ...toExportItem(owned.item),
      })),
      supportHero: person.supportHero.map((entry) => ({ ...entry })),
      away: person.away.map((entry) => ({ ...entry })),
    })),
  };
}

/**
 * Serialises an export file the way the build writes it: compact JSON and a final newline. Indented,
 * the four files of a 1,300-sprint archive are 218 MB instead of 125 MB and take seconds longer to build
 * (`jq .` prints them indented).
 */
export function serializeExport(data: unknown): string {
  return `${JSON.stringify(data)}\n`;
}
