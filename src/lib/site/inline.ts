import { renderMarkdown } from '../render/markdown.ts';

const cache = new Map<string, string>();

/** Safe HTML of a one-line Markdown snippet (an item or OKR title), without the wrapping paragraph. */
export function renderInline(text: string, repo: string): string {
  const key = `${repo}\n${text}`;
  let html = cache.get(key);
  if (html === undefined) {
    if (!/[\\`*_~[\]<>&@#:!|]|https?:|www\./.test(text)) {
      // Plain words: nothing for Markdown to do, and most item titles are plain.
      html = text;
    } else {
      html = renderMarkdown(text, { repo, baseUrl: `https://github.com/${repo}/issues/` }).trim();
      const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
      if (single && !single[1]!.includes('<p>')) html = single[1]!;
    }
    cache.set(key, html);
  }
  return html;
}
