import type { EvalReport, NameCounts, Ratio } from './score-corpus.ts';

/** Render the eval's figures with their definitions; `verbose` appends every mismatch. */
export function formatReport(report: EvalReport, verbose = false): string {
  const heroes = f1(report.heroes);
  const away = f1(report.away);
  const lines = [
    `Parsed ${report.comments} labelled comments from ${report.issues} issues in ${report.parseMs.toFixed(1)} ms (cold start, wall clock).`,
    '',
    row('team detection', report.team, 'comments where isUpdate agrees with the label and, for updates, teamName equals the label team or one of its aliases (case, spaces, punctuation ignored)'),
    `${'support heroes F1'.padEnd(22)} ${pct(heroes.f1)}  precision ${pct(heroes.precision)} recall ${pct(heroes.recall)} (tp ${report.heroes.tp}, fp ${report.heroes.fp}, fn ${report.heroes.fn})`,
    `${''.padEnd(22)} names per update comment compared as sets (case and "@" ignored)`,
    `${'away F1'.padEnd(22)} ${pct(away.f1)}  precision ${pct(away.precision)} recall ${pct(away.recall)} (tp ${report.away.tp}, fp ${report.away.fp}, fn ${report.away.fn})`,
    row('item status accuracy', report.itemStatus, 'labelled items found by the parser whose status equals the label'),
    row('item status, all', { hits: report.itemStatus.hits, total: report.itemRecall.total }, 'labelled items found with the labelled status, out of all labelled items (a missed item counts as wrong)'),
    row('item recall', report.itemRecall, 'labelled items matched (in order, by the first 40 letters/digits of their text) to a parsed item of the same comment'),
    row('item section accuracy', report.itemSection, 'found items whose section equals the label'),
    row('item owner accuracy', report.itemOwners, 'found items whose owners equal the label (as sets)'),
    row('OKR recall', report.okrRecall, 'labelled objectives/key results matched by text to a parsed OKR at any depth'),
    row('OKR status accuracy', report.okrStatus, 'found OKRs whose status equals the label'),
    report.dates
      ? row('sprint dates', report.dates, 'issues whose parsed {start, end} from the title equal the label (both null counts)')
      : `${'sprint dates'.padEnd(22)} n/a (parser not available)`,
  ];
  if (verbose && report.mismatches.length > 0) lines.push('', `Mismatches (${report.mismatches.length}):`, ...report.mismatches.map((line) => `  ${line}`));
  return lines.join('\n');
}

/** Precision, recall and F1 of name counts; 1 when there was nothing to find and nothing found. */
export function f1(counts: NameCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: score };
}

/** hits/total as a fraction; 1 for an empty ratio. */
export function rate(value: Ratio): number {
  return value.total === 0 ? 1 : value.hits / value.total;
}

function row(name: string, value: Ratio, definition: string): string {
  return `${name.padEnd(22)} ${pct(rate(value))}  (${value.hits}/${value.total})\n${''.padEnd(22)} ${definition}`;
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`.padStart(6);
}
