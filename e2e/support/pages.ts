/** Finds pages in a built site by what they contain, so tests need not know the site's slug rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site paths (relative to the base, e.g. "sprints/x/") of every HTML page in `outDir`. */
export function listHtmlPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Text of the first <h1> of a built page, tags stripped and entities left as written. */
export function readH1(outDir: string, sitePath: string): string {
  const html = readFileSync(join(outDir, sitePath.endsWith('/') || sitePath === '' ? `${sitePath}index.html` : sitePath), 'utf8');
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** The site path of the sprint page whose <h1> matches `label`; throws naming what exists. */
export function findSprintPath(outDir: string, label: RegExp): string {
  const sprints = listHtmlPages(outDir).filter((path) => /^sprints\/[^/]+\/$/.test(path));
  const found = sprints.find((path) => label.test(readH1(outDir, path)));
  if (!found) throw new Error(`no sprint page with an <h1> matching ${label}; sprint pages: ${sprints.join(', ') || 'none'}`);
  return found;
}
