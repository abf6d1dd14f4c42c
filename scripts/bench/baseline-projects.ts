/**
 * The two baselines the benchmark builds from the same issues as our site: a stock Starlight site
 * (one page per sprint: the issue body then every comment) and a bare Astro page per sprint (the
 * same Markdown in a minimal HTML shell, no CSS or navigation: the gzip floor). Both live in temp
 * project dirs outside the repo, with node_modules a hard-linked copy of ours: a symlink does not
 * do, as Vite then resolves Starlight's components outside the project root and the build fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommentRecord, IssueRecord } from '../../src/lib/archive/records.ts';

export interface SprintMarkdown {
  /** `<owner>-<repo>-<number>`, the same slug our site uses for the sprint page. */
  slug: string;
  title: string;
  markdown: string;
}

/** One Markdown document per issue: its body, then each comment under a heading naming its author. */
export function sprintMarkdown(issues: IssueRecord[], comments: CommentRecord[]): SprintMarkdown[] {
  const byIssue = new Map<string, CommentRecord[]>();
  for (const comment of comments) {
    const key = `${comment.repo}#${comment.issue}`;
    byIssue.set(key, [...(byIssue.get(key) ?? []), comment]);
  }
  return issues.map((issue) => {
    const parts = [absoluteImages(issue.body, issue.url)];
    for (const comment of byIssue.get(`${issue.repo}#${issue.number}`) ?? []) {
      parts.push(`## Comment by @${comment.author ?? 'ghost'} on ${comment.createdAt.slice(0, 10)}`, absoluteImages(comment.body, issue.url));
    }
    return { slug: `${issue.repo.replace('/', '-')}-${issue.number}`.toLowerCase(), title: issue.title, markdown: parts.join('\n\n') };
  });
}

/**
 * Astro fails the whole build on a relative Markdown image it cannot find (DESIGN.md's known trap);
 * point them where GitHub would, as a migration to either baseline would have to.
 */
export function absoluteImages(markdown: string, issueUrl: string): string {
  return markdown.replace(/(!\[[^\]]*\]\()\s*(?![a-z][a-z0-9+.-]*:|\/\/|#)([^)\s]+)/gi, (_, open: string, target: string) => `${open}${new URL(target, issueUrl).href}`);
}

const frontmatter = (title: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n`;

function freshProject(dir: string, repoRoot: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  const from = join(repoRoot, 'node_modules');
  const to = join(dir, 'node_modules');
  // Hard links are instant and take no space; across file systems, fall back to a real copy.
  if (spawnSync('cp', ['-al', from, to]).status !== 0) {
    rmSync(to, { recursive: true, force: true });
    const copy = spawnSync('cp', ['-a', from, to], { encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`cannot copy ${from} to ${to}: ${copy.stderr.trim()}`);
  }
  // Astro bundles (rather than externalizes) the packages a project depends on that build on astro.
  const dependencies = { astro: '*', '@astrojs/starlight': '*' };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module', dependencies }, null, 2)}\n`);
}

// Vite's own cache goes with Astro's, so a cold build is cold and nothing lands in node_modules.
const CONFIG_DIRS = `outDir: process.env.ASTRO_OUT_DIR || './dist',\n  cacheDir: process.env.ASTRO_CACHE_DIR || './.cache',\n  vite: { cacheDir: (process.env.ASTRO_CACHE_DIR || './.cache') + '/vite' },`;

/** A stock Starlight site: default theme, default sidebar, default Pagefind search. */
export function writeStarlightProject(dir: string, repoRoot: string, sprints: SprintMarkdown[], siteTitle: string): void {
  freshProject(dir, repoRoot);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n  site: 'http://127.0.0.1',\n  ${CONFIG_DIRS}\n  integrations: [starlight({ title: ${JSON.stringify(siteTitle)} })],\n});\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'sprints'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), `${frontmatter(siteTitle)}${sprints.map((sprint) => `- [${sprint.title.replace(/[[\]]/g, '')}](sprints/${sprint.slug}/)`).join('\n')}\n`);
  for (const sprint of sprints) writeFileSync(join(docs, 'sprints', `${sprint.slug}.md`), `${frontmatter(sprint.title)}${sprint.markdown}\n`);
}

/** Bare Astro pages: each sprint's Markdown rendered by Astro into a minimal HTML document. */
export function writeBareProject(dir: string, repoRoot: string, sprints: SprintMarkdown[]): void {
  freshProject(dir, repoRoot);
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({\n  ${CONFIG_DIRS}\n});\n`);
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/sprints'), { recursive: true });
  for (const sprint of sprints) writeFileSync(join(dir, 'src/sprints', `${sprint.slug}.md`), `${frontmatter(sprint.title)}${sprint.markdown}\n`);
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---
export function getStaticPaths() {
  const pages = import.meta.glob('../sprints/*.md', { eager: true });
  return Object.entries(pages).map(([file, page]) => ({ params: { slug: file.split('/').pop().replace(/\\.md$/, '') }, props: { page } }));
}
const { Content, frontmatter } = Astro.props.page;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{frontmatter.title}</title></head>
  <body><main><h1>{frontmatter.title}</h1><Content /></main></body>
</html>
`,
  );
}
