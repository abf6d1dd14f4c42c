// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { prerenderMarkdown } from './src/integrations/prerender.ts';
import { searchIndex } from './src/integrations/search.ts';
import { SEARCH_UI_CHUNK, searchUiChunk } from './src/integrations/search-ui-chunk.ts';
import { readBuildInputs } from './src/integrations/build-inputs.ts';

const { archiveDir, archive, comments, lean } = readBuildInputs();

export default defineConfig({
  site: process.env.SITE_URL || archive.site.url || 'http://localhost:4321',
  base: process.env.BASE_PATH || archive.site.base || '/',
  trailingSlash: 'always',
  // Separate out and cache dirs let tests and benchmarks build several archives side by side.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Lossless whitespace removal: Astro 7's default JSX rules would drop spaces between inline elements.
  compressHTML: true,
  // One external stylesheet, cached across pages, instead of CSS inlined into every page.
  // Concurrency: pages render while earlier ones are written and indexed (about 1 s off the 130 × 12
  // bench build); large archives keep to one page at a time for memory (archive-size.ts).
  build: { inlineStylesheets: 'never', concurrency: lean ? 1 : 4 },
  vite: {
    // The site script (toggle and search shortcut, ~1 KB) stays one cached file rather than being
    // inlined into every page, where it would add ~0.45 KB gzip to each.
    build: { assetsInlineLimit: (file) => (file.includes('/site.') ? false : undefined) },
    // The search UI is a chunk of its own, loaded without Vite's preload helper (search-ui-chunk.ts).
    plugins: [searchUiChunk(fileURLToPath(new URL('./src/scripts/search-ui.ts', import.meta.url)))],
    // Every page links the site script: a short name instead of Astro's
    // "SiteScript.astro_astro_type_script_index_0_lang.<hash>.js".
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: (chunk) => `_astro/${chunk.name === SEARCH_UI_CHUNK ? SEARCH_UI_CHUNK : 'site'}.[hash].js` } } } } },
  },
  // The only Markdown Astro renders is the about page, which has no code: skip loading Shiki.
  markdown: { syntaxHighlight: false },
  integrations: [prerenderMarkdown({ dir: archiveDir, comments, lean }), mdx(), sitemap(), searchIndex()],
});
