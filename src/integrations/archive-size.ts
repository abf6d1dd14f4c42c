import { join } from 'node:path';
import { listMarkdownFiles } from '../lib/archive/list-markdown-files.ts';

/**
 * Above this many comments the build overlaps less of its work: the worker derives the model but
 * renders no Markdown, and pages are generated one at a time. On 1,300 × 12 (18,000 comments) the
 * rendered Markdown waiting in memory raised peak memory by ~0.5–0.8 GB and saved no time, while on
 * 130 × 12 the full overlap saves seconds.
 */
export const OVERLAP_LIMIT = 6000;

/** Number of comment files in the archive (0 when there is no comments folder). */
export function countArchiveComments(archiveDir: string): number {
  return listMarkdownFiles(join(archiveDir, 'comments')).length;
}
