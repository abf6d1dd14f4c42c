/**
 * Worker thread started by the build (src/integrations/prerender.ts): renders every comment and
 * issue description of the archive with the same pipeline as the pages (render/markdown.ts) while
 * the main thread starts Astro, syncs content and bundles; then derives the archive model from the same
 * files. Results go back in batches of [key, body, html]; the pages use one only when its body is the
 * one they were given, and the model only when their records are the worker's (archive-input.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { parseMarkdownFile } from '../archive/markdown-file.ts';
import type { CommentRecord, IssueRecord } from '../archive/records.ts';
import { loadArchiveConfig } from '../config/load.ts';
import { buildArchiveModel } from '../model/build-archive.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { archiveInputKey, sortRecords } from './archive-input.ts';

type Rendered = [key: string, body: string, html: string];

const { archiveDir } = workerData as { archiveDir: string };
const BATCH = 200;

async function markdownFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.md')).map((file) => join(dir, file));
  } catch {
    return [];
  }
}

let batch: Rendered[] = [];
const issues: IssueRecord[] = [];
const comments: CommentRecord[] = [];
const flush = () => {
  if (batch.length > 0) parentPort!.postMessage({ rendered: batch });
  batch = [];
};

async function renderAll(kind: 'issues' | 'comments'): Promise<void> {
  for (const file of await markdownFiles(join(archiveDir, kind))) {
    let parsed: ReturnType<typeof parseMarkdownFile>;
    try {
      parsed = parseMarkdownFile(await readFile(file, 'utf8'));
    } catch {
      continue; // Astro reports malformed files; the page then renders the entry itself.
    }
    const { data } = parsed;
    // As Astro's Markdown entry type gives it to the pages (entry.body is trimmed).
    const body = parsed.body.trim();
    const repo = String(data['repo']);
    const url = String(data['url']);
    (kind === 'comments' ? comments : issues).push({ ...data, body } as never);
    if (kind === 'comments') {
      batch.push([String(data['id']), body, renderMarkdown(body, { repo, baseUrl: url })]);
    } else {
      batch.push([`${repo}#${String(data['number'])}`, body, renderMarkdown(body, { repo, baseUrl: url, topHeading: 3, collapseCode: true })]);
    }
    if (batch.length >= BATCH) flush();
  }
}

await renderAll('comments');
await renderAll('issues');
flush();
// The model too, from the same records in the same order as load-archive.ts gives them; the page
// side uses it only if its own records (from the content collections) serialize to the same key.
let model: unknown;
let inputKey: string | undefined;
try {
  const config = loadArchiveConfig(archiveDir);
  sortRecords(issues, comments);
  inputKey = archiveInputKey(config, issues, comments);
  model = buildArchiveModel(issues, comments, config);
} catch {
  inputKey = undefined;
}
parentPort!.postMessage({ done: true, model, inputKey });
