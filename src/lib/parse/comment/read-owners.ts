/** Owners of a list line: handles and plain names at its start, end, or in an owner label. */
import { statusFromWords } from '../status.ts';
import { readHandles } from './read-people.ts';
import { trimSeparators } from './trim-separators.ts';

const NAME_LIST = String.raw`\p{Lu}\p{Ll}[\p{L}'-]*(?:\s*(?:,|&|\band\b|\/|->|→)\s*\p{Lu}\p{Ll}[\p{L}'-]*)*`;
const TRAILING_DASH_NAMES = new RegExp(String.raw`^\s[-–—]\s+(${NAME_LIST})$`, 'u');
const TRAILING_PAREN_NAMES = new RegExp(String.raw`^\(\s*(${NAME_LIST})\s*\)$`, 'u');
const TRAILING_BRACKET_NAMES = new RegExp(String.raw`^\[(${NAME_LIST})\]$`, 'u');

/** "item @owner - result" and "item @owner (result)": the handles end the item, the rest is its note. Linear scans only. */
export function splitHandleNote(input: string): { rest: string; owners: string[]; note: string } | null {
  let handleEnd = -1;
  let noteStart = -1;
  let noteEnd = input.length;
  const dash = /(?:^|\s)@[A-Za-z0-9][\w-]*?(\s*[-–—]\s+)/.exec(input);
  if (dash) {
    handleEnd = dash.index + dash[0].length - dash[1]!.length;
    noteStart = dash.index + dash[0].length;
  } else {
    const trimmed = input.trimEnd();
    const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(') : -1;
    if (open > 0 && /(?:^|\s)@[A-Za-z0-9][\w-]*\s*$/.test(input.slice(Math.max(0, open - 60), open))) {
      handleEnd = open;
      noteStart = open + 1;
      noteEnd = trimmed.length - 1;
    }
  }
  if (handleEnd < 0) return null;
  let groupStart = handleEnd;
  for (let guard = 0; guard < 20; guard++) {
    const before = input.slice(Math.max(0, groupStart - 60), groupStart);
    const match = /(?:^|[\s,/&])@[A-Za-z0-9][\w-]*[\s,/&]*$/.exec(before);
    if (!match) break;
    groupStart = groupStart - before.length + match.index + (match[0].startsWith('@') ? 0 : 1);
  }
  if (groupStart === 0 || groupStart === handleEnd) return null;
  return { rest: input.slice(0, groupStart), owners: readHandles(input.slice(groupStart, handleEnd)), note: input.slice(noteStart, noteEnd).trim() };
}

/** Owners written as "(@a and @b)" anywhere in the line; the group is removed from the text. */
export function takeParenthesisedHandles(input: string): { rest: string; owners: string[] } {
  const owners: string[] = [];
  const rest = input.replace(/\(\s*(@[A-Za-z0-9][\w-]*(?:\s*(?:,|&|\band\b|\/)?\s*@[A-Za-z0-9][\w-]*){0,9})\s*\)/g, (_whole, group: string) => {
    owners.push(...readHandles(group));
    return ' ';
  });
  return { rest: owners.length > 0 ? rest.replace(/\s+/g, ' ').trim() : input, owners };
}

/** Strip @handles at the end of the line ("… @a / @b"), pushing them to `owners`. */
export function stripTrailingHandles(input: string, owners: string[]): string {
  let rest = trimSeparators(input);
  const found: string[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const match = /(?:^|[\s(,/&])@([A-Za-z0-9][\w-]*)\s*\)?$/.exec(rest.slice(-60));
    if (!match) break;
    found.unshift(match[1]!);
    const cut = rest.length - match[0].length + (match[0].startsWith('@') ? 0 : 1);
    rest = trimSeparators(trimSeparators(rest.slice(0, cut)).replace(/(?:\(|\/|&|\band)$/, ''));
  }
  owners.push(...found);
  return rest;
}

/** Strip plain-name owners at the end: " - Ted", "(Julian, Marius)", "[Thomas]". */
export function stripTrailingNames(input: string, owners: string[]): string {
  // Anchor each pattern at its opening mark so the scan is linear: " - Ted", "(Julian, Marius)", "[Thomas]".
  const candidates: [number, RegExp][] = [
    [input.lastIndexOf('('), TRAILING_PAREN_NAMES],
    [input.lastIndexOf('['), TRAILING_BRACKET_NAMES],
    [Math.max(input.lastIndexOf(' - '), input.lastIndexOf(' – '), input.lastIndexOf(' — ')), TRAILING_DASH_NAMES],
  ];
  for (const [start, pattern] of candidates) {
    if (start < 0 || input.length - start > 100) continue;
    const match = pattern.exec(input.slice(start));
    if (!match || match.index !== 0) continue;
    const names = splitNames(match[1]!);
    if (names.length === 0 || names.some((name) => statusFromWords(name) !== null || /^(?:TBD|Done|Todo|Later|Next|Maybe|WIP)$/i.test(name))) continue;
    owners.push(...names);
    return input.slice(0, start);
  }
  return input;
}

/** Names in an "(owner: …)" label: handles when there are any, else plain names. */
export function readOwnerNames(text: string): string[] {
  const handles = readHandles(text);
  return handles.length > 0 ? handles : splitNames(text);
}

/** Split "Julian, Marius & Ted" into names. */
export function splitNames(text: string): string[] {
  return text
    .split(/,|&|\band\b|\/|->|→/)
    .map((name) => name.trim())
    .filter((name) => /^\p{L}[\p{L}'. -]{0,40}$/u.test(name));
}
