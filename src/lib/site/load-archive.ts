import { getCollection } from 'astro:content';
import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import { loadArchiveConfig, resolveArchiveDir } from '../config/load.ts';
import type { ArchiveConfig } from '../config/schema.ts';
import { buildArchiveModel } from '../model/build-archive.ts';
import type { ArchiveModel } from '../model/types.ts';
import { prerendered } from './prerendered.ts';

export interface LoadedArchive {
  config: ArchiveConfig;
  model: ArchiveModel;
  issuesById: Map<string, IssueRecord>;
  commentsById: Map<string, CommentRecord>;
}

let cached: Promise<LoadedArchive> | undefined;

/** Loads the collections and derives the model once per build; every page shares the result. */
export function loadArchive(): Promise<LoadedArchive> {
  cached ??= (async () => {
    const config = loadArchiveConfig(resolveArchiveDir());
    const issues = (await getCollection('issues')).map((entry) => ({ ...entry.data, body: entry.body ?? '' }));
    const comments = (await getCollection('comments')).map((entry) => ({ ...entry.data, body: entry.body ?? '' }));
    const model = buildArchiveModel(issues, comments, config);
    // During a build, the comments' HTML is being rendered on another thread meanwhile (comments.ts).
    await prerendered()?.done;
    return {
      config,
      model,
      issuesById: new Map(issues.map((issue) => [`${issue.repo}#${issue.number}`, issue])),
      commentsById: new Map(comments.map((comment) => [comment.id, comment])),
    };
  })();
  return cached;
}
