import type { Sprint } from '../parse/types.ts';

/** The date a sprint sorts by: its start, else when the issue was created. */
export function toSprintDate(sprint: Pick<Sprint, 'start' | 'createdAt'>): string {
  return sprint.start ?? sprint.createdAt.slice(0, 10);
}

/** Sprints oldest first: by start (else creation date), then creation time, then id. */
export function sortSprintsOldestFirst<T extends Pick<Sprint, 'start' | 'createdAt' | 'id'>>(sprints: T[]): T[] {
  return [...sprints].sort(
    (a, b) =>
      toSprintDate(a).localeCompare(toSprintDate(b)) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
