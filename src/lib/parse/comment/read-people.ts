/** Which people field a line belongs to. */
export type PeopleField = 'support' | 'away';

/** A labelled people line: `**Support hero:** @x`, `Off: Lena (2 weeks)`; `value` may be empty (a list follows). */
export interface PeopleLabel {
  field: PeopleField;
  value: string;
}

const HANDLE = /(?<![\w@/`])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w/])/g;

const STOPWORDS = new Set(
  (
    'week weeks first second third fourth last next then tbd tba tbc none nobody noone n/a na no yes secondary secondaries ' +
    'primary backup backups mobile web monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec hero heroes support sprint team all everyone the and from until to only both days day off out ' +
    'ooo pto afk away vacation holiday holidays bank public national leave sick half on in at for of with major minor ' +
    'time conference offsite onboarding it we i he she they who will be is are was'
  ).split(' '),
);

/** GitHub handles in `text`, without "@", in order, deduplicated. */
export function readHandles(text: string): string[] {
  return unique([...text.matchAll(HANDLE)].map((match) => match[1]!));
}

/** Read a support-hero or time-off label at the start of a line, or null. */
export function readPeopleLabel(text: string): PeopleLabel | null {
  // Labels sit at the start: skip the regexes when no separator comes early.
  const head = text.slice(0, 80);
  if (!/[:\-–—]/.test(head) || !/support|call|hero|off|ooo|pto|afk|out|away|vacation|holiday|leave|absen/i.test(head)) return null;
  const plain = text
    .replace(/\*\*|__/g, '')
    .replace(/[\p{Extended_Pictographic}\u200d\uFE0F]/gu, '')
    .replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, '')
    .trim();
  const support =
    /^(?:[\p{L}-]+\s+){0,2}?(?:support(?:\s+heroe?s?)?|on[- ]?call|heroe?s?)(?:\s*(?::|-|–|—)|(?:\s+[\p{L}-]+){1,3}\s*:)\s*(.*)$/iu.exec(plain);
  if (support) return { field: 'support', value: support[1]!.trim() };
  const away =
    /^(?:people\s+)?(?:off|ooo|pto|afk|out|away(?:\s+for\s+[\p{L} ]{1,30})?|time\s+off|days?\s+off|off\s+during\s+(?:the\s+)?sprint|out\s+of\s+(?:the\s+)?office|vacations?|holidays?|leave|absences?|away\s+during\s+(?:the\s+)?sprint)\s*(?::|-|–|—)\s*(.*)$/iu.exec(
      plain,
    );
  if (away) return { field: 'away', value: away[1]!.trim() };
  return null;
}

/** Support heroes named in a value: handles when there are any, else capitalised first names. */
export function readSupportNames(value: string): string[] {
  const handles = readHandles(value);
  if (handles.length > 0) return handles;
  const names: string[] = [];
  for (const segment of splitSegments(dropNoise(value))) {
    for (const word of segment.split(/[\s:]+/)) {
      if (isPlainName(word)) names.push(word);
    }
  }
  return unique(names);
}

/** People said to be away in a value or line; "0 days" means not away. */
export function readAwayNames(value: string): string[] {
  const names: string[] = [];
  for (const segment of splitSegments(value.replace(/\*\*|__/g, ''))) {
    if (/(?:^|\D)0\s*(?:days?|d|hours?|h)\b/i.test(segment)) continue;
    const handles = readHandles(segment);
    if (handles.length > 0) {
      names.push(...handles);
      continue;
    }
    const first = /^\s*(?:[-*+•]\s+)?([\p{L}][\p{L}'.-]*)/u.exec(dropNoise(segment));
    if (first && isPlainName(first[1]!)) names.push(first[1]!);
  }
  return unique(names);
}

const AWAY_WORDS = /\b(?:ooo|pto|afk|off|out|away|vacation|holidays?|on leave|sick|parental leave)\b/i;

/** People an unlabelled line says are away (`Kofi is off on Friday`, `@x OOO 3 days`), or []. */
export function readAwaySentence(text: string): string[] {
  const plain = text.replace(/\*\*|__/g, '').replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, '').trim();
  if (!AWAY_WORDS.test(plain) || /\b0\s*days?\b/i.test(plain)) return [];
  const handles = readHandles(plain);
  if (handles.length > 0) return handles;
  const sentence =
    /^([\p{L}][\p{L}'.-]*(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}'.-]*){0,5})\s*(?:-|–|—|:)?\s*(?:is\s+|are\s+|will\s+be\s+|'s\s+)?(?:out|off|ooo|pto|afk|away|on\s+(?:pto|vacation|holidays?|leave))\b/iu.exec(
      plain,
    );
  if (!sentence) return [];
  return sentence[1]!.split(/,\s*|\s+and\s+|\s*&\s*/).filter((name) => name && !STOPWORDS.has(name.toLowerCase()));
}

function splitSegments(value: string): string[] {
  return value.split(/[,;/&+]|\band\b|\bthen\b|->|→/i).map((segment) => segment.trim()).filter(Boolean);
}

function dropNoise(value: string): string {
  return value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\b\d+(?:[-/.]\d+)*(?:st|nd|rd|th)?\b/g, ' ');
}

function isPlainName(word: string): boolean {
  const clean = word.replace(/[.!?'"]+$/, '');
  return /^\p{Lu}\p{Ll}[\p{L}'-]*$/u.test(clean) && !STOPWORDS.has(clean.toLowerCase());
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
