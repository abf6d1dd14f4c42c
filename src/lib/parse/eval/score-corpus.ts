import { parseTeamComment } from '../comment/parse-team-comment.ts';
import type { ParsedComment, ParsedOkr } from '../comment/types.ts';
import type { CommentLabel, CorpusIssue, IssueLabel } from './corpus-schema.ts';
import { normalizeName, pairSnippets } from './match-text.ts';

/** hits out of total. */
export interface Ratio {
  hits: number;
  total: number;
}

/** Set-comparison counts for names (true positives, false positives, false negatives). */
export interface NameCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Every figure the eval prints, with the mismatches behind them. */
export interface EvalReport {
  issues: number;
  comments: number;
  team: Ratio;
  heroes: NameCounts;
  away: NameCounts;
  itemRecall: Ratio;
  itemStatus: Ratio;
  itemSection: Ratio;
  itemOwners: Ratio;
  okrRecall: Ratio;
  okrStatus: Ratio;
  /** Null when no title parser was supplied. */
  dates: Ratio | null;
  parseMs: number;
  mismatches: string[];
}

/** One issue and its labels, named for messages. */
export interface LabelledIssue {
  name: string;
  issue: CorpusIssue;
  label: IssueLabel;
}

/** What the scorer needs beyond the corpus. */
export interface ScoreOptions {
  parseSprintTitle?: ((title: string, createdAt: string) => { start: string | null; end: string | null } | null) | null;
  /** Templates of an issue description (fenced blocks), passed to the parser so copied template lines are ignored. */
  extractTemplates?: (description: string) => string[];
  now?: () => number;
}

/** Run the comment parser over labelled issues and compare with the labels. Pure: the caller reads the files. */
export function scoreCorpus(corpus: readonly LabelledIssue[], options: ScoreOptions = {}): EvalReport {
  const now = options.now ?? (() => performance.now());
  const report: EvalReport = {
    issues: corpus.length,
    comments: 0,
    team: ratio(),
    heroes: { tp: 0, fp: 0, fn: 0 },
    away: { tp: 0, fp: 0, fn: 0 },
    itemRecall: ratio(),
    itemStatus: ratio(),
    itemSection: ratio(),
    itemOwners: ratio(),
    okrRecall: ratio(),
    okrStatus: ratio(),
    dates: options.parseSprintTitle ? ratio() : null,
    parseMs: 0,
    mismatches: [],
  };
  for (const { name, issue, label } of corpus) {
    if (options.parseSprintTitle && report.dates) scoreDates(name, issue, label, options.parseSprintTitle, report);
    const templates = options.extractTemplates?.(issue.description ?? '') ?? [];
    for (const commentLabel of label.comments) {
      const comment = issue.comments[commentLabel.index];
      if (!comment) {
        report.mismatches.push(`${name}#${commentLabel.index}: labelled comment missing from the issue`);
        continue;
      }
      const started = now();
      const parsed = parseTeamComment(comment.body, { truncated: !comment.complete, templates });
      report.parseMs += now() - started;
      report.comments++;
      scoreComment(`${name}#${commentLabel.index}`, commentLabel, parsed, report);
    }
  }
  return report;
}

function scoreDates(name: string, issue: CorpusIssue, label: IssueLabel, parse: NonNullable<ScoreOptions['parseSprintTitle']>, report: EvalReport): void {
  const dates = report.dates!;
  const got = safe(() => parse(issue.title, issue.createdAt));
  const expected = label.sprint;
  const same = (got?.start ?? null) === (expected?.start ?? null) && (got?.end ?? null) === (expected?.end ?? null);
  dates.total++;
  if (same) dates.hits++;
  else report.mismatches.push(`${name} dates: "${issue.title}" expected ${fmtDates(expected)}, got ${fmtDates(got)}`);
}

