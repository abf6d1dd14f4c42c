/**
 * Splits a built sprint page into search records: one per team update (its URL is the section's
 * anchor, so a hit opens that team's section) and one for the rest of the page. A result then loads
 * one team's text rather than a whole sprint, which keeps a first search small.
 */

/** One document for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
  url: string;
  content: string;
}

// Only the page templates write these data attributes: the sanitizer strips every data-* attribute
// from user content and escapes text, so a comment can never fake a record boundary.
const ARTICLE = /<article\b[^>]*\bdata-search-split\b[^>]*>/;
const RECORD = /<section\b[^>]*\bdata-search-record\b[^>]*>/g;
const REST = /<section\b[^>]*\bdata-search-rest\b[^>]*>/;
const HEADING = /<h2 id="([^"]+)">([\s\S]*?)<\/h2>/;
// People named in a section: GitHub mentions in the comment and the author's link to their page.
const PEOPLE = /<a href="(?:https:\/\/github\.com\/([A-Za-z\d-]+)|[^"]*\/people\/([^"/]+)\/)">@/g;
const TITLE = /<h1\b[^>]*>([\s\S]*?)<\/h1>/;
// Not indexed, and stripped here rather than marked `data-pagefind-ignore` on every page: status
// chip lists (`ul.chips`) anywhere, and a team update's meta line (author, date, comment link).
// Sanitized user content can carry neither class.
const CHIPS = /<ul class="chips"[^>]*>[\s\S]*?<\/ul>/g;
const META = /<p class="meta"[^>]*>[\s\S]*?<\/p>/;

function withoutChips(html: string): string {
  return html.includes('<ul class="chips"') ? html.replace(CHIPS, '') : html;
}

function page(open: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${open}${body}</article></body></html>`;
}

const BODY = /<(div|article|main|section)\b[^>]*\bdata-pagefind-body\b[^>]*>/;

/**
 * Only the `data-pagefind-body` element of a page, so Pagefind does not parse the rest (a person's
 * or team's page is mostly tables it would ignore). Site templates never nest that element's own
 * tag inside it, so its first closing tag ends it.
 */
function bodyOnly(html: string): string {
  const body = BODY.exec(html);
  if (!body) return html;
  const close = html.indexOf(`</${body[1]}>`, body.index + body[0].length);
  if (close < 0) return html;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${withoutChips(html.slice(body.index, close + body[1]!.length + 3))}</body></html>`;
}

/** Search records for one built page at `url` (site-relative, e.g. "/sprints/x/"). */
export function splitSearchRecords(html: string, url: string): SearchRecord[] {
  const article = ARTICLE.exec(html);
  if (!article) return [{ url, content: bodyOnly(html) }];
  const open = article[0].replace(/\s*data-search-split\b(="")?/, '');
  const title = TITLE.exec(html.slice(article.index))?.[1] ?? '';
  const starts = [...html.matchAll(RECORD)].map((match) => match.index);
  if (starts.length === 0) return [{ url, content: withoutChips(html) }];
  const rest = REST.exec(html);
  const bodyStart = article.index + article[0].length;
  const bodyEnd = rest?.index ?? html.lastIndexOf('</article>');
  const records: SearchRecord[] = [];
  starts.forEach((start, index) => {
    const section = html.slice(start, starts[index + 1] ?? bodyEnd);
    const heading = HEADING.exec(section);
    if (!heading) return;
    const [, anchor, headingHtml] = heading;
    const team = headingHtml!.replace(/<[^>]+>/g, '');
    // Derived here rather than written into every sprint page as hidden filter elements.
    const people = [...new Set([...section.matchAll(PEOPLE)].map((match) => match[1] ?? match[2]!))];
    const filters = `<div data-pagefind-ignore>${people.map((id) => `<span data-pagefind-filter="person">${id}</span>`).join('')}</div>`;
    // The section's own heading id would make Pagefind add a sub-result pointing at itself.
    const body = withoutChips(section.replace(heading[0], '').replace(META, ''));
    records.push({ url: `${url}#${anchor}`, content: page(open, `<h1>${team} · ${title}</h1>${filters}${body}`) });
  });
  const remainder = html.slice(bodyStart, starts[0]) + html.slice(bodyEnd, html.lastIndexOf('</article>'));
  records.push({ url, content: page(open, withoutChips(remainder)) });
  return records;
}
