import { normalizeEmoji } from '../status.ts';

export type LineKind = 'blank' | 'heading' | 'bullet' | 'text' | 'rule' | 'details-open' | 'details-close' | 'code' | 'table';

/** One physical line of a comment, classified by its Markdown/HTML role. */
export interface Line {
  kind: LineKind;
  /** Heading depth 1–6; 7 for bold lines and `<summary>` (weaker than any Markdown heading); 0 otherwise. */
  level: number;
  /** Leading whitespace in columns (tab = 4). */
  indent: number;
  /** Content without the heading/bullet marker, trimmed. */
  text: string;
  /** The line as written (trailing spaces removed), after HTML comments were dropped. */
  raw: string;
  /** How the heading was written. */
  source: 'markdown' | 'bold' | 'summary' | 'html' | null;
  /** Physical line number in the body (several lines can share one: `<details><summary>…`). */
  row: number;
}

const BULLET = /^([-*+•])(?:\s+|$)(.*)$/;
const ORDERED = /^(\d{1,3})[.)](?:\s+|$|(?=[^\s\d.]))(.*)$/;
const HEADING = /^(#{1,6})(?:\s+|$|(?=[^\s\d#]))(.*?)(?:\s+#+)?$/;
const BOLD_LINE = /^(\*\*|__)([^*_].*?)\1\s*:?$/;
const RULE = /^([-*_])(?:\s*\1){2,}$/;
const FENCE = /^(`{3,}|~{3,})/;
const DETAILS_OPEN = /^<details\b[^>]*>/i;
const DETAILS_CLOSE = /^<\/details\s*>/i;
const SUMMARY = /^<summary\b[^>]*>/i;
const SUMMARY_END = /<\/summary\s*>/i;
const HTML_HEADING = /^<h([1-6])\b[^>]*>(.*?)(?:<\/h\1\s*>|$)/i;
const ANY_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/** Split a comment body into classified lines; linear in its length, never throws. */
export function scanLines(body: string): Line[] {
  const lines: Line[] = [];
  let fence: string | null = null;
  const physicalLines = dropHtmlComments(normalizeEmoji(body)).split(/\r\n|\r|\n/);
  for (let row = 0; row < physicalLines.length; row++) {
    const start = lines.length;
    scanRow(physicalLines[row]!, lines);
    for (let index = start; index < lines.length; index++) lines[index]!.row = row;
  }
  return lines;

  function scanRow(physical: string, lines: Line[]): void {
    const raw = physical.trimEnd();
    const fenceMatch = FENCE.exec(raw.trimStart());
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = null;
      lines.push(makeLine('code', 0, raw, raw.trim()));
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      lines.push(makeLine('code', 0, raw, raw.trim()));
      return;
    }
    scanPhysicalLine(raw, lines);
  }
}

function scanPhysicalLine(raw: string, out: Line[]): void {
  const unquoted = raw.replace(/^\s*(?:>\s?)+/, '');
  const indent = measureIndent(unquoted);
  let rest = unquoted.trim();
  // HTML blocks can share a line: `<details><summary>Retro</summary>`; peel them off left to right.
  for (let guard = 0; guard < 50 && rest.startsWith('<'); guard++) {
    const open = DETAILS_OPEN.exec(rest);
    if (open) {
      out.push(makeLine('details-open', 0, raw, ''));
      rest = rest.slice(open[0].length).trim();
      continue;
    }
    const close = DETAILS_CLOSE.exec(rest);
    if (close) {
      out.push(makeLine('details-close', 0, raw, ''));
      rest = rest.slice(close[0].length).trim();
      continue;
    }
    const summary = SUMMARY.exec(rest);
    if (summary) {
      const after = rest.slice(summary[0].length);
      const end = SUMMARY_END.exec(after);
      const inner = end ? after.slice(0, end.index) : after;
      out.push({ ...makeLine('heading', 7, raw, stripTags(inner)), source: 'summary' });
      rest = end ? after.slice(end.index + end[0].length).trim() : '';
      continue;
    }
    const htmlHeading = HTML_HEADING.exec(rest);
    if (htmlHeading) {
      out.push({ ...makeLine('heading', Number(htmlHeading[1]), raw, stripTags(htmlHeading[2] ?? '')), source: 'html' });
      rest = rest.slice(htmlHeading[0].length).trim();
      continue;
    }
    if (SUMMARY_END.test(rest.slice(0, 12)) || /^<\/?(?:p|br|div|hr|span|b|strong|em|i)\b[^>]*>/i.test(rest)) {
      rest = rest.replace(/^<[^>]*>/, '').trim();
      continue;
    }
    break;
  }
  const trailingClose = /<\/details\s*>$/i.exec(rest);
  if (trailingClose) rest = rest.slice(0, trailingClose.index).trim();
  if (rest.length > 0 || !trailingClose) {
    const line = classifyContent(rest, raw, indent);
    const previous = out.at(-1);
    // Setext headings: "Retro" underlined with === or --- is a heading, as on GitHub.
    if (previous?.kind === 'text' && indent < 4 && /^(?:=+|-+)$/.test(rest)) {
      out[out.length - 1] = { ...previous, kind: 'heading', level: rest.startsWith('=') ? 1 : 2, source: 'markdown' };
      out.push(makeLine('blank', 0, raw, ''));
    } else out.push(line);
  }
  if (trailingClose) out.push(makeLine('details-close', 0, raw, ''));
}

function classifyContent(content: string, raw: string, indent: number): Line {
  if (content.length === 0) return makeLine('blank', 0, raw, '', indent);
  if (content.startsWith('|')) return makeLine('table', 0, raw, content, indent);
  if (RULE.test(content)) return makeLine('rule', 0, raw, content, indent);
  const heading = indent < 4 ? HEADING.exec(content) : null;
  if (heading) return { ...makeLine('heading', heading[1]!.length, raw, stripTags(heading[2] ?? ''), indent), source: 'markdown' };
  const bullet = BULLET.exec(content) ?? ORDERED.exec(content);
  if (bullet) return makeLine('bullet', 0, raw, stripTags(bullet[2] ?? '').trim(), indent);
  const bold = BOLD_LINE.exec(content);
  if (bold && !bold[2]!.includes(bold[1]!)) return { ...makeLine('heading', 7, raw, bold[2]!.trim(), indent), source: 'bold' };
  return makeLine('text', 0, raw, stripTags(content).trim(), indent);
}

function makeLine(kind: LineKind, level: number, raw: string, text: string, indent = 0): Line {
  return { kind, level, indent, text, raw, source: null, row: 0 };
}

function measureIndent(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4;
    else break;
  }
  return columns;
}

function stripTags(text: string): string {
  return text.replace(ANY_TAG, '').trim();
}

/** Remove `<!-- … -->` (an unclosed one runs to the end), scanning once. */
function dropHtmlComments(text: string): string {
  let out = '';
  let position = 0;
  for (;;) {
    const start = text.indexOf('<!--', position);
    if (start < 0) return out + text.slice(position);
    out += text.slice(position, start);
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return out;
    // Keep the line structure so truncation and positions stay meaningful.
    out += text.slice(start, end + 3).replace(/[^\n]/g, '');
    position = end + 3;
  }
}
