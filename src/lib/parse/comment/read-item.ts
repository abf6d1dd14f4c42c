import type { Status } from '../types.ts';
import { readLeadingEmoji, findStatusEmoji, statusFromWords } from '../status.ts';
import { readHandles } from './read-people.ts';
import { readOwnerNames, splitHandleNote, splitNames, stripTrailingHandles, stripTrailingNames, takeParenthesisedHandles } from './read-owners.ts';
import { takeStatedStatus } from './read-stated-status.ts';
import { trimSeparators } from './trim-separators.ts';

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

/** An arrow introduces a result ("-> shipped", "-> 🟢") only when a status or an owner sits around it. */
function isResultNote(before: string, after: string): boolean {
  return findStatusEmoji(after) !== null || statusFromWords(after) !== null || /@[\w-]+\s*$/.test(before);
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

/** Absolute URLs in a line, in order, deduplicated. */
export function readLinks(text: string): string[] {
  if (!text.includes('http')) return [];
  return unique([...text.matchAll(URL)].map((match) => match[0].replace(/[.,;:!?]+$/, '')));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
