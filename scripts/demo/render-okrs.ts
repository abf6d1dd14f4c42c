/** The OKR section: objectives with key results, numbered, labelled, as goals or as headings. */
import type { Status } from '../../src/lib/parse/types.ts';
import type { UpdateInput } from './render-update.ts';
import { markersFor, OKR_WORDS } from './statuses.ts';
import type { OkrState } from './team-sprint.ts';
import type { TruthOkr } from './truth.ts';

function formatQuarterLabel(day: string): { q: string; year: string } {
  return { q: `Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`, year: day.slice(0, 4) };
}

/** Writes the team's OKRs into `lines` and returns them as the truth. */
export function renderOkrs(
  input: UpdateInput,
  lines: string[],
  okrs: OkrState[],
  openSection: (title: string, sub?: boolean) => void,
  closeSection: () => void,
): TruthOkr[] {
  const { voice, random, legend } = input;
  const markers = markersFor(legend);
  const { q, year } = formatQuarterLabel(input.start);
  const useWords = voice.okr === 'goals' || voice.status === 'words';
  const atEnd = voice.status === 'emoji-end';
  const mark = (title: string, status: Status, labelPrefix = ''): string => {
    if (status === 'unknown') return `${labelPrefix}${title}`;
    if (useWords) return `${labelPrefix}${title} (${OKR_WORDS[status] ?? status})`;
    const emoji = random.pick(markers[status] ?? ['']);
    return atEnd ? `${labelPrefix}${title} ${emoji}` : `${labelPrefix}${emoji} ${title}`;
  };
  const titles = {
    numbered: ['OKR', 'OKRs', `OKR ${q} ${year}`],
    labels: ['OKRs', `OKR ${q} ${year}`],
    goals: ['Quarter goals', `${q} ${year} objectives`],
    headings: [`${q} ${year} objectives`, 'OKR'],
  }[voice.okr];
  const truth: TruthOkr[] = okrs.map((okr) => ({
    title: okr.title,
    status: okr.status,
    children: okr.results.map((r) => ({ title: r.title, status: r.status, children: [] })),
  }));
  const indent = voice.indent;
  if (voice.okr === 'headings') {
    const level = voice.sections === 'h3' ? '###' : '##';
    lines.push(`${level} ${random.pick(titles)}`, '');
    for (const okr of okrs) {
      lines.push(`${level}# ${mark(okr.title, okr.status)}`, '');
      for (const r of okr.results) lines.push(`- ${mark(r.title, r.status)}`);
      lines.push('');
    }
    return truth;
  }
  openSection(random.pick(titles));
  okrs.forEach((okr, i) => {
    switch (voice.okr) {
      case 'numbered':
        lines.push(`${i + 1}. ${mark(okr.title, okr.status)}`);
        for (const r of okr.results) lines.push(`${indent === '\t' ? '\t' : '   '}- ${mark(r.title, r.status)}`);
        break;
      case 'labels':
        lines.push((useWords || atEnd ? `**Objective ${i + 1}: ${okr.title}** ${formatObjectiveMarker(mark, okr)}` : `**Objective ${i + 1}: ${mark(okr.title, okr.status)}**`).trimEnd());
        for (const r of okr.results) lines.push(`- ${mark(r.title, r.status, 'KR: ')}`);
        lines.push('');
        break;
      case 'goals':
        lines.push(`- ${mark(okr.title, okr.status, `Goal ${i + 1}: `)}`);
        for (const r of okr.results) lines.push(`${indent}- ${mark(r.title, r.status, 'KR: ')}`);
        break;
    }
  });
  closeSection();
  return truth;
}

/** The status part of an objective line written after the bold title. */
function formatObjectiveMarker(mark: (title: string, status: Status) => string, okr: OkrState): string {
  return mark('', okr.status).trim();
}
