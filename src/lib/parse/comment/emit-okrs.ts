import type { Status } from '../types.ts';
import { statusFromWords, statusOfEmoji, type Legend } from '../status.ts';
import { readItemLine } from './read-item.ts';
import type { ParsedOkr } from './types.ts';
import type { ListNode } from './walk-sections.ts';

const PASS_THROUGH = /^(?:key results?|krs?|objectives?|goals?|sub[- ]?goals?)\s*:?$/i;

/** Turn nested list entries of an OKR section into objectives with their key results. */
export function emitOkrs(roots: readonly ListNode[], legend: Legend, isPlaceholder: (text: string) => boolean, parentMarked = false): ParsedOkr[] {
  const okrs: ParsedOkr[] = [];
  for (const node of roots) {
    const line = readItemLine(node.content, true);
    const title = line.text
      // A set-apart status word ("**ongoing**") is the status, not part of the title.
      .replace(/\*\*([^*]{1,30})\*\*/g, (whole, word: string) => (statusFromWords(word) ? '' : whole))
      .replace(/\*\*|__/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      // "KR:" only says what nesting already shows.
      .replace(/^(?:krs?|key results?)\s*:\s*(?=\S)/i, '');
    if (line.ownerOnly || PASS_THROUGH.test(title)) {
      okrs.push(...emitOkrs(node.children, legend, isPlaceholder, parentMarked));
      continue;
    }
    if (isPlaceholder(title)) continue;
    const marked = line.emoji !== null || line.checkbox !== null || line.stated !== null;
    // Under a judged objective, an unmarked leaf that talks about progress ("started with X", "lots of progress, but…") comments on it.
    if (parentMarked && !marked && node.children.length === 0 && isProgressComment(title)) continue;
    okrs.push({ title, status: readOkrStatus(line, legend), children: emitOkrs(node.children, legend, isPlaceholder, marked) });
  }
  return okrs;
}

function readOkrStatus(line: ReturnType<typeof readItemLine>, legend: Legend): Status {
  if (line.emoji) return statusOfEmoji(line.emoji, legend);
  if (line.checkbox === 'checked') return 'done';
  if (line.stated) return line.stated;
  // Only words set apart as a status count: "**ongoing**", "Status: done", "-> at risk"; titles are full of verbs.
  const emphasised = [...line.text.matchAll(/\*\*([^*]{1,30})\*\*|_([^_]{1,30})_|status\s*:\s*([\w' -]{1,30})/gi)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
  return statusFromWords([line.note, ...emphasised].join(' \n ')) ?? 'unknown';
}

function isProgressComment(text: string): boolean {
  return statusFromWords(text) !== null || text.split(/\s+/).length >= 8 || /[,;]\s|\.$/.test(text);
}
