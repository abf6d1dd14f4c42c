import type { Status } from './types.ts';

/** Emoji → status, keyed by the emoji without variation selectors. */
export type Legend = Partial<Record<string, Status>>;

/** Default meanings, as the labelling guide defines them. */
export const DEFAULT_EMOJI_STATUS: Readonly<Record<string, Status>> = {
  '✅': 'done',
  '✔': 'done',
  '☑': 'done',
  '🟢': 'on-track',
  '🟡': 'at-risk',
  '🟠': 'at-risk',
  '🔴': 'off-track',
  '❌': 'not-done',
  '✖': 'not-done',
  '🌀': 'in-progress',
  '🏗': 'in-progress',
  '🚧': 'in-progress',
  '⌛': 'in-progress',
  '⏳': 'in-progress',
  '🟣': 'in-progress',
  '🔄': 'in-progress',
  '♻': 'in-progress',
  '➡': 'in-progress',
  '🔵': 'in-progress',
  '🟦': 'in-progress',
  '⚪': 'not-started',
  '⬜': 'not-started',
  '🔲': 'not-started',
  '⛔': 'blocked',
  '🛑': 'blocked',
  '🚫': 'abandoned',
};

/** Every emoji that can carry a status, longest first so prefixes never shadow. */
export const STATUS_EMOJI: readonly string[] = Object.keys(DEFAULT_EMOJI_STATUS);

const SHORTCODES: Readonly<Record<string, string>> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔',
  ballot_box_with_check: '☑',
  green_circle: '🟢',
  yellow_circle: '🟡',
  orange_circle: '🟠',
  red_circle: '🔴',
  x: '❌',
  cyclone: '🌀',
  building_construction: '🏗',
  construction: '🚧',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  purple_circle: '🟣',
  arrows_counterclockwise: '🔄',
  recycle: '♻',
  arrow_right: '➡',
  large_blue_circle: '🔵',
  blue_circle: '🔵',
  blue_square: '🟦',
  white_circle: '⚪',
  white_large_square: '⬜',
  black_square_button: '🔲',
  no_entry: '⛔',
  stop_sign: '🛑',
  octagonal_sign: '🛑',
  no_entry_sign: '🚫',
};

/** Replace status shortcodes (`:green_circle:`) by their emoji and drop variation selectors. */
export function normalizeEmoji(text: string): string {
  return text
    .replace(/:([a-z_]{1,30}):/g, (whole, name: string) => SHORTCODES[name] ?? whole)
    .replace(/[\uFE0E\uFE0F]/g, '');
}

/** The status emoji `text` starts with (after spaces), or null. */
export function readLeadingEmoji(text: string): string | null {
  const trimmed = text.trimStart();
  for (const emoji of STATUS_EMOJI) if (trimmed.startsWith(emoji)) return emoji;
  return null;
}

const ANY_STATUS_EMOJI = new RegExp(STATUS_EMOJI.join('|'), 'u');

/** The first status emoji anywhere in `text` and its position, or null. */
export function findStatusEmoji(text: string): { emoji: string; index: number } | null {
  const match = ANY_STATUS_EMOJI.exec(text);
  return match ? { emoji: match[0], index: match.index } : null;
}

/** The status an emoji means in a comment, its legend first. */
export function statusOfEmoji(emoji: string, legend: Legend): Status {
  return legend[emoji] ?? DEFAULT_EMOJI_STATUS[emoji] ?? 'unknown';
}

