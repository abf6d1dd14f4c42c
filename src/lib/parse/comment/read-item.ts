import type { Status } from '../types.ts';
import { readLeadingEmoji, findStatusEmoji, statusFromPhrase, statusFromWords } from '../status.ts';
import { readHandles } from './read-people.ts';

/** One list line taken apart: marker, owners, links and the remaining text. */
export interface ItemLine {
  /** Text without status marker and owners, Markdown kept. */
  text: string;
  /** Status emoji on the line (start, end or after an arrow), or null. */
  emoji: string | null;
  checkbox: 'checked' | 'unchecked' | null;
  /** A status stated in words at the end: "(green)", "- at risk", "Status: done". */
  stated: Status | null;
  /** What follows the marker or an arrow ("-> shipped"), where results are written. */
  note: string;
  owners: string[];
  links: string[];
  /** The line only names people (`- @alice`): a group of that person's items follows. */
  ownerOnly: boolean;
  /** The whole item is struck through. */
  struck: boolean;
}

const CHECKBOX = /^\[([ xX])\]\s*/;
const PICTOGRAPH = /^[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\u20e3]/u;
const URL = /https?:\/\/[^\s)\]>"'`<]+/g;
const ARROW = /\s(?:-{1,2}>|→|=>|⇒)\s*/;
const NAME_LIST = String.raw`\p{Lu}\p{Ll}[\p{L}'-]*(?:\s*(?:,|&|\band\b|\/|->|→)\s*\p{Lu}\p{Ll}[\p{L}'-]*)*`;
const TRAILING_DASH_NAMES = new RegExp(String.raw`^\s[-–—]\s+(${NAME_LIST})$`, 'u');
const TRAILING_PAREN_NAMES = new RegExp(String.raw`^\(\s*(${NAME_LIST})\s*\)$`, 'u');
const TRAILING_BRACKET_NAMES = new RegExp(String.raw`^\[(${NAME_LIST})\]$`, 'u');
const LEADING_BRACKET_NAMES = new RegExp(String.raw`^\[(${NAME_LIST})\](?!\()\s*[-–—:]?\s*`, 'u');
const OWNER_LABEL = /\(\s*owners?\s*:?\s*([^)]{0,200})\)/i;
const OWNER_TAIL = /\s[-–—]?\s*owners?\s*:?\s*((?:@[\w-]+[\s,/&]*)+)$/i;

/** Take one list line apart; `keepPlainNames` leaves `(Julian, Marius)` in the text (OKR titles). */
export function readItemLine(content: string, keepPlainNames = false): ItemLine {
  let rest = content.trim();
  let checkbox: ItemLine['checkbox'] = null;
  let emoji: string | null = null;
  const owners: string[] = [];
  const links = readLinks(content);

  const box = CHECKBOX.exec(rest);
  if (box) {
    checkbox = box[1] === ' ' ? 'unchecked' : 'checked';
    rest = rest.slice(box[0].length);
  }
  ({ rest, emoji } = stripLeadingPictographs(rest));
  const bracket = keepPlainNames ? null : LEADING_BRACKET_NAMES.exec(rest);
  if (bracket) {
    owners.push(...splitNames(bracket[1]!));
    rest = rest.slice(bracket[0].length);
  }
  const leadingHandles = /^(?:@[A-Za-z0-9][\w-]*(?:\s*(?:[,/&+]|\band\b)\s*|\s+))*@[A-Za-z0-9][\w-]*/.exec(rest);
  if (leadingHandles) {
    owners.push(...readHandles(leadingHandles[0]));
    rest = rest.slice(leadingHandles[0].length).replace(/^\s*[-–—:]?\s*/, '');
  }
  if (!emoji) ({ rest, emoji } = stripLeadingPictographs(rest));
  const colon = rest.indexOf(':');
  if (!emoji && colon > 0 && colon < 40) {
    // "Objective 1: 🔴 Title", "KR: 🟢 Title": the status follows a short label.
    const labelled = /^((?:[\p{L}]+\s+){0,2}[\p{L}]*\s*\d*\s*:)\s*/u.exec(rest);
    const after = labelled ? readLeadingEmoji(rest.slice(labelled[0].length)) : null;
    if (labelled && after) {
      emoji = after;
      rest = `${labelled[1]} ${rest.slice(labelled[0].length).trimStart().slice(after.length).trimStart()}`;
    }
  }

  const grouped = takeParenthesisedHandles(rest);
  owners.push(...grouped.owners);
  rest = grouped.rest;

  let note = '';
  const split = splitHandleNote(rest);
  if (split) {
    owners.push(...split.owners);
    note = split.note;
    rest = split.rest;
  }
  const arrow = ARROW.exec(rest);
  if (arrow && isResultNote(rest.slice(0, arrow.index), rest.slice(arrow.index + arrow[0].length))) {
    note = `${rest.slice(arrow.index + arrow[0].length)} ${note}`.trim();
    rest = rest.slice(0, arrow.index);
  }
  if (!emoji) {
    const found = findStatusEmoji(rest);
    if (found) {
      emoji = found.emoji;
      note = `${rest.slice(found.index + found.emoji.length)} ${note}`.trim();
      rest = rest.slice(0, found.index);
    } else {
      const inNote = readLeadingEmoji(note);
      if (inNote) {
        emoji = inNote;
        note = note.trimStart().slice(inNote.length).trim();
      }
    }
  }

  const ownerLabel = OWNER_LABEL.exec(rest);
  if (ownerLabel) {
    owners.push(...readOwnerNames(ownerLabel[1]!));
    rest = rest.slice(0, ownerLabel.index) + rest.slice(ownerLabel.index + ownerLabel[0].length);
  }
  rest = trimSeparators(rest);
  const ownerTail = OWNER_TAIL.exec(rest);
  if (ownerTail) {
    owners.push(...readHandles(ownerTail[1]!));
    rest = rest.slice(0, ownerTail.index);
  }
  let stated = takeStatedStatus(rest);
  rest = stated.rest;
  const { body, urls } = splitTrailingUrls(rest);
  rest = stripTrailingHandles(body, owners);
  if (!stated.status) {
    stated = takeStatedStatus(rest);
    rest = stated.rest;
  }
  if (!keepPlainNames && owners.length === 0) rest = stripTrailingNames(rest, owners);
  if (urls) rest = `${trimSeparators(rest)} ${urls}`;

  const text = trimSeparators(rest).replace(/\s+/g, ' ');
  const struck = /^~~[^~].*~~$/.test(text) || /^~~[^~]+~~\s/.test(text);
  return { text, emoji, checkbox, stated: stated.status, note: note.trim(), owners: unique(owners), links, ownerOnly: text.length === 0 && owners.length > 0, struck };
}

