/**
 * The link between the search integration (which owns the Pagefind index) and the middleware (which
 * sees every page as it is rendered). Both run in the `astro build` process; the integration
 * registers a collector on `globalThis` when the build starts and removes it when indexing is done.
 */

export interface SearchCollector {
  /** Takes a rendered page at a site-relative path ("/sprints/x/"); returns the HTML to write. */
  page(path: string, html: string): string;
}

const KEY = Symbol.for('sprint-archive.search-collector');

export function searchCollector(): SearchCollector | undefined {
  return (globalThis as { [KEY]?: SearchCollector | undefined })[KEY];
}

export function setSearchCollector(collector: SearchCollector | undefined): void {
  (globalThis as { [KEY]?: SearchCollector | undefined })[KEY] = collector;
}
