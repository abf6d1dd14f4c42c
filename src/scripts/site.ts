/**
 * The site's one script file, a module shared (and cached) by every page: the theme toggle and the
 * search shortcut. The theme itself is applied before first paint by the small inline script in
 * SiteScript.astro. The search UI, and with it Pagefind, loads only on ⌘K / Ctrl+K, a click on
 * Search, or a visit to /search/. Until this module has loaded, Search is a plain link to /search/.
 */
import importSearchUi from 'virtual:sprint-archive/search-ui-loader';

const root = document.documentElement;

function isDark(): boolean {
  return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

function showPressed(toggle: Element): void {
  toggle.setAttribute('aria-pressed', String(isDark()));
}

let searchUi: ReturnType<typeof importSearchUi> | undefined;
const loadSearchUi = () => (searchUi ??= importSearchUi());

function openSearch(): void {
  loadSearchUi()
    .then((ui) => ui.openSearch())
    .catch(() => {
      location.href = `${import.meta.env.BASE_URL}search/`;
    });
}

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest?.('[data-search-open],[data-theme-toggle]');
  if (!target) return;
  if (target.hasAttribute('data-theme-toggle')) {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', root.dataset.theme);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
    showPressed(target);
  } else if (!event.metaKey && !event.ctrlKey && !event.shiftKey) {
    event.preventDefault();
    openSearch();
  }
});

document.addEventListener('keydown', (event) => {
  if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openSearch();
  }
});

// Module scripts run once the document is parsed.
const toggle = document.querySelector('[data-theme-toggle]');
if (toggle instanceof HTMLElement) {
  toggle.hidden = false;
  showPressed(toggle);
}
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
if (searchPage) void loadSearchUi().then((ui) => ui.mountSearch(searchPage));
