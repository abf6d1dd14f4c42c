import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusIssueSchema, IssueLabelSchema } from '../../src/lib/parse/eval/corpus-schema.ts';
import { f1, formatReport, rate } from '../../src/lib/parse/eval/format-report.ts';
import { snippetsMatch } from '../../src/lib/parse/eval/match-text.ts';
import { scoreCorpus, type LabelledIssue } from '../../src/lib/parse/eval/score-corpus.ts';

const dir = new URL('../fixtures/eval/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, dir), 'utf8'));
const corpus: LabelledIssue[] = readdirSync(new URL('labels/', dir)).map((file) => ({
  name: file.replace(/\.json$/, ''),
  issue: CorpusIssueSchema.parse(readJson(`issues/${file}`)),
  label: IssueLabelSchema.parse(readJson(`labels/${file}`)),
}));
const fencedBlocks = (description: string): string[] => [...description.matchAll(/```\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('eval scoring on a hand-made corpus', () => {
  const report = scoreCorpus(corpus, {
    parseSprintTitle: () => ({ start: '2031-03-02', end: '2031-03-13' }),
    extractTemplates: fencedBlocks,
    now: () => 0,
  });

  it('counts every figure as defined', () => {
    expect({ ...report, mismatches: undefined }).toEqual({
      issues: 1,
      comments: 3,
      team: { hits: 2, total: 3 },
      heroes: { tp: 2, fp: 0, fn: 1 },
      away: { tp: 0, fp: 0, fn: 0 },
      itemRecall: { hits: 3, total: 4 },
      itemStatus: { hits: 2, total: 3 },
      itemSection: { hits: 3, total: 3 },
      itemOwners: { hits: 3, total: 3 },
      okrRecall: { hits: 1, total: 2 },
      okrStatus: { hits: 1, total: 1 },
      dates: { hits: 1, total: 1 },
      parseMs: 0,
      mismatches: undefined,
    });
  });

  it('lists the mismatches behind the figures', () => {
    expect(report.mismatches).toEqual([
      'acme__plans__1#0 support hero: missed "zed"',
      'acme__plans__1#0 item status: "Paint the lodge" expected in-progress, got at-risk',
      'acme__plans__1#0 item missing: [high/unknown] Missing item',
      'acme__plans__1#0 OKR missing: [unknown] Grow the pond',
      'acme__plans__1#2 team: expected update "Egret", got update "Heron"',
    ]);
  });

  it('says dates are not available without a title parser', () => {
    const withoutDates = scoreCorpus(corpus);
    expect(withoutDates.dates).toBeNull();
    expect(formatReport(withoutDates)).toContain('sprint dates           n/a (parser not available)');
  });

  it('prints each figure with its definition, and mismatches only when verbose', () => {
    const text = formatReport(report);
    expect(text).toContain('team detection          66.7%  (2/3)');
    expect(text).toContain('support heroes F1       80.0%  precision 100.0% recall  66.7% (tp 2, fp 0, fn 1)');
    expect(text).toContain('item status accuracy    66.7%  (2/3)');
    expect(text).toContain('item status, all        50.0%  (2/4)');
    expect(text).toContain('OKR recall              50.0%  (1/2)');
    expect(text).not.toContain('Mismatches');
    expect(formatReport(report, true)).toContain('Mismatches (5):');
  });

  it('computes F1 and rates, with empty sets scoring 1', () => {
    expect(f1({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(f1({ tp: 1, fp: 1, fn: 0 }).f1).toBeCloseTo(2 / 3);
    expect(rate({ hits: 0, total: 0 })).toBe(1);
  });

  it('matches snippets by their first letters and digits, ignoring markup and cut-off', () => {
    expect(snippetsMatch('Continued work on the lodge roof and the north entrance of the d', 'Continued work on the [lodge roof](https://x.y/1) and the north entrance of the dam.')).toBe(true);
    expect(snippetsMatch('Polish the dam', 'Paint the lodge')).toBe(false);
  });
});

describe('npm run eval', () => {
  it('prints the figures for a folder and fails with one clear line without one', () => {
    const script = fileURLToPath(new URL('../../scripts/eval.ts', import.meta.url));
    const output = execFileSync(process.execPath, [script, fileURLToPath(dir)], { encoding: 'utf8' });
    expect(output).toContain('Loaded 1 labelled issues');
    expect(output).toContain('team detection          66.7%  (2/3)');
    expect(() => execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/Usage: npm run eval -- DIR/);
  });
});
