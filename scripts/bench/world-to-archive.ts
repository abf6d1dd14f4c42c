/**
 * Writes a FakeWorld straight into an archive directory with the archive's own contract functions,
 * so the benchmark and the browser tests need neither a network nor the sync. The real sync writes
 * the same bytes for the same world (same serializer, paths and key order).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serializeMarkdownFile } from '../../src/lib/archive/markdown-file.ts';
import { commentPath, issuePath } from '../../src/lib/archive/paths.ts';
import { COMMENT_KEYS, ISSUE_KEYS } from '../../src/lib/archive/records.ts';
import { CONFIG_FILE_NAME } from '../../src/lib/config/schema.ts';
import type { FakeWorld } from '../../tests/fake-github/world.ts';
import { recordsFromWorld } from '../../tests/fake-github/world-records.ts';

/** Replaces `dir` with the archive of `world` (plus its config file); returns how many files were written. */
export function writeWorldArchive(world: FakeWorld, config: object, dir: string): { issues: number; comments: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, CONFIG_FILE_NAME), `${JSON.stringify(config, null, 2)}\n`);
  const { issues, comments } = recordsFromWorld(world);
  for (const { body, ...data } of issues) {
    writeFile(join(dir, issuePath(data.repo, data.number)), serializeMarkdownFile(data, ISSUE_KEYS, body));
  }
  for (const { body, ...data } of comments) {
    writeFile(join(dir, commentPath(data.repo, data.issue, data.databaseId)), serializeMarkdownFile(data, COMMENT_KEYS, body));
  }
  return { issues: issues.length, comments: comments.length };
}

function writeFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
