/**
 * Turns a built page into the document Pagefind indexes: only its `data-pagefind-body` element, less
 * the markup that would be noise in results, plus the person filter. One record per page: a sprint's
 * team sections are headings with ids, which Pagefind reports as sub-results that jump to the team.
 */

/** One document for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
  url: string;
  content: string;
}

const BODY = /<(div|article|main|section)\b[^>]*\bdata-pagefind-body\b[^>]*>/;
// Stripped rather than marked `data-pagefind-ignore` on every page. Only the page templates and the
// enhance pass write these classes: the sanitizer drops `class` from user content (and escapes its
// text), so a comment can neither fake nor hide one.
const NOISE = [
  // status chip lists: counts, already in the items
  /<ul class="chips"[^>]*>[\s\S]*?<\/ul>/g,
  // a team update's meta line right under its heading: author, date, "comment on GitHub"
  /(?<=<\/h2>)<p class="meta"[^>]*>[\s\S]*?<\/p>/g,
  // code folded away in a description: the team template, repeated in every sprint
  /<details class="code-fold">[\s\S]*?<\/details>/g,
];
// People named on a page: GitHub mentions in comments and authors' links to their person pages.
const PEOPLE = /<a href="(?:https:\/\/github\.com\/([A-Za-z\d-]+)|[^"]*\/people\/([^"/]+)\/)">@/g;

// A team update's section: its team filter is named on the section only when it differs from the
// heading (an update posted under a team's earlier name); otherwise it is the heading's text.
const TEAM_SECTION = /<section class="team-update"( data-pagefind-filter="[^"]*")?><h2 id="[^"]*">([\s\S]*?)<\/h2>/g;

function teamFilters(html: string): string {
  const teams = [...html.matchAll(TEAM_SECTION)].filter((match) => !match[1]).map((match) => match[2]!.replace(/<[^>]+>/g, ''));
  return [...new Set(teams)].map((team) => `<span data-pagefind-filter="team">${team}</span>`).join('');
}

function withoutNoise(html: string): string {
  return NOISE.reduce((text, pattern) => text.replace(pattern, ''), html);
}

function personFilters(html: string): string {
  const people = [...new Set([...html.matchAll(PEOPLE)].map((match) => match[1] ?? match[2]!))];
  return people.map((id) => `<span data-pagefind-filter="person">${id}</span>`).join('');
}

/**
 * The search record for one built page at `url` (site-relative, e.g. "/sprints/x/"), or undefined
 * when the page has no `data-pagefind-body` element. Site templates never nest that element's own
 * tag inside it, so its first closing tag ends it.
 */
export function searchRecord(html: string, url: string): SearchRecord | undefined {
  const open = BODY.exec(html);
  if (!open) return undefined;
  const close = html.indexOf(`</${open[1]}>`, open.index + open[0].length);
  const end = close < 0 ? html.length : close + open[1]!.length + 3;
  const element = html.slice(open.index, end);
  const body = withoutNoise(element);
  // A person's own page names its person filter; any other page is filed under the people it names,
  // authors included (their links are in the meta lines left out of the text). Inside the body
  // element, as Pagefind reads only that element of a page that has one.
  const people = open[0].includes('data-pagefind-filter="person:') ? '' : personFilters(element);
  const filters = `${teamFilters(element)}${people}`;
  const filtered = filters ? body.replace(/<\/\w+>$/, (closing) => `<div data-pagefind-ignore>${filters}</div>${closing}`) : body;
  return { url, content: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${filtered}</body></html>` };
}