/** "item @owner - result" and "item @owner (result)": the handles end the item, the rest is its note. Linear scans only. */
function splitHandleNote(input: string): { rest: string; owners: string[]; note: string } | null {
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

/** Take a status stated at the end of the line: "(green)", " - at risk", "Status: done". */
function takeStatedStatus(input: string): { rest: string; status: Status | null } {
  const text = trimSeparators(input);
  const candidates: [number, string][] = [];
  if (text.endsWith(')')) {
    const open = text.lastIndexOf('(');
    if (open >= 0) candidates.push([open, text.slice(open + 1, -1)]);
  }
  const offset = Math.max(0, text.length - 50);
  const label = /\bstatus\s*:\s*/i.exec(text.slice(offset));
  if (label) candidates.push([offset + label.index, text.slice(offset + label.index + label[0].length)]);
  const dash = Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf(' — '));
  if (dash >= 0) candidates.push([dash, text.slice(dash + 3)]);
  for (const [start, phrase] of candidates) {
    const status = statusFromPhrase(phrase);
    if (status) return { rest: text.slice(0, start), status };
  }
  return { rest: input, status: null };
}

/** An arrow introduces a result ("-> shipped", "-> 🟢") only when a status or an owner sits around it. */
function isResultNote(before: string, after: string): boolean {
  return findStatusEmoji(after) !== null || statusFromWords(after) !== null || /@[\w-]+\s*$/.test(before);
}

function takeParenthesisedHandles(input: string): { rest: string; owners: string[] } {
  const owners: string[] = [];
  const rest = input.replace(/\(\s*(@[A-Za-z0-9][\w-]*(?:\s*(?:,|&|\band\b|\/)?\s*@[A-Za-z0-9][\w-]*){0,9})\s*\)/g, (_whole, group: string) => {
    owners.push(...readHandles(group));
    return ' ';
  });
  return { rest: owners.length > 0 ? rest.replace(/\s+/g, ' ').trim() : input, owners };
}

function splitTrailingUrls(input: string): { body: string; urls: string } {
  if (!input.includes('http')) return { body: input, urls: '' };
  const words = input.split(' ');
  let cut = words.length;
  while (cut > 0 && /^https?:\/\/\S+$/.test(words[cut - 1]!)) cut--;
  if (cut === words.length || cut === 0) return { body: input, urls: '' };
  return { body: words.slice(0, cut).join(' '), urls: words.slice(cut).join(' ') };
}

function stripLeadingPictographs(input: string): { rest: string; emoji: string | null } {
  let rest = input.trimStart();
  let emoji: string | null = null;
  for (let guard = 0; guard < 8; guard++) {
    const status = readLeadingEmoji(rest);
    if (status) {
      emoji ??= status;
      rest = rest.slice(status.length);
    } else if (PICTOGRAPH.test(rest)) {
      rest = rest.slice(String.fromCodePoint(rest.codePointAt(0)!).length);
    } else break;
    rest = rest.replace(/^[\s\u200d\u20e3]*(?:[-–—:]\s+)?/, '');
  }
  return { rest, emoji };
}

function stripTrailingHandles(input: string, owners: string[]): string {
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

function stripTrailingNames(input: string, owners: string[]): string {
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

function readOwnerNames(text: string): string[] {
  const handles = readHandles(text);
  return handles.length > 0 ? handles : splitNames(text);
}

function splitNames(text: string): string[] {
  return text
    .split(/,|&|\band\b|\/|->|→/)
    .map((name) => name.trim())
    .filter((name) => /^\p{L}[\p{L}'. -]{0,40}$/u.test(name));
}

/** Absolute URLs in a line, in order, deduplicated. */
export function readLinks(text: string): string[] {
  if (!text.includes('http')) return [];
  return unique([...text.matchAll(URL)].map((match) => match[0].replace(/[.,;:!?]+$/, '')));
}

/** Trim spaces and dangling separators (` - `, `:`, `|`) at both ends without regex backtracking. */
function trimSeparators(text: string): string {
  const separators = ' \t-–—:|,;';
  let start = 0;
  let end = text.length;
  while (start < end && separators.includes(text[start]!) && !(text[start] === '-' && text[start + 1] === '>')) start++;
  while (end > start && separators.includes(text[end - 1]!)) {
    // Keep the closing colon of an emoji shortcode (":rocket:").
    if (text[end - 1] === ':' && /:[a-z0-9_+-]{1,30}$/.test(text.slice(Math.max(start, end - 33), end - 1))) break;
    end--;
  }
  return text.slice(start, end);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
