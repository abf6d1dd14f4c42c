/** Sprint start and end dates read from an issue title; `end` is null for "Sprint starting 11/10". */
export interface SprintDates {
  start: string;
  end: string | null;
}

interface DatePart {
  month: number;
  day: number;
  year: number | null;
  index: number;
  length: number;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d\\d))?';
const SEPARATOR = '\\s*(?:-|–|—|to|through|thru|until|till)\\s*';

const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b${YEAR}`, 'giu');
const DAY_MONTH = new RegExp(`(?<![\\w.])${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])${YEAR}`, 'giu');
const ISO_DATE = /(?<![\w.])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\w.])/gu;
// Not after a release number: in "Sprint 1.30.0 1/2" the "1/2" is the sprint's half, not January 2.
const NUMERIC_DATE = /(?<![\w./-])(?<!\d+\.[\dn]+(?:\.\w+)?\s+)(\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)?\d\d))?(?![\w./]|-\d)/gu;
const TRAILING_DAY = new RegExp(`^${SEPARATOR}${DAY}\\b${YEAR}`, 'iu');
const STARTING = /\b(?:starting|starts|from|beginning|begins)\s*(?:on\s+)?$/iu;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;
/** Issues are filed before the sprint starts, but some are filed late: a start this far in the past still counts. */
const LATE_FILING_DAYS = 60;

function toMonth(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function toYear(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function collectMatches(pattern: RegExp, title: string, read: (m: RegExpExecArray) => Omit<DatePart, 'index' | 'length'>): DatePart[] {
  const parts: DatePart[] = [];
  for (const match of title.matchAll(pattern)) {
    const part = read(match);
    // Leap days are checked again once the year is known.
    if (isValidDay(part.year ?? 2024, part.month, part.day)) parts.push({ ...part, index: match.index, length: match[0].length });
  }
  return parts;
}

function findNamedDates(title: string): DatePart[] {
  const parts = [
    ...collectMatches(MONTH_DAY, title, (m) => ({ month: toMonth(m[1]!), day: Number(m[2]), year: toYear(m[3]) })),
    ...collectMatches(DAY_MONTH, title, (m) => ({ month: toMonth(m[2]!), day: Number(m[1]), year: toYear(m[3]) })),
    ...collectMatches(ISO_DATE, title, (m) => ({ month: Number(m[2]), day: Number(m[3]), year: Number(m[1]) })),
  ].sort((a, b) => a.index - b.index);
  const kept: DatePart[] = [];
  for (const part of parts) {
    const last = kept.at(-1);
    if (last && part.index < last.index + last.length) continue;
    kept.push(part);
  }
  return kept;
}

function findNumericDates(title: string): DatePart[] {
  return collectMatches(NUMERIC_DATE, title, (m) => ({ month: Number(m[1]), day: Number(m[2]), year: toYear(m[3]) }));
}

function isJoinedByRange(title: string, first: DatePart, second: DatePart): boolean {
  const between = title.slice(first.index + first.length, second.index);
  return new RegExp(`^${SEPARATOR}$`, 'iu').test(between);
}

/** "Oct 18-29": a second date written as a bare day of the first date's month. */
function readTrailingDay(title: string, first: DatePart): DatePart | null {
  const rest = title.slice(first.index + first.length);
  const match = TRAILING_DAY.exec(rest);
  if (!match) return null;
  const day = Number(match[1]);
  if (day <= first.day) return null;
  return { month: first.month, day, year: toYear(match[2]), index: first.index + first.length, length: match[0].length };
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function compareMonthDay(a: DatePart, b: DatePart): number {
  return a.month - b.month || a.day - b.day;
}

/** The first year in which the start is no more than LATE_FILING_DAYS before the issue was created. */
function inferStartYear(start: DatePart, createdAt: string): number {
  const created = Date.parse(createdAt);
  const createdYear = Number.isNaN(created) ? 2000 : new Date(created).getUTCFullYear();
  if (Number.isNaN(created)) return createdYear;
  for (const year of [createdYear - 1, createdYear, createdYear + 1]) {
    if (Date.UTC(year, start.month - 1, start.day) >= created - LATE_FILING_DAYS * DAY_MS) return year;
  }
  return createdYear + 1;
}

function resolveYears(start: DatePart, end: DatePart | null, createdAt: string): [number, number | null] {
  if (end?.year != null) {
    const startYear = start.year ?? (compareMonthDay(start, end) > 0 ? end.year - 1 : end.year);
    return [startYear, end.year];
  }
  const startYear = start.year ?? inferStartYear(start, createdAt);
  if (!end) return [startYear, null];
  return [startYear, compareMonthDay(start, end) > 0 ? startYear + 1 : startYear];
}

function pickRange(title: string): [DatePart, DatePart | null] | null {
  const named = findNamedDates(title);
  if (named.length >= 2) return [named[0]!, named[1]!];
  if (named.length === 1) return [named[0]!, readTrailingDay(title, named[0]!)];
  const numeric = findNumericDates(title);
  for (let i = 0; i + 1 < numeric.length; i += 1) {
    if (isJoinedByRange(title, numeric[i]!, numeric[i + 1]!)) return [numeric[i]!, numeric[i + 1]!];
  }
  // A lone numeric date is too easily a version or a half ("1/2"): only trust it after "starting".
  const lone = numeric.find((part) => STARTING.test(title.slice(0, part.index)));
  return lone ? [lone, null] : null;
}

/**
 * Reads the sprint's dates from its title in every style seen ("Jul 1 to Jul 12, 2024",
 * "15 Nov - 26 Nov", "August 21st - September 1st", "11-18 to 12-2", ...). Years missing from the
 * title are inferred from the creation date; a range may cross New Year. Null without dates.
 */
export function parseSprintTitle(title: string, createdAt: string): SprintDates | null {
  const range = pickRange(title);
  if (!range) return null;
  const [start, end] = range;
  const [startYear, endYear] = resolveYears(start, end, createdAt);
  if (!isValidDay(startYear, start.month, start.day)) return null;
  const startDate = formatDate(startYear, start.month, start.day);
  if (!end || endYear === null || !isValidDay(endYear, end.month, end.day)) return { start: startDate, end: null };
  const endDate = formatDate(endYear, end.month, end.day);
  return endDate >= startDate ? { start: startDate, end: endDate } : { start: startDate, end: null };
}
