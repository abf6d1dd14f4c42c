// Usage: npm run eval -- DIR [--verbose]
// Reads DIR/issues/*.json and DIR/labels/*.json, runs the comment parser and prints accuracy figures.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CorpusIssueSchema, IssueLabelSchema } from '../src/lib/parse/eval/corpus-schema.ts';
import { formatReport } from '../src/lib/parse/eval/format-report.ts';
import { scoreCorpus, type LabelledIssue, type ScoreOptions } from '../src/lib/parse/eval/score-corpus.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dir = args.find((arg) => !arg.startsWith('-'));
if (!dir) fail('Usage: npm run eval -- DIR [--verbose]   (DIR holds issues/*.json and labels/*.json)');

const issuesDir = path.join(dir, 'issues');
const labelsDir = path.join(dir, 'labels');
if (!existsSync(issuesDir) || !existsSync(labelsDir)) fail(`${dir} has no issues/ and labels/ folders; point DIR at a corpus like ../shared/corpus.`);

const corpus: LabelledIssue[] = [];
for (const file of (await readdir(labelsDir)).filter((name) => name.endsWith('.json')).sort()) {
  const issuePath = path.join(issuesDir, file);
  if (!existsSync(issuePath)) {
    console.warn(`skipped ${file}: no matching issue in ${issuesDir}`);
    continue;
  }
  const label = IssueLabelSchema.safeParse(await readJson(path.join(labelsDir, file)));
  const issue = CorpusIssueSchema.safeParse(await readJson(issuePath));
  if (!label.success || !issue.success) {
    console.warn(`skipped ${file}: ${(label.error ?? issue.error)?.issues[0]?.message ?? 'invalid JSON shape'}`);
    continue;
  }
  corpus.push({ name: file.replace(/\.json$/, ''), issue: issue.data, label: label.data });
}
console.log(`Loaded ${corpus.length} labelled issues from ${dir}.`);

const options: ScoreOptions = { ...(await loadOptional()) };
console.log(formatReport(scoreCorpus(corpus, options), verbose));

/** The title parser and template extraction live in modules another part of the project owns; use them when present. */
async function loadOptional(): Promise<ScoreOptions> {
  const options: ScoreOptions = {};
  try {
    const titles = (await import('../src/lib/parse/sprint-title.ts')) as { parseSprintTitle?: ScoreOptions['parseSprintTitle'] };
    options.parseSprintTitle = titles.parseSprintTitle ?? null;
  } catch {
    options.parseSprintTitle = null;
  }
  try {
    const classify = (await import('../src/lib/parse/classify-comment.ts')) as { extractTemplates?: (description: string) => string[] };
    if (classify.extractTemplates) options.extractTemplates = classify.extractTemplates;
  } catch {
    // Without template extraction, template placeholder lines count as items.
  }
  return options;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    // An unreadable file is skipped with a warning by the schema check below.
    console.warn(`could not read ${file}: ${(error as Error).message}`);
    return null;
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
