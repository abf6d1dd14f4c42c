import type { ArchiveConfig } from '../config/schema.ts';

/** One team update as team identity sees it. */
export interface TeamMention {
  /** Unique per update, e.g. the comment id. */
  id: string;
  /** Position of the sprint in chronological order (0 = oldest); equal for updates of one sprint. */
  sprintIndex: number;
  /** The team's name as the comment parser cleaned it; null when the comment names no team. */
  teamName: string | null;
  /** Other names read in the heading: the joke name, a backronym's expansion, the new name of a rename. */
  teamAliases: string[];
  author: string | null;
  /** Owners, support heroes and people away: who the team is. */
  people: string[];
}

/** The canonical team of one mention. */
export interface TeamIdentity {
  slug: string;
  /** Configured name, else the name the team used most recently. */
  name: string;
}

interface Group {
  slug: string | null;
  configured: boolean;
  mentions: TeamMention[];
}

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'to', 'in', 'on', 'with', 'at', 'by', '&']);
/** Words that decorate a team name without changing it. */
const TEAM_WORDS = /\b(?:team|squad|crew|project)\b/giu;
const SUBTITLE = /\s+[-–—|]\s+|\s*:\s+|,\s+|\s*\(|\s*[-–—]\s*$/u;
const PEOPLE_OVERLAP = 0.3;
const MAX_RENAME_GAP = 3;

/** Lowercase words of a name without punctuation, emoji and the word "team": the key names are compared by. */
export function normalizeTeamName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/~+/gu, ' ')
    .replace(TEAM_WORDS, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name with spaces removed and repeated letters collapsed, so "Successsss" meets "Success". */
function squeezeName(key: string): string {
  return key.replace(/\s+/gu, '').replace(/(.)\1+/gu, '$1');
}

/** Lowercase, hyphenated slug of a name. */
export function slugifyTeamName(name: string): string {
  return normalizeTeamName(name).replace(/\s+/gu, '-') || 'team';
}

/** The display name without emoji, struck-through parts resolved and subtitles or jokes cut. */
export function cleanTeamName(name: string): string {
  const struck = /~~?([^~]+?)~~?/u.exec(name);
  const base = struck ? struck[1]! : name;
  const withoutSubtitle = base.split(SUBTITLE)[0] ?? base;
  const cleaned = withoutSubtitle
    .replace(/[^\p{L}\p{N}\s&'.+/-]+/gu, ' ')
    .replace(/^\s*(?:#+\s*)?team\s+/iu, '')
    .replace(/\s+team\s*$/iu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return cleaned || name.trim();
}

function collectKeys(mention: TeamMention): string[] {
  const names = [mention.teamName, ...mention.teamAliases].filter((name): name is string => !!name);
  const keys: string[] = [];
  for (const name of names) {
    for (const variant of [cleanTeamName(name), name]) {
      const key = normalizeTeamName(variant);
      if (key && !keys.includes(key)) keys.push(key);
    }
    const unstruck = name.replace(/~~?[^~]+?~~?/gu, ' ');
    if (unstruck !== name) keys.push(normalizeTeamName(cleanTeamName(unstruck)));
    const parenthesised = /\(([^)]+)\)/u.exec(name)?.[1];
    if (parenthesised) keys.push(normalizeTeamName(parenthesised));
  }
  return keys;
}

function buildConfigIndex(config: ArchiveConfig): Map<string, string> {
  const index = new Map<string, string>();
  for (const [slug, team] of Object.entries(config.teams)) {
    for (const name of [team.name, slug.replace(/-/gu, ' '), ...team.aliases]) {
      const key = normalizeTeamName(name);
      if (key && !index.has(key)) index.set(key, slug);
      const squeezed = squeezeName(key);
      if (squeezed && !index.has(`~${squeezed}`)) index.set(`~${squeezed}`, slug);
    }
  }
  return index;
}

function findInConfig(keys: string[], index: Map<string, string>): string | null {
  for (const key of keys) {
    const slug = index.get(key) ?? index.get(`~${squeezeName(key)}`);
    if (slug) return slug;
  }
  return null;
}

function initialsOf(text: string, skipStopWords: boolean): string {
  return text
    .split(/\s+/u)
    .filter((word) => word && !(skipStopWords && STOP_WORDS.has(word)))
    .map((word) => word[0])
    .join('');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Names a compound word starts with: "Ledger-osaurus" → "ledger", "DispatchXL" → "dispatch". */
function readGluedHeads(raw: string): string[] {
  const words = cleanTeamName(raw).split(/\s+/u);
  const heads: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const parts = words[i]!.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[\s-]+/u);
    if (parts.length >= 2) heads.push(normalizeTeamName([...words.slice(0, i), parts[0]].join(' ')));
  }
  return heads;
}

/** The known name a playful or misspelt key stands for, or null when nothing matches unambiguously. */
function matchPlayfulName(
  key: string,
  rawNames: string[],
  known: Map<string, number>,
  ownCount: number,
  rawByKey: Map<string, string[]>,
  ownKeys: string[],
): string | null {
  const unique = (found: string[]): string | null => (new Set(found).size === 1 ? found[0]! : null);
  const names = [...known.keys()].filter((name) => name !== key && !ownKeys.includes(name));
  const squeezed = squeezeName(key);
  const bySqueeze = unique(names.filter((name) => name.length < key.length && squeezeName(name) === squeezed));
  if (bySqueeze) return bySqueeze;
  // "Ledger-osaurus", "DispatchXL": a known name glued to a joke suffix.
  for (const raw of rawNames) {
    const head = readGluedHeads(raw).find((candidate) => candidate !== key && known.has(candidate));
    if (head) return head;
  }
  // Backronyms: "Secretly Unraveling Respondent Vibes Extracting Yips" spells a known name.
  if (key.split(' ').length >= 3) {
    const spelled = [initialsOf(key, true), initialsOf(key, false)];
    const byInitials = unique(names.filter((name) => spelled.includes(name.replace(/\s+/gu, ''))));
    if (byInitials) return byInitials;
  }
  const words = key.split(' ');
  // Initials in capitals ("Team PA") for exactly one known team of two or more words.
  if (words.length === 1 && key.length >= 2 && rawNames.some((raw) => new RegExp(`\\b${key.toUpperCase()}\\b`, 'u').test(raw))) {
    const byInitials = unique(names.filter((name) => name.includes(' ') && initialsOf(name, false) === key));
    if (byInitials) return byInitials;
  }
  if (words.length === 1 && key.length >= 4) {
    // An acronym or short form naming one known team: "ROUTES" for Route Optimisation, "infra" for Infrastructure.
    const byWord = unique(names.filter((name) => name.split(' ').at(-1) === key && name.split(' ').length > 1));
    if (byWord && rawNames.some((raw) => /\b\p{Lu}{3,}\b/u.test(raw))) return byWord;
    const isGluedTo = (name: string) => (rawByKey.get(name) ?? []).some((raw) => readGluedHeads(raw).includes(key));
    const byPrefix = unique(names.filter((name) => !name.includes(' ') && name.startsWith(key) && squeezeName(name) !== squeezed && !isGluedTo(name)));
    if (byPrefix) return byPrefix;
  }
  if (squeezed.length >= 8) {
    const close = unique(names.filter((name) => (known.get(name) ?? 0) > ownCount && editDistance(squeezeName(name), squeezed) <= 2));
    if (close) return close;
  }
  return null;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function sprintsOf(group: Group): Set<number> {
  return new Set(group.mentions.map((mention) => mention.sprintIndex));
}

/** A rename without an alias: B starts right after A stops, written by A's author, with A's people. */
function isRenameOf(older: Group, newer: Group): boolean {
  if (older.configured && newer.configured) return false;
  const olderSprints = sprintsOf(older);
  const lastOlder = Math.max(...olderSprints);
  const firstNewer = Math.min(...sprintsOf(newer));
  if (firstNewer <= lastOlder || firstNewer - lastOlder > MAX_RENAME_GAP) return false;
  const lastMentions = older.mentions.filter((mention) => mention.sprintIndex === lastOlder);
  const firstMentions = newer.mentions.filter((mention) => mention.sprintIndex === firstNewer);
  const sameAuthor = firstMentions.some((mention) => mention.author && lastMentions.some((last) => last.author === mention.author));
  const people = (mentions: TeamMention[]) => new Set(mentions.flatMap((mention) => mention.people.map((person) => person.toLowerCase())));
  return sameAuthor && jaccard(people(lastMentions), people(firstMentions)) >= PEOPLE_OVERLAP;
}

function pickGroupName(group: Group, config: ArchiveConfig): string {
  if (group.slug && config.teams[group.slug]) return config.teams[group.slug]!.name;
  const latest = [...group.mentions].sort((a, b) => b.sprintIndex - a.sprintIndex).find((mention) => mention.teamName);
  return latest?.teamName ? cleanTeamName(latest.teamName) : (latest?.author ?? 'Unknown team');
}

function mergeRenames(groups: Group[]): Group[] {
  const ordered = [...groups].sort((a, b) => Math.min(...sprintsOf(a)) - Math.min(...sprintsOf(b)));
  const result: Group[] = [];
  for (const group of ordered) {
    const older = result.find((candidate) => candidate !== group && isRenameOf(candidate, group));
    if (!older) {
      result.push(group);
      continue;
    }
    older.mentions.push(...group.mentions);
    older.slug ??= group.slug;
    older.configured ||= group.configured;
  }
  return result;
}

function assignSlugs(groups: Group[], config: ArchiveConfig): void {
  const taken = new Set(Object.keys(config.teams));
  for (const group of groups) {
    if (group.slug) continue;
    const first = [...group.mentions].sort((a, b) => a.sprintIndex - b.sprintIndex)[0]!;
    const base = slugifyTeamName(first.teamName ? cleanTeamName(first.teamName) : (first.author ?? 'team'));
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    group.slug = slug;
  }
}

/**
 * Gives every team update its canonical team: config aliases first (case-insensitive, without
 * "Team"), then the same name elsewhere in the archive, then heuristics for struck-through renames,
 * subtitles, jokes, backronyms and short forms, then a rename with no alias when the evidence is
 * strong (same author, same people, consecutive sprints). Two teams posting in one sprint never merge.
 */
export function resolveTeams(mentions: TeamMention[], config: ArchiveConfig): Map<string, TeamIdentity> {
  const configIndex = buildConfigIndex(config);
  const keyCounts = new Map<string, number>();
  const rawByKey = new Map<string, string[]>();
  for (const mention of mentions) {
    for (const key of collectKeys(mention)) {
      keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
      const raws = rawByKey.get(key) ?? [];
      if (raws.length === 0) rawByKey.set(key, raws);
      raws.push(mention.teamName ?? '');
    }
  }
  // Of the names in one heading ("~Old~ New"), the one the archive uses most is the team.
  const sortedKeys = new Map(mentions.map((mention) => [mention.id, collectKeys(mention).sort((a, b) => (keyCounts.get(b) ?? 0) - (keyCounts.get(a) ?? 0))]));
  const keysOf = (mention: TeamMention) => sortedKeys.get(mention.id) ?? [];
  const primaryKey = new Map<string, string>();
  const known = new Map<string, number>();
  for (const mention of mentions) {
    const key = keysOf(mention)[0] ?? `@${mention.author ?? 'unknown'}`;
    primaryKey.set(mention.id, key);
    known.set(key, (known.get(key) ?? 0) + 1);
  }
  for (const [key, slug] of configIndex) if (!key.startsWith('~')) known.set(key, Math.max(known.get(key) ?? 0, slug ? 1_000_000 : 0));

  const groups = new Map<string, Group>();
  const groupOf = (label: string, slug: string | null): Group => {
    let group = groups.get(label);
    if (!group) groups.set(label, (group = { slug, configured: slug !== null, mentions: [] }));
    return group;
  };
  const isTaken = (group: Group, sprint: number) => group.mentions.some((other) => other.sprintIndex === sprint);
  const chooseGroup = (mention: TeamMention): Group => {
    const key = primaryKey.get(mention.id)!;
    const configSlug = findInConfig(keysOf(mention), configIndex);
    if (configSlug) return groupOf(`config:${configSlug}`, configSlug);
    const own = groupOf(`name:${key}`, null);
    const playful = playfulTarget.get(mention.id);
    if (!playful) return own;
    const targetSlug = findInConfig([playful], configIndex);
    const target = targetSlug ? groupOf(`config:${targetSlug}`, targetSlug) : groupOf(`name:${playful}`, null);
    return isTaken(target, mention.sprintIndex) ? own : target;
  };

  const playfulTarget = new Map<string, string>();
  for (const mention of mentions) {
    const keys = keysOf(mention);
    if (keys.length === 0 || findInConfig(keys, configIndex)) continue;
    const rawNames = [mention.teamName ?? '', ...mention.teamAliases];
    const ownCount = known.get(keys[0]!) ?? 0;
    const target = keys.map((key) => matchPlayfulName(key, rawNames, known, ownCount, rawByKey, keys)).find((found) => found !== null && !keys.includes(found));
    if (target) playfulTarget.set(mention.id, target);
  }
  // Literal names first, so a playful name never takes the place of a team that wrote its real name.
  const ordered = [...mentions].sort(
    (a, b) =>
      Number(playfulTarget.has(a.id)) - Number(playfulTarget.has(b.id)) ||
      a.sprintIndex - b.sprintIndex ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const mention of ordered) chooseGroup(mention).mentions.push(mention);

  const merged = mergeRenames([...groups.values()].filter((group) => group.mentions.length > 0));
  assignSlugs(merged, config);
  const result = new Map<string, TeamIdentity>();
  for (const group of merged) {
    const identity = { slug: group.slug!, name: pickGroupName(group, config) };
    for (const mention of group.mentions) result.set(mention.id, identity);
  }
  return result;
}
