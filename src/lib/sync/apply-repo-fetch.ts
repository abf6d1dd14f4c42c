/**
 * Write phase of one repository: write what changed, prune issues that left (lost the label, or
 * vanished in a full fetch), and compute the repository's next cursor.
 */
import { listArchivedIssueNumbers, removeIssue, writeIssueWithComments, type FileCounts } from '../archive/archive-store.ts';
import { buildIssueRecords } from './build-records.ts';
import type { RepoFetch } from './fetch-repo.ts';

/** How far before the newest update seen the next incremental sync starts (guards against replica lag). */
export const SAFETY_OVERLAP_SECONDS = 300;

function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Applies one repository's fetch to the archive; `counts` is updated in place. */
export async function applyRepoFetch(outDir: string, result: RepoFetch, label: string, counts: { issues: FileCounts; comments: FileCounts }): Promise<void> {
  // GitHub's spelling of the name when it sent any page, so paths match the URLs.
  const repo = result.repo ?? result.input;
  for (const issue of result.issues) {
    if (!issue.commentsComplete) {
      // Same updatedAt as the archived file: GitHub would have bumped it for any change.
      counts.issues.unchanged += 1;
      continue;
    }
    const records = buildIssueRecords(repo, issue);
    await writeIssueWithComments(outDir, records.issue, records.comments, counts);
  }
  if (result.mode === 'full' && result.issues.length > 0) {
    const kept = new Set(result.issues.map((issue) => issue.number));
    for (const number of await listArchivedIssueNumbers(outDir, repo)) {
      if (!kept.has(number)) await removeIssue(outDir, repo, number, counts);
    }
  }
  if (result.recent) {
    const archived = new Set(await listArchivedIssueNumbers(outDir, repo));
    for (const issue of result.recent) {
      // GitHub matches label names case-insensitively; so must we, or `--label Sprint` would prune everything.
      const labelled = issue.labels.nodes.some((candidate) => candidate.name.toLowerCase() === label.toLowerCase());
      if (!labelled && archived.has(issue.number)) await removeIssue(outDir, repo, issue.number, counts);
    }
  }
}

/**
 * The `since` to save: the newest updatedAt of a labelled issue minus the overlap, never earlier than
 * the previous cursor; undefined when there is nothing to save (nothing seen, or a full fetch found no
 * issue). Unlabelled issues from the `recent` list don't move it: a full sync never sees them, so
 * counting them would move the cursor on the first run after a full sync with nothing new.
 */
export function computeNextSince(result: RepoFetch): string | undefined {
  if (result.mode === 'full' && result.issues.length === 0) return undefined;
  const times = result.issues.map((issue) => Date.parse(issue.updatedAt));
  if (times.length === 0) return result.previousSince;
  const overlapped = Math.max(...times) - SAFETY_OVERLAP_SECONDS * 1000;
  const previous = result.mode === 'incremental' && result.previousSince ? Date.parse(result.previousSince) : -Infinity;
  return formatTimestamp(Math.max(overlapped, previous));
}
