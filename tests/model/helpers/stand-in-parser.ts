/**
 * A deliberately tiny comment parser for model tests, in the shape of parseTeamComment: the model is
 * tested on what a parser returns, independently of the real parser's heuristics.
 */
import type { ParsedTeamComment } from '../../../src/lib/parse/parse-sprint.ts';
import type { ParsedOkr } from '../../../src/lib/parse/okr-key.ts';
import type { Item, Section, Status } from '../../../src/lib/parse/types.ts';

const MARKERS: [string, Status][] = [['✅', 'done'], ['🟢', 'on-track'], ['🟡', 'at-risk'], ['🔴', 'off-track'], ['⚪', 'not-started'], ['[x]', 'done'], ['[ ]', 'unknown']];
const SECTIONS: [RegExp, Section | 'okr'][] = [[/okr/i, 'okr'], [/retro/i, 'retro'], [/carry/i, 'carry-over'], [/high/i, 'high'], [/low/i, 'low']];

function readMarker(text: string): [Status, string] {
  for (const [marker, status] of MARKERS) if (text.startsWith(marker)) return [status, text.slice(marker.length).trim()];
  return ['unknown', text];
}

function readHandles(text: string): string[] {
  return [...text.matchAll(/@([\w-]+)/g)].map((m) => m[1]!);
}

/** Parses the fixture dialect used in tests/model. */
export function parseStandInComment(body: string): ParsedTeamComment {
  const lines = body.split('\n');
  const heading = lines.find((line) => /^#*\s*Team\s+\S/i.test(line)) ?? null;
  const result: ParsedTeamComment = {
    isUpdate: heading !== null,
    teamHeading: heading,
    teamName: null,
    teamAliases: [],
    supportHeroes: [],
    away: [],
    okrs: [],
    items: [],
    structured: false,
  };
  if (!heading) return result;
  const name = heading.replace(/^#*\s*Team\s+/i, '').trim();
  const struck = /~~(.+?)~~\s*(.*)/.exec(name);
  result.teamName = struck ? struck[1]! : name;
  if (struck?.[2]) result.teamAliases = [struck[2]];
  let section: Section | 'okr' = 'other';
  for (const line of lines) {
    const hero = /^support hero:\s*(.*)$/i.exec(line);
    if (hero) result.supportHeroes.push(...readHandles(hero[1]!));
    const away = /^away:\s*(.*)$/i.exec(line);
    if (away) result.away.push(...readHandles(away[1]!));
    if (line.startsWith('## ')) section = SECTIONS.find(([pattern]) => pattern.test(line))?.[1] ?? 'other';
    const bullet = /^(\s*)- (.*)$/.exec(line);
    if (!bullet) continue;
    const [status, rest] = readMarker(bullet[2]!.trim());
    const text = rest.replace(/@[\w-]+|https?:\/\/\S+/g, '').replace(/\s+/g, ' ').trim();
    if (section === 'okr') {
      const okr: ParsedOkr = { title: text, status, children: [] };
      if (bullet[1]!.length > 0 && result.okrs.length > 0) result.okrs.at(-1)!.children.push(okr);
      else result.okrs.push(okr);
    } else {
      const item: Item = { section, text, status, owners: readHandles(rest), links: [...rest.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]) };
      result.items.push(item);
    }
  }
  result.structured = result.items.length + result.okrs.length > 0;
  return result;
}
