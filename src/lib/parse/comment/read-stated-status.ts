import type { Status } from '../types.ts';
import { statusFromPhrase } from '../status.ts';
import { trimSeparators } from './trim-separators.ts';

/** Take a status stated at the end of the line: "(green)", " - at risk", "Status: done". */
export function takeStatedStatus(input: string): { rest: string; status: Status | null } {
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
