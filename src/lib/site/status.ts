import type { Status } from '../parse/types.ts';

/** How a status is shown: a symbol and a word, so colour is never the only signal. */
export interface StatusLabel {
  label: string;
  symbol: string;
}

/** Display order, best first; also the legend's order. */
export const STATUS_ORDER: readonly Status[] = [
  'done',
  'on-track',
  'in-progress',
  'at-risk',
  'off-track',
  'blocked',
  'not-done',
  'not-started',
  'abandoned',
  'unknown',
];

const LABELS: Record<Status, StatusLabel> = {
  done: { label: 'Done', symbol: '✓' },
  'on-track': { label: 'On track', symbol: '●' },
  'in-progress': { label: 'In progress', symbol: '◐' },
  'at-risk': { label: 'At risk', symbol: '▲' },
  'off-track': { label: 'Off track', symbol: '✕' },
  blocked: { label: 'Blocked', symbol: '⊘' },
  'not-done': { label: 'Not done', symbol: '✗' },
  'not-started': { label: 'Not started', symbol: '○' },
  abandoned: { label: 'Abandoned', symbol: '—' },
  unknown: { label: 'Unknown', symbol: '?' },
};

/** Symbol and word for a status. */
export function describeStatus(status: Status): StatusLabel {
  return LABELS[status];
}

/** Counts statuses and lists them in display order, skipping zeros. */
export function countStatuses(statuses: Iterable<Status>): { status: Status; count: number }[] {
  const counts = new Map<Status, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return STATUS_ORDER.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! }));
}

/** One sentence for screen readers and tooltips: "3 done, 1 at risk". */
export function summarizeCounts(counts: { status: Status; count: number }[]): string {
  if (counts.length === 0) return 'No statuses reported';
  return counts.map(({ status, count }) => `${count} ${LABELS[status].label.toLowerCase()}`).join(', ');
}

/** Text of a chip: "At risk", or "3 at risk" with a count. The symbol comes from CSS (global.css). */
export function chipText(status: Status, count?: number): string {
  const { label } = LABELS[status];
  return count === undefined ? label : `${count} ${label.toLowerCase()}`;
}

/**
 * A status chip as HTML: the word, with the symbol added by CSS (and hidden from screen readers
 * there). A string rather than a component because timelines and OKR grids print thousands.
 */
export function chipHtml(status: Status, count?: number): string {
  return `<span class="st st-${status}">${chipText(status, count)}</span>`;
}
