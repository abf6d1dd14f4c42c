// Search UI, loaded on demand by the page's inline script (⌘K / Ctrl+K, the Search link, or /search/).
// It loads Pagefind's own code and index only now, from under the site's base path.

const FILTERS = [
  ['team', 'Team', 'All teams'],
  ['quarter', 'Quarter', 'All quarters'],
  ['year', 'Year', 'All years'],
  ['person', 'Person', 'Everyone'],
];
const PAGE_SIZE = 8;
let pagefindPromise;
let dialog;

function loadPagefind(base) {
  pagefindPromise ??= import(`${base}pagefind/pagefind.js`).then(async (pagefind) => {
    // No worker: it would cost another 12 KB before the first result.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'html') node.innerHTML = value; // only Pagefind excerpts: entities encoded, <mark> added
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function sortValues(key, values) {
  const names = Object.keys(values);
  return key === 'quarter' || key === 'year'
    ? names.sort((a, b) => (b.slice(-4) + b).localeCompare(a.slice(-4) + a))
    : names.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

async function fillFilters(pagefind, fieldset) {
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

function renderResult(data) {
  const title = data.meta?.title || data.url;
  const item = el('li', {}, [el('a', { href: data.url, text: title }), el('p', { html: data.excerpt })]);
  const subs = (data.sub_results || []).filter((sub) => sub.url !== data.url && sub.url.includes('#')).slice(0, 3);
  if (subs.length > 0) {
    item.append(el('ul', {}, subs.map((sub) => el('li', {}, [el('a', { href: sub.url, text: sub.title }), el('p', { html: sub.excerpt })]))));
  }
  return item;
}

/** Wires a search panel (form with [data-search-input], [data-search-filters], [data-search-status], [data-search-results]). */
export async function mountSearch(base, root) {
  if (root.dataset.mounted) return;
  root.dataset.mounted = 'true';
  const input = root.querySelector('[data-search-input]');
  const fieldset = root.querySelector('[data-search-filters]');
  const status = root.querySelector('[data-search-status]');
  const list = root.querySelector('[data-search-results]');
  status.textContent = 'Loading search…';
  let pagefind;
  try {
    pagefind = await loadPagefind(base);
  } catch {
    status.textContent = 'Search is unavailable: the search index was not found. Rebuild the site with `npm run build`.';
    return;
  }
  status.textContent = '';
  let latest = 0;
  let results = [];
  let shown = 0;
  const more = root.querySelector('[data-search-more]');
  const run = async () => {
    const ticket = ++latest;
    const term = input.value.trim();
    const filters = {};
    for (const select of fieldset.querySelectorAll('select')) if (select.value) filters[select.dataset.filter] = select.value;
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
    list.append(...data.map(renderResult));
    shown += data.length;
    more.hidden = shown >= results.length;
    const count = results.length;
    status.textContent = count === 0 ? 'No results.' : `${count} ${count === 1 ? 'result' : 'results'}${count > shown ? `, showing ${shown}` : ''}.`;
  };
  more.addEventListener('click', () => showMore());
  // Filter indexes are as large as the first search itself: fetch them only when asked for.
  const disclosure = root.querySelector('[data-search-filter-toggle]');
  const openFilters = () => {
    if (disclosure.open && !fieldset.dataset.filled) {
      fieldset.dataset.filled = 'true';
      fillFilters(pagefind, fieldset).catch(() => {
        fieldset.append(el('p', { text: 'Filters could not be loaded.' }));
      });
    }
  };
  disclosure.addEventListener('toggle', openFilters);
  openFilters();
  // Own debounce rather than debouncedSearch, which preloads an index chunk for every prefix typed
  // ("d", "di", …): a first search would then fetch two or three chunks instead of one.
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  fieldset.addEventListener('change', run);
  root.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query && !input.value) input.value = query;
  if (input.value) run();
}

function buildDialog() {
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
export function openSearch(base) {
  const opener = document.activeElement;
  dialog ??= buildDialog();
  if (!dialog.open) {
    dialog.showModal();
    dialog.addEventListener('close', () => opener?.focus?.(), { once: true });
  }
  dialog.querySelector('[data-search-input]').focus();
  return mountSearch(base, dialog);
}
