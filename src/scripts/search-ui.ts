/**
 * Search UI, loaded on demand by src/scripts/site.ts (⌘K / Ctrl+K, the Search link, or /search/).
 * It loads Pagefind's own code and index only now, from under the site's base path.
 */

/** The part of Pagefind's browser API (pagefind/pagefind.js) this UI uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<ResultData>;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData extends SubResult {
  meta?: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: SubResult[];
}

const BASE = import.meta.env.BASE_URL;
const FILTERS: [key: string, label: string, all: string][] = [
  ['team', 'Team', 'All teams'],
  ['quarter', 'Quarter', 'All quarters'],
  ['year', 'Year', 'All years'],
  ['person', 'Person', 'Everyone'],
];
// A result is a whole page: a sprint's fragment holds every team's text (~6 KB), so load few at once.
const PAGE_SIZE = 5;
let pagefindPromise: Promise<Pagefind> | undefined;
let dialog: HTMLDialogElement | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A variable, not a template literal in import(): Vite would wrap a literal in its preload helper.
  const url = `${BASE}pagefind/pagefind.js`;
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pagefind: Pagefind) => {
    // No worker: it would cost another 12 KB before the first result.
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'html') node.innerHTML = value; // only Pagefind excerpts: entities encoded, <mark> added
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function sortValues(key: string, values: Record<string, number>): string[] {
  const names = Object.keys(values);
  return key === 'quarter' || key === 'year'
    ? names.sort((a, b) => (b.slice(-4) + b).localeCompare(a.slice(-4) + a))
    : names.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

async function fillFilters(pagefind: Pagefind, fieldset: HTMLElement): Promise<void> {
  const available = await pagefind.filters();
  for (const [key, label, all] of FILTERS) {
    const values = available[key];
    if (!values || Object.keys(values).length === 0) continue;
    const select = el('select', { 'data-filter': key }, [el('option', { value: '', text: all })]);
    for (const value of sortValues(key, values)) select.append(el('option', { value, text: `${value} (${values[value]})` }));
    fieldset.append(el('label', {}, [label, select]));
  }
  if (fieldset.querySelectorAll('select').length === 0) fieldset.append(el('p', { text: 'No filters in this archive.' }));
}

/**
 * One result: the page (with its quarter, for a sprint), and up to three of its sections with
 * matches (a sprint's team updates are headings, so these jump straight to a team). With a team
 * filter set, that team's section comes first when its heading carries the team's current name. The
 * page's own excerpt shows only when no section matched: it is the best-matching passage of the
 * page, so otherwise a section repeats it.
 */
function renderResult(data: ResultData, team: string | undefined): HTMLLIElement {
  const title = data.meta?.title || data.url;
  const sections = (data.sub_results ?? []).filter((sub) => sub.url !== data.url && sub.url.includes('#'));
  const subs = [...sections.filter((sub) => sub.title === team), ...sections.filter((sub) => sub.title !== team)].slice(0, 3);
  // Sprint titles often leave out the year; the page's quarter filter (no extra bytes) says it.
  const quarter = data.filters?.['quarter']?.[0];
  const item = el('li', {}, [el('a', { href: data.url, text: title }), ...(quarter ? [el('span', { class: 'meta', text: ` · ${quarter}` })] : [])]);
  if (subs.length === 0) item.append(el('p', { html: data.excerpt }));
  else item.append(el('ul', {}, subs.map((sub) => el('li', {}, [el('a', { href: sub.url, text: sub.title }), el('p', { html: sub.excerpt })]))));
  return item;
}

