import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../src/lib/archive/records.ts';
import { COMMENT_CACHE_LIMIT, renderComment } from '../../src/lib/site/comments.ts';
import { setPrerendered } from '../../src/lib/site/prerendered.ts';

// The cache asks the worker's prerendered entries only on a miss, so a stand-in worker that counts
// what it was asked for shows which comments were rendered afresh.
const asked: string[] = [];
setPrerendered({ modelReady: Promise.resolve(), model: () => undefined, get: (key, body) => (asked.push(key), `<p>${body}</p>`) });
afterAll(() => setPrerendered(undefined));

const comment = (id: string, body: string): CommentRecord =>
  ({ id, body, repo: 'acme/sprints', url: `https://github.com/acme/sprints/issues/1#issuecomment-${id}` }) as CommentRecord;

describe('renderComment', () => {
  beforeEach(() => void (asked.length = 0));

  it('renders a comment once however many pages show it, and afresh when its body changed', () => {
    expect(renderComment(comment('c-1', 'Hello'))).toBe('<p>Hello</p>');
    expect(renderComment(comment('c-1', 'Hello'))).toBe('<p>Hello</p>');
    expect(asked).toEqual(['c-1']);
    expect(renderComment(comment('c-1', 'Bye'))).toBe('<p>Bye</p>');
    expect(asked).toEqual(['c-1', 'c-1']);
  });

  it('keeps at most COMMENT_CACHE_LIMIT comments, dropping the oldest first', () => {
    for (let n = 0; n <= COMMENT_CACHE_LIMIT; n++) renderComment(comment(`bulk-${n}`, `comment ${n}`));
    asked.length = 0;
    renderComment(comment(`bulk-${COMMENT_CACHE_LIMIT}`, `comment ${COMMENT_CACHE_LIMIT}`));
    renderComment(comment('bulk-2', 'comment 2'));
    expect(asked).toEqual([]);
    renderComment(comment('bulk-0', 'comment 0'));
    expect(asked).toEqual(['bulk-0']);
  });

  it('renders a comment itself when no worker has it, sanitized', () => {
    setPrerendered(undefined);
    expect(renderComment(comment('c-2', '**bold** <script>alert(1)</script>'))).toBe('<p><strong>bold</strong> </p>');
  });
});
