// Modules made by the site's own Vite plugins (src/integrations).

declare module 'virtual:sprint-archive/search-ui-loader' {
  /** Loads the search UI's chunk (search-ui-chunk.ts). */
  const importSearchUi: () => Promise<typeof import('./scripts/search-ui.ts')>;
  export default importSearchUi;
}
