/**
 * Worker thread started by the build (src/integrations/prerender.ts): renders every comment and
 * issue description of the archive with the same pipeline as the pages (render/markdown.ts) while
 * the main thread starts Astro, syncs content and bundles. It first derives the archive model from the
 * same files (the pages wait for it), then renders the Markdown and sends it back in batches of
 * [key, body, html]. The pages use an entry only when its body is the one they were given, and the
 * model only when their records are the worker's (archive-input.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { listMarkdownFiles } from '../archive/list-markdown-files.ts';
import { parseMarkdownFile } from '../archive/markdown-file.ts';
import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import { loadArchiveConfig } from '../config/load.ts';
import { buildArchiveModel } from '../model/build-archive.ts';
import { archiveInputKey, sortRecords } from './archive-input.ts';

type Rendered = [key: string, body: string, html: string];

const { archiveDir } = workerData as { archiveDir: string };
const BATCH = 200;

interface Entry {
  kind: 'issues' | 'comments';
  record: IssueRecord | CommentRecord;
}

// Read synchronously: this thread has nothing else to do meanwhile, and one awaited read after
// another left it idle a fifth of the time before the model, which the pages wait for.
function readEntries(kind: Entry['kind']): Entry[] {
  const entries: Entry[] = [];
  for (const file of listMarkdownFiles(join(archiveDir, kind))) {
    try {
      const { data, body } = parseMarkdownFile(readFileSync(file, 'utf8'));
      // The body verbatim, as the archive loader gives it to the pages.
      entries.push({ kind, record: { ...data, body } as never });
    } catch {
      // Astro reports malformed files; the pages then do this work themselves.
    }
  }
  return entries;
}

const comments = readEntries('comments');
const issues = readEntries('issues');

// First the model, which the pages wait for, from the records in the order load-archive.ts puts
// them in; the pages use it only if their own records (from the content collections) and config
// serialize to the same key.
{
  let model: unknown;
  let inputKey: string | undefined;
  try {
    const config = loadArchiveConfig(archiveDir);
    const issueRecords = issues.map((entry) => entry.record as IssueRecord);
    const commentRecords = comments.map((entry) => entry.record as CommentRecord);
    sortRecords(issueRecords, commentRecords);
    inputKey = archiveInputKey(config, issueRecords, commentRecords);
    model = buildArchiveModel(issueRecords, commentRecords, config);
  } catch {
    model = undefined;
    inputKey = undefined;
  }
  parentPort!.postMessage({ model, inputKey });
}

// Then the Markdown, in batches the pages pick up as they come (they render what has not arrived).
// The pipeline is loaded only now, so loading it does not delay the model.
const { renderMarkdown } = await import('../render/markdown.ts');
let batch: Rendered[] = [];
for (const { kind, record } of [...comments, ...issues]) {
  const { repo, url, body } = record;
  if (kind === 'comments') {
    batch.push([(record as CommentRecord).id, body, renderMarkdown(body, { repo, baseUrl: url })]);
  } else {
    batch.push([`${repo}#${(record as IssueRecord).number}`, body, renderMarkdown(body, { repo, baseUrl: url, topHeading: 3, collapseCode: true })]);
  }
  if (batch.length >= BATCH) {
    parentPort!.postMessage({ rendered: batch });
    batch = [];
  }
}
parentPort!.postMessage({ rendered: batch, done: true });
