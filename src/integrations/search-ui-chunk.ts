import type { Plugin } from 'vite';

/** The module site.ts imports to load the search UI (declared in src/virtual-modules.d.ts). */
const SEARCH_UI_LOADER = 'virtual:sprint-archive/search-ui-loader';
const RESOLVED = `\0${SEARCH_UI_LOADER}`;
/** The emitted chunk's name, which astro.config.mjs gives a file name of its own. */
export const SEARCH_UI_CHUNK = 'search-ui';

/**
 * Builds the search UI (`entry`) as a chunk of its own and gives site.ts a loader for it that Vite
 * leaves alone. A plain `import('./search-ui.ts')` in site.ts makes Vite wrap it in its preload
 * helper, ~1.8 KB that every page would download for a UI most visits never open; Rollup's
 * `import.meta.ROLLUP_FILE_URL_<ref>` names the emitted chunk's final URL (under `base`) instead.
 * In `astro dev` the loader imports the source, which Vite serves as it does any module.
 */
export function searchUiChunk(entry: string): Plugin {
  let building = false;
  let reference: string | undefined;
  return {
    name: 'sprint-archive:search-ui-chunk',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building || this.environment.name !== 'client') return;
      reference = this.emitFile({ type: 'chunk', id: entry, name: SEARCH_UI_CHUNK, preserveSignature: 'strict' });
    },
    resolveId(id) {
      return id === SEARCH_UI_LOADER ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (building && reference) return `export default () => import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${reference});`;
      return `export default () => import(${JSON.stringify(entry)});`;
    },
  };
}
