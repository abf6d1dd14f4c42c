/** Status markers: the default meaning of each emoji, the legends teams write, and status words. */
import type { Status } from '../../src/lib/parse/types.ts';

/** Emoji a comment without a legend uses for each status (the defaults of FORMAT.md). */
export const DEFAULT_MARKERS: Partial<Record<Status, readonly string[]>> = {
  done: ['✅'],
  'on-track': ['🟢'],
  'at-risk': ['🟡', '🟠'],
  'off-track': ['🔴'],
  'not-done': ['❌'],
  'in-progress': ['🔄', '🔄', '🏗️', '⌛'],
  'not-started': ['⚪'],
  blocked: ['⛔', '🛑'],
  abandoned: ['🚫'],
};

export interface Legend {
  name: string;
  /** Emoji, the words the legend gives it, and the status those words mean. */
  entries: { emoji: string; words: string; status: Status }[];
}

/** Legends the demo teams write; each redefines some emoji for its own comment. */
export const LEGENDS = {
  finish: {
    name: 'finish',
    entries: [
      { emoji: '✅', words: 'finished', status: 'done' },
      { emoji: '🟡', words: 'in progress', status: 'in-progress' },
      { emoji: '🔴', words: "won't finish", status: 'off-track' },
      { emoji: '⚪', words: 'not started', status: 'not-started' },
    ],
  },
  green: {
    name: 'green',
    entries: [
      { emoji: '🟢', words: 'finished', status: 'done' },
      { emoji: '🟠', words: 'at risk', status: 'at-risk' },
      { emoji: '🔴', words: 'missed', status: 'off-track' },
      { emoji: '⚪', words: 'not started', status: 'not-started' },
    ],
  },
  rainbow: {
    name: 'rainbow',
    entries: [
      { emoji: '🟢', words: 'on track', status: 'on-track' },
      { emoji: '🟡', words: 'at risk', status: 'at-risk' },
      { emoji: '🔴', words: 'off track', status: 'off-track' },
      { emoji: '✅', words: 'done', status: 'done' },
      { emoji: '🔵', words: 'Abandoned', status: 'abandoned' },
      { emoji: '🟣', words: 'Ongoing', status: 'in-progress' },
    ],
  },
} as const satisfies Record<string, Legend>;

export type LegendName = keyof typeof LEGENDS;

/** Words that state a status in prose; each reads unambiguously as its status. */
export const STATUS_WORDS: Partial<Record<Status, readonly string[]>> = {
  done: ['Status: done', 'done'],
  'on-track': ['on track'],
  'at-risk': ['at risk'],
  'off-track': ["won't finish", 'missed'],
  'not-done': ["didn't happen", 'not done'],
  'in-progress': ['carry over', 'Still in progress', 'Status: in progress'],
  'not-started': ['not started'],
  blocked: ['blocked'],
  abandoned: ['dropped', 'deprioritised'],
};

/** Status words for OKRs written as traffic lights. */
export const OKR_WORDS: Partial<Record<Status, string>> = {
  'on-track': 'green',
  'at-risk': 'yellow',
  'off-track': 'red',
  done: 'done',
  'not-started': 'not started',
};

/** The marker table a comment uses: a legend's emoji where it defines the status, else none. */
export function markersFor(legend: LegendName | null): Partial<Record<Status, readonly string[]>> {
  if (!legend) return DEFAULT_MARKERS;
  const markers: Partial<Record<Status, string[]>> = {};
  for (const entry of LEGENDS[legend].entries) (markers[entry.status] ??= []).push(entry.emoji);
  return markers;
}

/** Writes a legend as a line, e.g. "✅=finished 🟡=in progress". */
export function formatLegend(legend: LegendName, spaced: boolean): string {
  return LEGENDS[legend].entries.map((e) => (spaced ? `${e.emoji} = ${e.words}` : `${e.emoji}=${e.words}`)).join(spaced ? ', ' : ' ');
}
