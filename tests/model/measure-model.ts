/**
 * Times parsing + deriving an archive directory the way the build does it (one cold call), and the
 * same call again warm. Usage: npx node tests/model/measure-model.ts [content]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownFile } from '../../src/lib/archive/markdown-file.ts';
import type { CommentRecord, IssueRecord } from '../../src/lib/archive/records.ts';
import { loadArchiveConfig } from '../../src/lib/config/load.ts';
import { buildArchiveModel } from '../../src/lib/model/build-archive.ts';
import { deriveArchiveModel } from '../../src/lib/model/derive-archive.ts';
import { parseTeamComment } from '../../src/lib/parse/comment/parse-team-comment.ts';

const dir = process.argv[2] ?? 'content';
const listMarkdown = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listMarkdown(path) : name.endsWith('.md') ? [path] : [];
  });
const readRecord = <T>(file: string): T => {
  const { data, body } = parseMarkdownFile(readFileSync(file, 'utf8'));
  return { ...data, body } as T;
};
const issues = listMarkdown(join(dir, 'issues')).map((file) => readRecord<IssueRecord>(file));
const comments = listMarkdown(join(dir, 'comments')).map((file) => readRecord<CommentRecord>(file));
const config = loadArchiveConfig(dir);
const time = () => {
  const started = performance.now();
  const model = buildArchiveModel(issues, comments, config);
  return { ms: performance.now() - started, model };
};
const cold = time();
const warm = [time(), time(), time()].map((run) => run.ms);
// The split: comment parsing alone, then everything else with comments already parsed.
const parsed = new Map(comments.map((comment) => [comment.body, parseTeamComment(comment.body)]));
const started = performance.now();
for (const comment of comments) parseTeamComment(comment.body);
const parsingMs = performance.now() - started;
const restStarted = performance.now();
deriveArchiveModel(issues, comments, config, (body) => parsed.get(body) ?? parseTeamComment(body));
const restMs = performance.now() - restStarted;
const updates = cold.model.sprints.reduce((total, sprint) => total + sprint.updates.length, 0);
console.log(`warm split: comment parsing ${parsingMs.toFixed(0)} ms, sprint parsing + identity + OKR keys + derived views ${restMs.toFixed(0)} ms`);
console.log(
  `${issues.length} sprints, ${comments.length} comments (${updates} updates): cold ${cold.ms.toFixed(0)} ms, warm ${warm.map((ms) => ms.toFixed(0)).join('/')} ms`,
);
