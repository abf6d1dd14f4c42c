import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { prerendered } from './prerendered.ts';

// Keyed by id and checked against the body, so an entry edited during `astro dev` renders afresh.
// Bounded, oldest out first: besides its sprint page only the team feeds show a comment (the newest
// 50 updates of each team), so on a large archive holding every rendered comment to the end of the
// build would only raise its peak memory.
const cache = new Map<string, { body: string; html: string }>();
export const COMMENT_CACHE_LIMIT = 2000;

function cached(key: string, body: string, render: () => string): string {
  const hit = cache.get(key);
  if (hit?.body === body) return hit.html;
  const html = prerendered()?.get(key, body) ?? render();
  cache.delete(key);
  cache.set(key, { body, html });
  if (cache.size > COMMENT_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return html;
}

/**
 * Safe HTML of a comment, rendered once per build however many pages show it (during `astro build`,
 * usually already rendered by the worker thread: prerendered.ts).
 */
export function renderComment(comment: CommentRecord): string {
  return cached(comment.id, comment.body, () => renderMarkdown(comment.body, { repo: comment.repo, baseUrl: comment.url }));
}

/** Safe HTML of an issue description, with its template code blocks folded. */
export function renderDescription(issue: IssueRecord): string {
  return cached(`${issue.repo}#${issue.number}`, issue.body, () => renderMarkdown(issue.body, { repo: issue.repo, baseUrl: issue.url, topHeading: 3, collapseCode: true }));
}
