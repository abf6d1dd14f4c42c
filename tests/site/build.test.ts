/**
 * Builds a small archive under a sub-path and checks the generated HTML: escaping, sanitizing,
 * structure, the one small inline script, links under the base path, feeds and the search index.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from './helpers/write-archive.ts';

const SPRINTS = 4;
const BASE = '/sprint-archive/';
const root = process.cwd();
const archive = mkdtempSync(join(tmpdir(), 'site-test-archive-'));
// Inside the project: Astro puts its prerender chunks next to an outDir that lies within the
// working directory, and in one shared .astro/ folder otherwise (which parallel builds clobber).
const out = join(root, 'node_modules', '.cache', `site-test-${process.pid}`);
let pages: Map<string, string>;

/** The parent environment without what Vitest adds (NODE_ENV=test, BASE_URL, MODE...), which would leak into the build. */
function cleanEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

function readPages(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
  return new Map(files.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/** Builds the test archive into `<out>/<name>`, with extra environment. */
async function build(name: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    env: { ...cleanEnv(), ARCHIVE_DIR: archive, ASTRO_OUT_DIR: join(out, name), ASTRO_CACHE_DIR: join(out, `${name}-cache`), BASE_PATH: BASE, SITE_URL: 'https://acme.example', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

beforeAll(async () => {
  writeArchive(archive, SPRINTS, 'Acme <b>"sprints"</b> & co');
  await build('dist');
  pages = readPages(join(out, 'dist'));
}, 180_000);

afterAll(() => {
  rmSync(archive, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const sprintPage = () => pages.get(join('sprints', 'acme-planning-1', 'index.html'))!;

describe('the built site', () => {
  it('has a sprint page for every sprint and at least three pages per sprint overall', () => {
    for (let number = 1; number <= SPRINTS; number++) expect(pages.has(join('sprints', `acme-planning-${number}`, 'index.html'))).toBe(true);
    expect(pages.size).toBeGreaterThanOrEqual(3 * SPRINTS);
  });

  it('escapes user-written titles in <title>, meta tags, headings and links', () => {
    const html = sprintPage();
    expect(html).not.toContain('<script>alert(');
    expect(html).toMatch(/<title>Sprint 1 - [^<]*&lt;script&gt;alert\(&quot;014&quot;\)&lt;\/script&gt; · Acme &lt;b&gt;&quot;sprints&quot;&lt;\/b&gt; &amp; co<\/title>/);
    expect(html).toMatch(/<h1>Sprint 1 - [^<]*&lt;script&gt;/);
    expect(pages.get('index.html')).toMatch(/title="Sprint 1 - [^"<]*&lt;script&gt;alert\(&quot;014&quot;\)&lt;\/script&gt;"/);
    expect(pages.get('index.html')).not.toContain('<script>alert(');
  });

  it('sanitizes comments: no script, handler, javascript: URL, iframe, form or style survives', () => {
    const html = sprintPage();
    const own = /<script>[\s\S]*?<\/script>|<script type="module" src="[^"]+"><\/script>/g;
    const withoutOwnScript = html.replace(own, '');
    expect(withoutOwnScript).not.toMatch(/<script|<iframe|<form|<style|<svg/i);
    expect(withoutOwnScript).not.toMatch(/\son[a-z]+=/i);
    expect(withoutOwnScript).not.toMatch(/(href|src)="\s*javascript:/i);
  });

  it('gives every page one h1, a main landmark, a skip link and a language', () => {
    for (const [file, html] of pages) {
      if (file === '404.html') continue;
      expect(html.match(/<h1[\s>]/g)?.length, file).toBe(1);
      expect(html, file).toContain('<main id="main"');
      expect(html, file).toContain('href="#main"');
      expect(html, file).toMatch(/<html lang="en"/);
    }
  });

  it('ships one small inline script (the saved theme) and one shared module script per page', () => {
    const moduleScripts = new Set<string>();
    for (const [file, html] of pages) {
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const inline = scripts.filter(([, attributes]) => !attributes!.includes('src='));
      expect(inline.length, file).toBe(1);
      expect(Buffer.byteLength(inline[0]![2]!), file).toBeLessThanOrEqual(256);
      const external = scripts.filter(([, attributes]) => attributes!.includes('src='));
      expect(external.length, file).toBe(1);
      expect(external[0]![1], file).toMatch(new RegExp(`^ type="module" src="${BASE}_astro/[^"]+\\.js"$`));
      moduleScripts.add(external[0]![1]!);
    }
    expect(moduleScripts.size).toBe(1);
  });

  it('loads at most 2 KB of script before search is opened, and the search UI only from its own chunk', () => {
    const html = sprintPage();
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const src = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
    const module = readFileSync(join(out, 'dist', src.slice(BASE.length)), 'utf8');
    expect(Buffer.byteLength(inline) + Buffer.byteLength(module)).toBeLessThanOrEqual(2048);
    // Vite's preload helper (~1.8 KB) is what a plain import('./search-ui.ts') would have added.
    expect(module).not.toContain('modulepreload');
    const chunk = new RegExp(`import\\(\`(${BASE}_astro/search-ui\\.[\\w-]+\\.js)\`\\)`).exec(module)?.[1];
    expect(chunk).toBeDefined();
    const ui = readFileSync(join(out, 'dist', chunk!.slice(BASE.length)), 'utf8');
    expect(ui).toMatch(/export\{[^}]*\bas openSearch\b[^}]*\}/);
    expect(ui).toContain('pagefind/pagefind.js');
  });

  it('leaves the separators of meta lines to the stylesheet, which puts one between their elements', () => {
    const meta = /<p class="meta">((?:[^<]|<(?!\/p>))*)<\/p>/g;
    let lines = 0;
    for (const [file, html] of pages) {
      for (const [, content] of html.matchAll(meta)) {
        lines++;
        // A literal separator next to the stylesheet's would show as "· ·".
        expect(content!.replace(/<[^>]*>/g, ''), file).not.toContain('·');
      }
    }
    expect(lines).toBeGreaterThan(SPRINTS);
    expect(sprintPage()).toMatch(/<p class="meta">by <a href="[^"]+">@[^<]+<\/a><span>[^<]+<\/span><span><a href="https:\/\/github\.com\/[^"]+#issuecomment-\d+">comment on GitHub<\/a><\/span><\/p>/);
  });

  it('links every internal page and asset under the base path', () => {
    for (const [file, html] of pages) {
      for (const [, href] of html.matchAll(/(?:href|src)="([^"#][^"]*)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        expect(href, `${file}: ${href}`).toMatch(new RegExp(`^${BASE}`));
      }
    }
  });

  it('renders a relative image typed on GitHub lazily instead of failing the build', () => {
    expect(sprintPage()).toContain('<img src="https://github.com/acme/planning/issues/chart.png" alt="chart" loading="lazy" decoding="async">');
  });

  it('writes feeds, a sitemap, the about page and a Pagefind index restricted to page bodies', () => {
    const dist = join(out, 'dist');
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`<link>https://acme.example${BASE}sprints/acme-planning-${SPRINTS}/</link>`);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    expect(pages.get(join('about', 'index.html'))).toContain('How to read this archive');
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(sprintPage()).toContain('data-pagefind-body');
    expect(pages.get('index.html')).not.toContain('data-pagefind-body');
  });
});

describe('the lean build (LEAN_BUILD=1, as on large archives)', () => {
  let lean: Map<string, string>;
  let log: string;
  beforeAll(async () => {
    log = await build('lean', { LEAN_BUILD: '1' });
    lean = readPages(join(out, 'lean'));
  }, 180_000);

  it('takes the lean path: no worker thread', () => {
    expect(log).toContain('Lean build (');
    expect(log).not.toContain('in a worker');
  });

  it('writes the same pages, byte for byte, as the full build', () => {
    expect([...lean.keys()].sort()).toEqual([...pages.keys()].sort());
    for (const [file, html] of pages) expect(lean.get(file), file).toBe(html);
  });
});