// Checked in order: negations before the words they contain, hedges before "done".
const WORD_RULES: readonly [Status, RegExp][] = [
  ['not-started', /\b(?:not[- ]started|no movement|haven'?t started|did(?:n'?t| not) get to|not yet started)\b/],
  ['not-done', /\b(?:not done|didn'?t happen|did not happen|no time spent|not (?:yet )?(?:finished|completed|shipped)|didn'?t finish|did not finish)\b/],
  ['abandoned', /\b(?:abandon(?:ed)?|de-?prioriti[sz]ed|dropped|killed|decided against|cancell?ed|scrapped|won'?t do)\b/],
  ['blocked', /\bblocked\b/],
  ['off-track', /\b(?:off[- ]track|won'?t (?:finish|complete|make it)|will not (?:finish|complete)|missed)\b/],
  ['at-risk', /\b(?:at[- ]risk|may slip|might slip|might not (?:finish|complete|make it))\b/],
  [
    'in-progress',
    /\b(?:in[- ]progress|wip|on-?going|carry[- ]?overs?|carr(?:y|ies|ied) over|roll(?:ed|s|ing)?[- ]?over|continu(?:ed|ing)|started|progress(?:ing)?|almost|nearly|partially|rolling out|halfway|done but|loose ends|(?:some|a bit|a few|bits?|things?|quirks|work) left|still (?:many|some|a few|working|\w+ing))\b/,
  ],
  ['on-track', /\b(?:on[- ]track|good state)\b/],
  ['done', /\b(?:done|shipped|released|launched|finished|completed|merged|landed|rolled out|pushed out|is out|are out|delivered|fixed)\b/],
];

/** The status a phrase states in words ("done", "in progress", "won't finish"), or null. */
export function statusFromWords(text: string): Status | null {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [status, pattern] of WORD_RULES) if (pattern.test(lower)) return status;
  return null;
}

const EMOJI_ALTERNATION = STATUS_EMOJI.join('|');
const LEGEND_PAIR = new RegExp(
  `(${EMOJI_ALTERNATION})\\s*(=|:|-|–|—|→|->)\\s*([^=:]*?)(?=\\s*(?:[,;|/]\\s*)?(?:${EMOJI_ALTERNATION})|$)`,
  'gu',
);

/** Pairs like `🟢=finished 🔴 = won't finish` found in one line; empty when the line is no legend. */
export function readLegendPairs(line: string): Legend {
  if (line.length > 400 || findStatusEmoji(line) === null) return {};
  const text = normalizeEmoji(line).replace(/[*_`]/g, '').trim();
  const pairs: { emoji: string; strong: boolean; status: Status }[] = [];
  for (const match of text.matchAll(LEGEND_PAIR)) {
    const meaning = (match[3] ?? '').trim();
    if (meaning.length === 0 || meaning.length > 60) continue;
    const status = statusFromWords(meaning) ?? statusFromColourWord(meaning);
    if (status) pairs.push({ emoji: match[1] as string, strong: match[2] === '=' || match[2] === ':', status });
  }
  // A lone "🟢 - done with X" is an item; a lone "🟢 = done" or several pairs is a legend.
  const isLegend = pairs.length >= 2 || (pairs.length === 1 && pairs[0]!.strong && text.startsWith(pairs[0]!.emoji));
  const legend: Legend = {};
  if (isLegend) for (const pair of pairs) legend[pair.emoji] = pair.status;
  return legend;
}

/** The status a short set-apart phrase states: "(green)", "- at risk", "Status: done"; null for anything longer or unknown. */
export function statusFromPhrase(phrase: string): Status | null {
  const trimmed = phrase.replace(/[*_`]/g, '').trim();
  if (trimmed.length === 0 || trimmed.split(/\s+/).length > 5) return null;
  const colour = /^(green|yellow|amber|orange|red|grey|gray|white)$/i.exec(trimmed);
  if (colour) return COLOURS[colour[1]!.toLowerCase()] ?? null;
  return statusFromWords(trimmed);
}

const COLOURS: Readonly<Record<string, Status>> = {
  green: 'on-track',
  yellow: 'at-risk',
  amber: 'at-risk',
  orange: 'at-risk',
  red: 'off-track',
  grey: 'not-started',
  gray: 'not-started',
  white: 'not-started',
};

function statusFromColourWord(meaning: string): Status | null {
  const lower = meaning.toLowerCase();
  if (/\bgood\b|\bgreen\b/.test(lower)) return 'on-track';
  if (/\bdelayed\b|\bslipping\b|\byellow\b/.test(lower)) return 'at-risk';
  if (/\bnot happening\b|\bred\b|\bfailed\b/.test(lower)) return 'off-track';
  return null;
}
