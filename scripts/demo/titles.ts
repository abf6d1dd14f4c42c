import { parseDay, type SprintDates } from './calendar.ts';

/** How a sprint issue's title writes its dates; the style drifts over the years like a real team's. */
export type TitleStyle =
  | 'release-to'
  | 'release-day-month'
  | 'ordinal-long'
  | 'ordinal-day-month'
  | 'numeric'
  | 'short-dash'
  | 'with-year';

/** Title styles in the order the demo company went through them. */
export const TITLE_STYLES: readonly TitleStyle[] = [
  'release-to',
  'release-day-month',
  'ordinal-long',
  'ordinal-day-month',
  'numeric',
  'short-dash',
  'with-year',
];

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LOOSE_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Formats 1 → "1st", 22 → "22nd", 13 → "13th". */
export function formatOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function splitDay(day: string): { month: number; date: number; year: number } {
  const value = parseDay(day);
  return { month: value.getUTCMonth(), date: value.getUTCDate(), year: value.getUTCFullYear() };
}

/** Writes a sprint title in the given style; `release` is e.g. "4.27.0 2/2". */
export function formatSprintTitle(style: TitleStyle, dates: SprintDates, release: string): string {
  const s = splitDay(dates.start);
  const e = splitDay(dates.end);
  switch (style) {
    case 'release-to':
      return `Sprint ${release} - ${SHORT_MONTHS[s.month]} ${s.date} to ${SHORT_MONTHS[e.month]} ${e.date}`;
    case 'release-day-month':
      return `Sprint ${release} - ${s.date} ${SHORT_MONTHS[s.month]} - ${e.date} ${SHORT_MONTHS[e.month]}`;
    case 'ordinal-long':
      return `Sprint ${LONG_MONTHS[s.month]} ${formatOrdinal(s.date)} - ${LONG_MONTHS[e.month]} ${formatOrdinal(e.date)}`;
    case 'ordinal-day-month':
      return `Sprint ${formatOrdinal(s.date)} ${LOOSE_MONTHS[s.month]} - ${formatOrdinal(e.date)} ${LOOSE_MONTHS[e.month]}`;
    case 'numeric':
      return `Sprint Planning ${s.month + 1}-${s.date} to ${e.month + 1}-${e.date}`;
    case 'short-dash':
      return `Sprint ${LOOSE_MONTHS[s.month]} ${s.date} - ${LOOSE_MONTHS[e.month]} ${e.date}`;
    case 'with-year':
      return `Sprint - ${SHORT_MONTHS[s.month]} ${s.date} to ${SHORT_MONTHS[e.month]} ${e.date}, ${e.year}`;
  }
}

/** The title someone left unfilled: the template's own placeholder, with no real dates. */
export function formatPlaceholderTitle(major: number): string {
  return `Sprint ${major}.x.0 n/2 - Mon D to Mon D`;
}