function scoreComment(where: string, label: CommentLabel, parsed: ParsedComment, report: EvalReport): void {
  report.team.total++;
  const names = [label.team, ...label.teamAliases].filter((name): name is string => name !== null).map(normalizeName);
  const teamOk = parsed.isUpdate === label.isTeamUpdate && (!label.isTeamUpdate || label.team === null || names.includes(normalizeName(parsed.teamName ?? '')));
  if (teamOk) report.team.hits++;
  else report.mismatches.push(`${where} team: expected ${label.isTeamUpdate ? `update "${label.team}"` : 'not an update'}, got ${parsed.isUpdate ? `update "${parsed.teamName}"` : 'not an update'}`);
  if (!label.isTeamUpdate) return;

  compareNames(where, 'support hero', label.supportHeroes, parsed.supportHeroes, report.heroes, report.mismatches);
  compareNames(where, 'away', label.away, parsed.away, report.away, report.mismatches);

  const pairs = pairSnippets(
    label.items.map((item) => item.text),
    parsed.items.map((item) => item.text),
  );
  label.items.forEach((item, index) => {
    report.itemRecall.total++;
    const found = parsed.items[pairs[index]!];
    if (!found) {
      report.mismatches.push(`${where} item missing: [${item.section}/${item.status}] ${item.text}`);
      return;
    }
    report.itemRecall.hits++;
    tally(report.itemStatus, found.status === item.status, () => `${where} item status: "${item.text}" expected ${item.status}, got ${found.status}`, report.mismatches);
    tally(report.itemSection, found.section === item.section, () => `${where} item section: "${item.text}" expected ${item.section}, got ${found.section}`, report.mismatches);
    const ownersOk = sameNames(item.owners, found.owners);
    tally(report.itemOwners, ownersOk, () => `${where} item owners: "${item.text}" expected [${item.owners.join(', ')}], got [${found.owners.join(', ')}]`, report.mismatches);
  });

  const okrs = flattenOkrs(parsed.okrs);
  const okrPairs = pairSnippets(
    label.okrs.map((okr) => okr.text),
    okrs.map((okr) => okr.title),
  );
  label.okrs.forEach((okr, index) => {
    report.okrRecall.total++;
    const found = okrs[okrPairs[index]!];
    if (!found) {
      report.mismatches.push(`${where} OKR missing: [${okr.status}] ${okr.text}`);
      return;
    }
    report.okrRecall.hits++;
    tally(report.okrStatus, found.status === okr.status, () => `${where} OKR status: "${okr.text}" expected ${okr.status}, got ${found.status}`, report.mismatches);
  });
}

function compareNames(where: string, what: string, expected: readonly string[], got: readonly string[], counts: NameCounts, mismatches: string[]): void {
  const want = new Set(expected.map(normalizeName));
  const have = new Set(got.map(normalizeName));
  for (const name of have) if (want.has(name)) counts.tp++;
  else {
    counts.fp++;
    mismatches.push(`${where} ${what}: unexpected "${name}"`);
  }
  for (const name of want)
    if (!have.has(name)) {
      counts.fn++;
      mismatches.push(`${where} ${what}: missed "${name}"`);
    }
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a.map(normalizeName))].sort();
  const right = [...new Set(b.map(normalizeName))].sort();
  return left.length === right.length && left.every((name, index) => name === right[index]);
}

function flattenOkrs(okrs: readonly ParsedOkr[]): ParsedOkr[] {
  return okrs.flatMap((okr) => [okr, ...flattenOkrs(okr.children)]);
}

function tally(counter: Ratio, ok: boolean, message: () => string, mismatches: string[]): void {
  counter.total++;
  if (ok) counter.hits++;
  else mismatches.push(message());
}

function ratio(): Ratio {
  return { hits: 0, total: 0 };
}

function safe<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

function fmtDates(dates: { start: string | null; end: string | null } | null | undefined): string {
  return dates ? `${dates.start ?? '?'}..${dates.end ?? '?'}` : 'null';
}
