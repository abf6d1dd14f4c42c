/** A team as a heading names it: the real name plus the other names written next to it. */
export interface TeamName {
  name: string;
  aliases: string[];
}

const MINOR_WORDS = new Set(['of', 'and', 'the', 'for', 'a', 'an', 'to', 'in', 'on', '&']);

/** Read the team's name out of a heading's text: no "Team", no subtitle or joke; struck-through names win. */
export function readTeamName(headingText: string): TeamName | null {
  const plain = headingText
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\u20e3\uFE0F]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const aliases: string[] = [];
  let rest = plain;
  const struck = /~~([^~]+)~~|~([^~]+)~/.exec(rest);
  if (struck) {
    const other = stripTeamWord(cleanName(rest.slice(0, struck.index) + ' ' + rest.slice(struck.index + struck[0].length)));
    if (other) aliases.push(other);
    rest = struck[1] ?? struck[2] ?? '';
  }
  rest = rest.trim().replace(/^(?:the\s+)?(?:team|project|squad|pod|crew)\b\s*[:\-–—]?\s*/i, '');
  const subtitle = findSubtitleSeparator(rest);
  if (subtitle && subtitle.index > 0) {
    const tail = cleanName(rest.slice(subtitle.index + subtitle[0].length));
    if (tail) aliases.push(tail);
    rest = rest.slice(0, subtitle.index);
  }
  const acronym = /^(.*?)\s*\(([^()]{1,60})\)$/.exec(rest);
  if (acronym && acronym[1]) {
    const inner = acronym[2]!.trim();
    if (isAcronymOf(inner, acronym[1])) {
      aliases.push(cleanName(acronym[1]));
      rest = inner;
    } else {
      aliases.push(cleanName(inner));
      rest = acronym[1];
    }
  }
  let name = cleanName(stripTeamWord(rest));
  const relaxed = name.replace(/(\p{L})\1{2,}/gu, '$1$1');
  if (relaxed !== name) {
    aliases.push(name);
    name = relaxed;
  }
  if (!name) return null;
  return { name, aliases: [...new Set(aliases.filter((alias) => alias && alias !== name))] };
}

/** The first subtitle separator outside parentheses: "Pipes, piping hot" splits, "X (Fast, Really)" does not. */
function findSubtitleSeparator(text: string): RegExpExecArray | null {
  for (const match of text.matchAll(/,\s|\s[-–—|:]\s|:\s|\s\/\s/g)) {
    const before = text.slice(0, match.index);
    if (before.split('(').length === before.split(')').length) return match as RegExpExecArray;
  }
  return null;
}

/** True when `acronym` spells the initials of `words` (`FLAGS` ← Flexible Layers of Authenticated Gating Services). */
export function isAcronymOf(acronym: string, words: string): boolean {
  if (!/^[A-Z0-9]{2,12}$/.test(acronym)) return false;
  const significant = words.split(/[\s-]+/).filter((word) => word && !MINOR_WORDS.has(word.toLowerCase()));
  const initials = significant.map((word) => word[0]!.toUpperCase()).join('');
  return initials === acronym || initials.startsWith(acronym);
}

function stripTeamWord(text: string): string {
  return text
    .trim()
    .replace(/^(?:the\s+)?(?:team|project|squad|pod|crew)\b\s*[:\-–—]?\s*/i, '')
    .replace(/\s+(?:team|squad)$/i, '')
    .trim();
}

function cleanName(text: string): string {
  return text
    .replace(/[~*_#]/g, '')
    .replace(/^[\s:,.!\-–—|]+|[\s:,.!\-–—|]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
