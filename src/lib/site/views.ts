import type { ArchiveModel, TeamTimeline } from '../model/types.ts';
import type { Okr, Sprint, Status, TeamUpdate } from '../parse/types.ts';

/** Every objective and key result of a list, depth first. */
export function flattenOkrs(okrs: readonly Okr[]): Okr[] {
  return okrs.flatMap((okr) => [okr, ...flattenOkrs(okr.children)]);
}

/** Statuses a team reported in one update (OKRs and items), without the unjudged ones. */
export function updateStatuses(update: Pick<TeamUpdate, 'okrs' | 'items'>): Status[] {
  return [...flattenOkrs(update.okrs).map((okr) => okr.status), ...update.items.map((item) => item.status)].filter(
    (status) => status !== 'unknown',
  );
}

/** One cell of the team × sprint grid. */
export type GridCell = { kind: 'posted'; anchor: string; teamName: string } | { kind: 'missed' } | { kind: 'inactive' };

/** Team × sprint grid: who posted, who missed a sprint while active, who was not around yet. */
export function buildTeamGrid(teams: readonly TeamTimeline[], sprints: readonly Sprint[]): { team: TeamTimeline; cells: GridCell[] }[] {
  return teams.map((team) => {
    const posted = new Map(team.entries.map((entry) => [entry.sprintId, entry]));
    const missed = new Set(team.missed);
    const cells = sprints.map((sprint): GridCell => {
      const entry = posted.get(sprint.id);
      if (entry) return { kind: 'posted', anchor: entry.anchor, teamName: entry.teamName };
      return missed.has(sprint.id) ? { kind: 'missed' } : { kind: 'inactive' };
    });
    return { team, cells };
  });
}

/** Lookup tables the pages share. */
export interface ArchiveIndex {
  sprintsById: Map<string, Sprint>;
  teamsBySlug: Map<string, TeamTimeline>;
}

const indexes = new WeakMap<ArchiveModel, ArchiveIndex>();

/** Builds (once per model) the lookup tables the pages share. */
export function indexArchive(model: ArchiveModel): ArchiveIndex {
  let index = indexes.get(model);
  if (!index) {
    index = {
      sprintsById: new Map(model.sprints.map((sprint) => [sprint.id, sprint])),
      teamsBySlug: new Map(model.teams.map((team) => [team.slug, team])),
    };
    indexes.set(model, index);
  }
  return index;
}
