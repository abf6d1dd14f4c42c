/** The demo's sprint calendar: fortnightly sprints, one long holiday sprint across each New Year. */

export interface SprintDates {
  /** First day, YYYY-MM-DD (a Monday). */
  start: string;
  /** Last day, YYYY-MM-DD (a Friday). */
  end: string;
}

const DAY_MS = 86_400_000;

/** Parses YYYY-MM-DD as a UTC date. */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Formats a UTC date as YYYY-MM-DD. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

/**
 * Lays out `count` sprints, oldest first, the newest starting on `lastStart`. Walking backwards, the
 * sprint before one that starts on 4–17 January spans the holidays (four weeks), so every year has
 * a sprint whose dates cross New Year.
 */
export function planSprintCalendar(count: number, lastStart: string): SprintDates[] {
  const sprints: SprintDates[] = [{ start: lastStart, end: addDays(lastStart, 11) }];
  let nextStart = lastStart;
  while (sprints.length < count) {
    const date = parseDay(nextStart);
    const holiday = date.getUTCMonth() === 0 && date.getUTCDate() >= 4 && date.getUTCDate() <= 17;
    const start = addDays(nextStart, holiday ? -28 : -14);
    const end = addDays(nextStart, -3);
    sprints.push({ start, end });
    nextStart = start;
  }
  return sprints.reverse();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-04" → "Mar 4". */
export function formatShortDay(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8))}`;
}

/** "Dec 2-4", or "Oct 30-Nov 1" across months. */
export function formatDayRange(from: string, to: string): string {
  const end = from.slice(5, 7) === to.slice(5, 7) ? String(Number(to.slice(8))) : formatShortDay(to);
  return `${formatShortDay(from)}-${end}`;
}
