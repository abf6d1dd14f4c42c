import type { Sprint } from '../parse/types.ts';

const DAY = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_YEAR = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "12 Mar 2024" from an ISO date or timestamp. */
export function formatDate(iso: string): string {
  return DAY_YEAR.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

/** "1 Jul – 12 Jul 2024", or the creation date when the title held no dates. */
export function formatSprintDates(sprint: Pick<Sprint, 'start' | 'end' | 'createdAt'>): string {
  if (!sprint.start) return `Opened ${formatDate(sprint.createdAt)}`;
  if (!sprint.end) return `From ${formatDate(sprint.start)}`;
  const sameYear = sprint.start.slice(0, 4) === sprint.end.slice(0, 4);
  const start = (sameYear ? DAY : DAY_YEAR).format(new Date(`${sprint.start}T00:00:00Z`));
  return `${start} – ${formatDate(sprint.end)}`;
}

/** "2024-Q3" → "Q3 2024". */
export function formatQuarter(quarter: string): string {
  const [year, q] = quarter.split('-');
  return q ? `${q.toUpperCase()} ${year}` : quarter;
}

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}
