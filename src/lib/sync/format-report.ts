/** Human-readable progress and summary lines of a sync (pure). */
import type { SyncProgressEvent, SyncSummary } from './sync-archive.ts';

function pluralize(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One progress line, or null for events not worth a line. */
export function formatProgress(event: SyncProgressEvent): string | null {
  switch (event.type) {
    case 'repo-start':
      return event.mode === 'full'
        ? `${event.repo}: fetching every sprint issue (full sync)`
        : `${event.repo}: fetching sprint issues updated since ${event.since}`;
    case 'page':
      return `${event.repo}: ${pluralize(event.issues, 'issue')}, ${pluralize(event.comments, 'comment')} fetched (${pluralize(event.requests, 'request')}, ${event.pointsRemaining ?? '?'} points left)`;
    case 'writing':
      return `writing ${pluralize(event.issues, 'issue')}`;
    case 'warning':
      return `warning: ${event.message}`;
  }
}

/** The closing lines: what changed on disk and what it cost. */
export function formatSummary(summary: SyncSummary): string[] {
  const files = (counts: { added: number; updated: number; removed: number }) => `${counts.added} added, ${counts.updated} updated, ${counts.removed} removed`;
  return [
    `Added ${summary.added}, Updated ${summary.updated}, Removed ${summary.removed} files (issues: ${files(summary.issues)}; comments: ${files(summary.comments)}; ${summary.unchanged} unchanged)`,
    `Fetched ${pluralize(summary.fetched.issues, 'issue')} and ${pluralize(summary.fetched.comments, 'comment')} in ${pluralize(summary.requests, 'request')}; rate-limit points used ${summary.pointsUsed}, remaining ${summary.pointsRemaining ?? 'unknown'}${summary.resetAt ? ` (resets at ${summary.resetAt})` : ''}`,
  ];
}
