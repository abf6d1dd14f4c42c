import type { Okr, Sprint } from '../parse/types.ts';
import type { OkrHistory, OkrRow } from './types.ts';

function mergeRows(rows: OkrRow[], okrs: Okr[], sprintId: string): void {
  for (const okr of okrs) {
    let row = rows.find((candidate) => candidate.key === okr.key);
    if (!row) rows.push((row = { key: okr.key, title: okr.title, cells: {}, children: [] }));
    row.title = okr.title;
    // The first report of an objective in a sprint wins: a second update of the team rarely disagrees.
    row.cells[sprintId] ??= okr.status;
    mergeRows(row.children, okr.children, sprintId);
  }
}

/**
 * Objectives × sprints per team and quarter: columns are the quarter's sprints the team posted in
 * (a missing cell then means "not reported"), rows in order of first appearance, titles as last written.
 */
export function deriveOkrHistories(sprintsOldestFirst: Sprint[]): OkrHistory[] {
  const histories = new Map<string, OkrHistory>();
  for (const sprint of sprintsOldestFirst) {
    for (const update of sprint.updates) {
      const id = `${update.team}\u0000${sprint.quarter}`;
      let history = histories.get(id);
      if (!history) histories.set(id, (history = { team: update.team, quarter: sprint.quarter, sprints: [], rows: [] }));
      if (!history.sprints.includes(sprint.id)) history.sprints.push(sprint.id);
      mergeRows(history.rows, update.okrs, sprint.id);
    }
  }
  // A quarter without a single objective has no grid to draw.
  return [...histories.values()].filter((history) => history.rows.length > 0).sort((a, b) => a.team.localeCompare(b.team) || b.quarter.localeCompare(a.quarter));
}
