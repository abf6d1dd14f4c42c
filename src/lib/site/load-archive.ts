import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { parseMarkdownFile } from '../archive/markdown-file.ts';
import { commentPath, issuePath } from '../archive/paths.ts';
import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import { loadArchiveConfig, resolveArchiveDir } from '../config/load.ts';
import type { ArchiveConfig } from '../config/schema.ts';
import { buildArchiveModel } from '../model/build-archive.ts';
import type { ArchiveModel } from '../model/types.ts';
import { archiveInputKey, sortRecords } from './archive-input.ts';
import { prerendered } from './prerendered.ts';

export interface LoadedArchive {
  config: ArchiveConfig;
  model: ArchiveModel;
  issuesById: Map<string, IssueRecord>;
  commentsById: Map<string, CommentRecord>;
}

let cached: Promise<LoadedArchive> | undefined;

/**
 * Loads the collections and derives the model once per build; every page shares the result. In
 * `astro dev` it loads afresh for each page, so a sync or an edit under the archive shows on reload.
 */
export function loadArchive(): Promise<LoadedArchive> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** A body from its file, where the archive layout puts it (the collections hold only frontmatter: archive-loader.ts). */
function readBody(archiveDir: string, path: string): string {
  return parseMarkdownFile(readFileSync(join(archiveDir, path), 'utf8')).body;
}

async function load(): Promise<LoadedArchive> {
  const archiveDir = resolveArchiveDir();
  const config = loadArchiveConfig(archiveDir);
  const issues = (await getCollection('issues')).map(({ data }) => ({ ...data, body: readBody(archiveDir, issuePath(data.repo, data.number)) }));
  const comments = (await getCollection('comments')).map(({ data }) => ({ ...data, body: readBody(archiveDir, commentPath(data.repo, data.issue, data.databaseId)) }));
  sortRecords(issues, comments);
  // During a build, a worker thread renders the comments and derives the model meanwhile
  // (prerendered.ts); its model is used only if it came from exactly these records and config.
  const worker = prerendered();
  await worker?.modelReady;
  const model = (worker?.model(() => archiveInputKey(config, issues, comments)) as ArchiveModel | undefined) ?? buildArchiveModel(issues, comments, config);
  return {
    config,
    model,
    issuesById: new Map(issues.map((issue) => [`${issue.repo}#${issue.number}`, issue])),
    commentsById: new Map(comments.map((comment) => [comment.id, comment])),
  };
}

