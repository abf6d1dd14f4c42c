/**
 * The README and docs/github-actions.md promise to document every option that exists: these tests
 * read the options from the code (config schema, package.json, the environment variables the code
 * reads, action.yml, the workflow's variables) and fail when one is missing from the docs, or when
 * a linked doc does not exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ArchiveConfigSchema } from '../../src/lib/config/schema.ts';

const readme = readFileSync('README.md', 'utf8');
const actionsDoc = readFileSync('docs/github-actions.md', 'utf8');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Environment variables the project's code reads (not the test helpers, not import.meta.env). */
function environmentVariablesRead(): string[] {
  const names = new Set<string>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs']) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)) names.add((m[1] ?? m[2])!);
    for (const m of text.matchAll(/\benv\[['"]([A-Z][A-Z0-9_]*)['"]\]/g)) names.add(m[1]!);
    for (const m of text.matchAll(/readNumberEnv\(['"]([A-Z][A-Z0-9_]*)['"]\)/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

describe('the README', () => {
  it('documents every key of archive.config.json', () => {
    const keys = Object.keys(ArchiveConfigSchema.shape);
    expect(keys).toEqual(expect.arrayContaining(['title', 'repos', 'label', 'teams', 'people', 'site']));
    for (const key of keys.filter((k) => k !== 'site')) expect(readme).toContain(`| \`${key}\` |`);
    expect(readme).toContain('| `site.url` |');
    expect(readme).toContain('| `site.base` |');
  });

  it('documents every environment variable the code reads', () => {
    const names = environmentVariablesRead();
    expect(names).toEqual(expect.arrayContaining(['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_GRAPHQL_URL', 'ARCHIVE_DIR', 'SITE_URL', 'BASE_PATH', 'ASTRO_OUT_DIR', 'ASTRO_CACHE_DIR']));
    for (const name of names) expect({ name, documented: readme.includes(`\`${name}\``) }).toEqual({ name, documented: true });
  });

  it('documents every npm script', () => {
    for (const script of Object.keys(packageJson.scripts)) {
      const documented = readme.includes(`npm run ${script}`) || (script === 'test' && readme.includes('npm test'));
      expect({ script, documented }).toEqual({ script, documented: true });
    }
  });

  it('links the detailed references in docs/, and every doc it links exists', () => {
    for (const doc of ['sync.md', 'demo.md', 'export.md', 'github-actions.md']) expect(readme).toContain(`(docs/${doc}`);
    const targets = [...readme.matchAll(/\]\(((?:docs\/)?[\w./-]+\.md)(?:#[\w-]+)?\)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(4);
    for (const target of targets) expect({ target, exists: existsSync(target) }).toEqual({ target, exists: true });
  });

  it('quotes the measured cost of a comment-triggered run that the workflow-sequence test asserts', () => {
    const test = readFileSync('tests/ci/workflow-sequence.test.ts', 'utf8');
    const points = /const COMMENT_RUN_POINTS = (\d+);/.exec(test)?.[1];
    expect(points).toBeDefined();
    expect(/one request costing (\d+)\s+points?\*\*/.exec(readme)?.[1]).toBe(points);
    expect(actionsDoc).toMatch(new RegExp(`\\| triggered by one new comment \\| 1 \\| ${points} \\|`));
  });
});

describe('docs/github-actions.md', () => {
  it('documents every input and output of action.yml', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(actionsDoc).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(action.inputs)) expect(readme).toContain(`\`${name}\``);
  });

  it('documents every repository variable and secret the workflow reads', () => {
    const workflow = readFileSync('.github/workflows/archive.yml', 'utf8');
    const names = new Set([...workflow.matchAll(/\b(?:vars|secrets)\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    expect([...names].sort()).toEqual([
      'SPRINT_ARCHIVE_COMMIT_CONTENT',
      'SPRINT_ARCHIVE_GRAPHQL_URL',
      'SPRINT_ARCHIVE_LABEL',
      'SPRINT_ARCHIVE_REPOS',
      'SPRINT_ARCHIVE_TOKEN',
    ]);
    for (const name of names) {
      expect(actionsDoc).toContain(`\`${name}\``);
      expect(readme).toContain(`\`${name}\``);
    }
  });
});