function part<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search panel without ${selector}`);
  return node;
}

/** Wires a search panel (form with [data-search-input], [data-search-filters], [data-search-status], [data-search-results]). */
export async function mountSearch(root: HTMLElement): Promise<void> {
  if (root.dataset['mounted']) return;
  root.dataset['mounted'] = 'true';
  const input = part<HTMLInputElement>(root, '[data-search-input]');
  const fieldset = part(root, '[data-search-filters]');
  const status = part(root, '[data-search-status]');
  const list = part(root, '[data-search-results]');
  const more = part(root, '[data-search-more]');
  const disclosure = part<HTMLDetailsElement>(root, '[data-search-filter-toggle]');
  status.textContent = 'Loading search…';
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = 'Search is unavailable: the search index was not found. Rebuild the site with `npm run build`.';
    return;
  }
  status.textContent = '';
  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let team: string | undefined;
  const run = async () => {
    const ticket = ++latest;
    const term = input.value.trim();
    const filters: Record<string, string> = {};
    for (const select of fieldset.querySelectorAll('select')) if (select.value) filters[select.dataset['filter']!] = select.value;
    team = filters['team'];
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(term || null, { filters });
    if (ticket !== latest) return;
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    results = search.results;
    await showMore(ticket);
  };
  // Each result's data is one small fragment download: load a page of them at a time.
  const showMore = async (ticket = latest) => {
    const data = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return;
    list.append(...data.map((result) => renderResult(result, team)));
    shown += data.length;
    more.hidden = shown >= results.length;
    const count = results.length;
    status.textContent = count === 0 ? 'No results.' : `${count} ${count === 1 ? 'result' : 'results'}${count > shown ? `, showing ${shown}` : ''}.`;
  };
  more.addEventListener('click', () => showMore());
  // Filter indexes are as large as the first search itself: fetch them only when asked for.
  const openFilters = () => {
    if (disclosure.open && !fieldset.dataset['filled']) {
      fieldset.dataset['filled'] = 'true';
      fillFilters(pagefind, fieldset).catch(() => {
        fieldset.append(el('p', { text: 'Filters could not be loaded.' }));
      });
    }
  };
  disclosure.addEventListener('toggle', openFilters);
  openFilters();
  // Own debounce rather than debouncedSearch, which preloads an index chunk for every prefix typed
  // ("d", "di", …): a first search would then fetch two or three chunks instead of one.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  fieldset.addEventListener('change', run);
  part(root, 'form').addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query && !input.value) input.value = query;
  if (input.value) run();
}

function buildDialog(): HTMLDialogElement {
  const input = el('input', { id: 'search-dialog-q', type: 'search', name: 'q', autocomplete: 'off', 'data-search-input': '' });
  const form = el('form', { role: 'search' }, [
    el('label', { for: 'search-dialog-q', text: 'Search sprints, team updates and people' }),
    input,
    el('details', { 'data-search-filter-toggle': '' }, [
      el('summary', { text: 'Filter by team, quarter, year or person' }),
      el('fieldset', { class: 'search-filters', 'data-search-filters': '' }, [el('legend', { class: 'sr-only', text: 'Filters' })]),
    ]),
  ]);
  const close = el('button', { type: 'button', class: 'theme-toggle', text: 'Close' });
  const node = el('dialog', { class: 'search-dialog search-panel', 'aria-labelledby': 'search-dialog-title' }, [
    el('header', {}, [el('h2', { id: 'search-dialog-title', text: 'Search' }), close]),
    form,
    el('p', { role: 'status', 'data-search-status': '' }),
    el('ol', { class: 'search-results', 'data-search-results': '' }),
    el('button', { type: 'button', class: 'theme-toggle', 'data-search-more': '', hidden: '', text: 'More results' }),
  ]);
  close.addEventListener('click', () => node.close());
  // Escape in a search field only clears it; in this dialog it should close, as everywhere else.
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      node.close();
    }
  });
  // A click on the backdrop lands on the dialog element itself.
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });
  document.body.append(node);
  return node;
}

/** Opens the search dialog, building it on first use. */
export function openSearch(): Promise<void> {
  const opener = document.activeElement;
  dialog ??= buildDialog();
  if (!dialog.open) {
    dialog.showModal();
    dialog.addEventListener('close', () => (opener instanceof HTMLElement ? opener.focus() : undefined), { once: true });
  }
  part(dialog, '[data-search-input]').focus();
  return mountSearch(dialog);
}
