import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { listMarkdownFiles } from '../lib/archive/list-markdown-files.ts';

/**
 * Above this many comments a build trades overlap for memory: no worker thread (the pages render
 * their own Markdown and derive the model), one page generated at a time, and a compact heap. On
 * 1,300 × 12 (18,000 comments) the overlap saved no time and raised peak memory by ~0.6 GB, while
 * on 130 × 12 it saves seconds.
 */
export const OVERLAP_LIMIT = 6000;

/** Number of comment files in the archive (0 when there is no comments folder). */
export function countArchiveComments(archiveDir: string): number {
  return listMarkdownFiles(join(archiveDir, 'comments')).length;
}

/** `LEAN_BUILD` is neither unset, "0" nor "1". */
export class LeanBuildSettingError extends Error {
  override name = 'LeanBuildSettingError';
}

/**
 * Whether a build keeps to the lean path: `LEAN_BUILD=1` always (for a machine short of memory),
 * `LEAN_BUILD=0` never, and unset above OVERLAP_LIMIT comments.
 */
export function buildsLean(comments: number, setting: string | undefined): boolean {
  if (setting === undefined || setting === '') return comments > OVERLAP_LIMIT;
  if (setting === '1' || setting === '0') return setting === '1';
  throw new LeanBuildSettingError(`LEAN_BUILD must be 0 or 1, not "${setting}".`);
}

/**
 * Lets V8 grow the heap by 30 % over what survived the last full collection, where it would
 * otherwise grow it up to 4× while a build allocates fast. Rendering thousands of pages makes mostly
 * short-lived garbage, so on 1,300 × 12 this held the build process at ~1.1 GB instead of 1.1–1.8 GB
 * (it varied run to run) for about 10 % more time; Pagefind's ~0.8 GB for writing the index comes on
 * top, in its own process. The flag is read at every collection, so setting it after start works.
 */
export function keepHeapCompact(): void {
  setFlagsFromString('--heap-growing-percent=30');
}
