import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseMarkdownFile } from '../src/lib/archive/markdown-file.ts';
import { CommentFrontmatterSchema, IssueFrontmatterSchema } from '../src/lib/archive/records.ts';
import { loadArchiveConfig } from '../src/lib/config/load.ts';
import { absoluteImages, sprintMarkdown } from '../scripts/bench/baseline-projects.ts';
import { recordsFromWorld } from '../tests/fake-github/world-records.ts';
import { writeWorldArchive } from '../scripts/bench/world-to-archive.ts';
import { buildSiteWorld } from './support/site-world.ts';

// The bench and the browser tests write archives straight from a world; these hold them to the
// archive's contract so a figure is never measured on files the sync would not have written.
const dir = mkdtempSync(join(tmpdir(), 'bench-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('archives written from a world', () => {
  test('every file parses and matches the issue or comment schema, and the config loads', () => {
    const fixture = buildSiteWorld();
    const counts = writeWorldArchive(fixture.world, fixture.config, dir);
    expect(counts).toEqual({ issues: 4, comments: 14 });
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.md'));
    expect(files).toHaveLength(18);
    for (const entry of files) {
      const { data } = parseMarkdownFile(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
      const schema = entry.parentPath.includes(`${dir}/issues`) ? IssueFrontmatterSchema : CommentFrontmatterSchema;
      expect(schema.safeParse(data).success, `${entry.parentPath}/${entry.name}`).toBe(true);
    }
    expect(loadArchiveConfig(dir).teams['growth']).toEqual({ name: 'Growth', aliases: ['Growth Hackers'] });
  });

  test('a comment file keeps its body byte for byte and links to the comment on GitHub', () => {
    const { comments } = recordsFromWorld(buildSiteWorld().world);
    const first = comments[0]!;
    expect(first.url).toBe(`https://github.com/acme/planning/issues/101#issuecomment-${first.databaseId}`);
    const text = readFileSync(join(dir, 'comments/acme/planning/101', `${first.databaseId}.md`), 'utf8');
    expect(parseMarkdownFile(text).body).toBe(first.body);
  });
});

describe('the baselines’ Markdown', () => {
  test('relative images point where GitHub would resolve them, absolute ones are left alone', () => {
    const issue = 'https://github.com/acme/planning/issues/7';
    expect(absoluteImages('![board](./whiteboard.png) and ![x](https://example.org/a.png) and [link](./doc.md)', issue)).toBe(
      '![board](https://github.com/acme/planning/issues/whiteboard.png) and ![x](https://example.org/a.png) and [link](./doc.md)',
    );
  });

  test('one document per sprint holds the issue body and every comment under its author', () => {
    const { issues, comments } = recordsFromWorld(buildSiteWorld().world);
    const docs = sprintMarkdown(issues, comments);
    expect(docs.map((doc) => doc.slug)).toEqual(['acme-planning-101', 'acme-planning-102', 'acme-planning-103', 'acme-planning-104']);
    expect(docs[1]!.markdown).toContain('quokkaflan');
    expect(docs[2]!.markdown.match(/^## Comment by @/gm)).toHaveLength(4);
  });
});
