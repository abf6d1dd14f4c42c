import type { Item, Section as ItemSection } from '../types.ts';
import { readLegendPairs, type Legend } from '../status.ts';
import { emitItems } from './emit-items.ts';
import { emitOkrs } from './emit-okrs.ts';
import { findTeamHeading } from './find-team-heading.ts';
import { scanLines, type Line } from './scan-lines.ts';
import type { ParseCommentOptions, ParsedComment, ParsedOkr } from './types.ts';
import { classifyHeading } from './classify-heading.ts';
import { readItemLine } from './read-item.ts';
import { nestNodes, walkSections, type ListNode, type Section } from './walk-sections.ts';

const SECTION_KINDS = new Set<string>(['retro', 'carry-over', 'okr', 'high', 'low']);

function isMarkedEntry(node: ListNode): boolean {
  const line = readItemLine(node.content);
  return line.emoji !== null || line.checkbox !== null;
}

/** Read one team's sprint comment: team, support heroes, time off, OKRs, items and statuses. Never throws. */
export function parseTeamComment(body: string, options: ParseCommentOptions = {}): ParsedComment {
  try {
    return parseBody(typeof body === 'string' ? body : '', options ?? {});
  } catch {
    // Defence in depth: property tests show the parser does not throw; if it ever does, keep the comment.
    return emptyComment();
  }
}

function parseBody(body: string, options: ParseCommentOptions): ParsedComment {
  const text = options.truncated ? dropLastLine(body) : body;
  const lines = scanLines(text);
  const { legend, legendLines } = readLegend(lines);
  const team = findTeamHeading(lines);
  const skip = new Set(legendLines);
  if (team) for (let index = 0; index <= team.index; index++) skip.add(index);
  // "Team Falcon — retro": a subtitle that names a section opens it.
  const opening = team?.aliases.find((alias) => SECTION_KINDS.has(classifyHeading(alias) ?? ''));
  if (team && opening) team.aliases = team.aliases.filter((alias) => alias !== opening);
  const walk = walkSections(lines, skip, opening ? (classifyHeading(opening) as Section) : 'preamble');
  const isPlaceholder = makePlaceholderTest(options.templates ?? []);

  const items: Item[] = [];
  const okrs: ParsedOkr[] = [];
  const preambleOnly = walk.sectionCount === 0;
  for (const run of walk.runs) {
    const roots = nestNodes(run.nodes);
    if (run.section === 'okr') {
      okrs.push(...emitOkrs(roots, legend, isPlaceholder));
      continue;
    }
    // Before the first section, only entries with a status marker are work (the rest is people and notes).
    const kept = run.section === 'preamble' && !preambleOnly ? roots.filter(isMarkedEntry) : roots;
    const section: ItemSection = run.section === 'preamble' ? 'other' : (run.section as ItemSection);
    items.push(...emitItems(kept, { section, legend, isPlaceholder, headingStatus: run.status }, run.person ? run.person.split(' ') : []));
  }

  const isUpdate = team !== null || walk.sectionCount > 0;
  // Lists in a reply or a question are not sprint work.
  if (!isUpdate) items.length = 0;
  const teamHeading = team ? originalLine(body, lines[team.index]!) : null;
  const supportHeroes = walk.supportHeroes;
  const away = walk.away;
  const structured = items.length > 0 || okrs.length > 0 || supportHeroes.length > 0 || away.length > 0;
  return {
    isUpdate,
    teamHeading,
    teamName: team?.name ?? null,
    teamAliases: team?.aliases ?? [],
    supportHeroes,
    away,
    okrs,
    items,
    legend,
    structured,
  };
}

function readLegend(lines: readonly Line[]): { legend: Legend; legendLines: number[] } {
  const legend: Legend = {};
  const legendLines: number[] = [];
  lines.forEach((line, index) => {
    if (line.kind === 'code' || line.kind === 'blank') return;
    const pairs = readLegendPairs(line.text);
    if (Object.keys(pairs).length === 0) return;
    Object.assign(legend, pairs);
    // A legend written as its own line (not inside a heading) is not content.
    if (line.kind !== 'heading') legendLines.push(index);
  });
  return { legend, legendLines };
}

const templateKeys = new WeakMap<readonly string[], Set<string>>();

function makePlaceholderTest(templates: readonly string[]): (text: string) => boolean {
  // Callers pass one templates array for all comments of an issue: build its line set once.
  let templateLines = templateKeys.get(templates);
  if (!templateLines) {
    templateLines = readTemplateKeys(templates);
    templateKeys.set(templates, templateLines);
  }
  const known = templateLines;
  return (text) => {
    const key = placeholderKey(text);
    return key.length === 0 || /^(?:tbd|tba|todo|n a|none|item \d+|xxx?)$/.test(key) || known.has(key);
  };
}

function readTemplateKeys(templates: readonly string[]): Set<string> {
  const templateLines = new Set<string>();
  for (const template of templates) {
    for (const line of template.split('\n')) {
      const key = placeholderKey(line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s*)?|\d+[.)]\s*)/, ''));
      if (key.length > 0) templateLines.add(key);
    }
  }
  return templateLines;
}

function placeholderKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A cut-off body's last line is incomplete, unless it ends the way list lines end: with an owner's handle. */
function dropLastLine(body: string): string {
  const cut = body.trimEnd();
  const newline = cut.lastIndexOf('\n');
  const last = cut.slice(newline + 1);
  if (/^\s*(?:[-*+]|\d+[.)])\s+\S.*\s@[A-Za-z0-9][\w-]{2,38}$/.test(last)) return cut;
  return newline < 0 ? '' : cut.slice(0, newline);
}

/** The heading line as the author typed it (emoji variation selectors and shortcodes untouched). */
function originalLine(body: string, line: Line): string {
  const typed = body.split(/\r\n|\r|\n/)[line.row]?.trim();
  return typed || line.raw.trim();
}

function emptyComment(): ParsedComment {
  return { isUpdate: false, teamHeading: null, teamName: null, teamAliases: [], supportHeroes: [], away: [], okrs: [], items: [], legend: {}, structured: false };
}
