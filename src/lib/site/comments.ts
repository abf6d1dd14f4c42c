import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { prerendered } from './prerendered.ts';

const cache = new Map<string, string>();

/**
 * Safe HTML of a comment, rendered once per build however many pages show it (during `astro build`,
 * usually already rendered by the worker thread: prerendered.ts).
 */
export function renderComment(comment: CommentRecord): string {
  let html = cache.get(comment.id);
  if (html === undefined) {
    html = prerendered()?.get(comment.id, comment.body) ?? renderMarkdown(comment.body, { repo: comment.repo, baseUrl: comment.url });
    cache.set(comment.id, html);
  }
  return html;
}

/** Safe HTML of an issue description, with its template code blocks folded. */
export function renderDescription(issue: IssueRecord): string {
  const key = `${issue.repo}#${issue.number}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = prerendered()?.get(key, issue.body) ?? renderMarkdown(issue.body, { repo: issue.repo, baseUrl: issue.url, topHeading: 3, collapseCode: true });
    cache.set(key, html);
  }
  return html;
}
