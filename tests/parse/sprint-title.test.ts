import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSprintTitle } from '../../src/lib/parse/sprint-title.ts';

describe('parseSprintTitle', () => {
  const cases: [string, string, { start: string; end: string | null } | null][] = [
    ['Sprint - Jul 1 to Jul 12, 2024', '2024-06-26T10:00:00Z', { start: '2024-07-01', end: '2024-07-12' }],
    ['Sprint 1.30.0 1/2 - Oct 18 to Oct 29', '2021-10-13T09:00:00Z', { start: '2021-10-18', end: '2021-10-29' }],
    ['Sprint 1.31.0 1/2 - 15 Nov - 26 Nov', '2021-11-10T09:00:00Z', { start: '2021-11-15', end: '2021-11-26' }],
    ['Sprint August 21st - September 1st', '2023-08-16T09:00:00Z', { start: '2023-08-21', end: '2023-09-01' }],
    ['Sprint 22nd Sept - 3rd Oct', '2022-09-19T09:00:00Z', { start: '2022-09-22', end: '2022-10-03' }],
    ['Sprint Planning 11-18 to 12-2', '2020-11-16T09:00:00Z', { start: '2020-11-18', end: '2020-12-02' }],
    ['Sprint Aug 22 - Sept 2', '2022-08-17T09:00:00Z', { start: '2022-08-22', end: '2022-09-02' }],
    ['Sprint 1.32.0 1/2 - Dec 13 to Jan 7', '2021-12-08T09:00:00Z', { start: '2021-12-13', end: '2022-01-07' }],
    ['Sprint 1.45.1 2/2 - Feb 20 to March 3', '2023-02-15T09:00:00Z', { start: '2023-02-20', end: '2023-03-03' }],
    ['Sprint 11th Aug to 22nd Aug', '2025-08-05T09:00:00Z', { start: '2025-08-11', end: '2025-08-22' }],
    ['Sprint - Feb 10 - Feb 21', '2025-02-05T09:00:00Z', { start: '2025-02-10', end: '2025-02-21' }],
    ['Sprint July 28 to Aug 08', '2025-07-23T09:00:00Z', { start: '2025-07-28', end: '2025-08-08' }],
    ['Sprint Oct 18-29', '2021-10-13T09:00:00Z', { start: '2021-10-18', end: '2021-10-29' }],
    ['Sprint 2024-07-01 to 2024-07-12', '2024-06-26T09:00:00Z', { start: '2024-07-01', end: '2024-07-12' }],
    ['Sprint Starting 11/10', '2020-11-09T09:00:00Z', { start: '2020-11-10', end: null }],
    ['Sprint 1.30.0 1/2 - 10/18 to 10/29', '2021-10-13T09:00:00Z', { start: '2021-10-18', end: '2021-10-29' }],
    ['Sprint 07/01/2024 - 07/12/2024', '2024-06-26T09:00:00Z', { start: '2024-07-01', end: '2024-07-12' }],
    ['Sprint starting Jan 6', '2025-01-02T09:00:00Z', { start: '2025-01-06', end: null }],
  ];

  for (const [title, createdAt, expected] of cases) {
    it(`reads "${title}" as ${expected ? `${expected.start} to ${expected.end}` : 'no dates'}`, () => {
      expect(parseSprintTitle(title, createdAt)).toEqual(expected);
    });
  }

  it('moves the end into the next year when the range crosses New Year', () => {
    expect(parseSprintTitle('Sprint Dec 27 to Jan 9', '2022-12-21T00:00:00Z')).toEqual({ start: '2022-12-27', end: '2023-01-09' });
  });

  it('puts the start in the previous year when the issue was filed just after New Year', () => {
    expect(parseSprintTitle('Sprint Dec 30 to Jan 10', '2023-01-02T00:00:00Z')).toEqual({ start: '2022-12-30', end: '2023-01-10' });
  });

  it('puts a January sprint filed in December into the next year', () => {
    expect(parseSprintTitle('Sprint - Jan 6 to Jan 17', '2024-12-30T00:00:00Z')).toEqual({ start: '2025-01-06', end: '2025-01-17' });
  });

  it('takes an explicit year on the end for a start in the previous year', () => {
    expect(parseSprintTitle('Sprint Dec 30 to Jan 10, 2026', '2020-01-01T00:00:00Z')).toEqual({ start: '2025-12-30', end: '2026-01-10' });
  });

  it('reads the placeholder template title as written, in the next occurrence of its dates', () => {
    expect(parseSprintTitle('Sprint 1.n.0 m/2 - Jan 1 to Jan 12', '2024-06-19T00:00:00Z')).toEqual({ start: '2025-01-01', end: '2025-01-12' });
  });

  it('accepts February 29 only in a leap year', () => {
    expect(parseSprintTitle('Sprint Feb 29 to Mar 8', '2024-02-20T00:00:00Z')).toEqual({ start: '2024-02-29', end: '2024-03-08' });
    expect(parseSprintTitle('Sprint Feb 29 to Mar 8', '2023-02-20T00:00:00Z')).toBeNull();
  });

  for (const title of ['SRE Team Sprint 1 Plan', 'Sprint plan 2022Q4', 'Retro for w34/35', 'Storage Crew Sprint 7 (FY2) Plan', 'Sprint 1.40.0 1/2', 'Sprint 12/2', '', 'Sprint May the force be with you']) {
    it(`finds no dates in "${title}"`, () => {
      expect(parseSprintTitle(title, '2024-01-01T00:00:00Z')).toBeNull();
    });
  }

  it('never throws and always returns ordered ISO dates or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })), fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (title, created) => {
        const result = parseSprintTitle(title, created.toISOString());
        if (result === null) return true;
        expect(result.start).toMatch(/^\d{4}-\d\d-\d\d$/);
        if (result.end !== null) expect(result.end >= result.start).toBe(true);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on titles built from date-like fragments or on an invalid creation date', () => {
    const fragment = fc.constantFrom('Sprint', 'Jan', 'Sept', '31', '1st', '12-2', '1/2', 'to', '-', '2024', ',', 'Feb 30', '99/99', '2024-02-30');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), fc.constantFrom('2024-01-01T00:00:00Z', 'not a date', ''), (parts, created) => {
        expect(() => parseSprintTitle(parts.join(' '), created)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
