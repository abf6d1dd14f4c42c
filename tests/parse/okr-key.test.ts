import { describe, expect, it } from 'vitest';
import { assignOkrKeys, createOkrKeyRegistry, measureTokenSimilarity, normalizeOkrTitle, type ParsedOkr } from '../../src/lib/parse/okr-key.ts';

const okr = (title: string, children: ParsedOkr[] = []): ParsedOkr => ({ title, status: 'unknown', children });
const keys = (okrs: { key: string; children: { key: string }[] }[]) => okrs.map((o) => [o.key, o.children.map((c) => c.key)]);

describe('normalizeOkrTitle', () => {
  it('drops numbering, emoji, Markdown, case and punctuation', () => {
    expect(normalizeOkrTitle('**Objective 2:** Make the *dock* 10x faster! 🚀')).toBe('make the dock 10x faster');
    expect(normalizeOkrTitle('KR1. [Crane](https://example.com/x) uptime 99.9%')).toBe('crane uptime 99 9');
    expect(normalizeOkrTitle('1) Ship it')).toBe('ship it');
  });
});

describe('measureTokenSimilarity', () => {
  it('is 1 for equal sets and 0 for disjoint ones', () => {
    expect(measureTokenSimilarity(new Set(['a', 'b']), new Set(['a', 'b']))).toBe(1);
    expect(measureTokenSimilarity(new Set(['a']), new Set(['b']))).toBe(0);
  });
});

describe('assignOkrKeys', () => {
  it('gives an objective the same key in later sprints despite small edits', () => {
    const registry = createOkrKeyRegistry();
    const first = assignOkrKeys([okr('Objective 1: Make the harbor crane twice as fast')], 'harbor', '2024-Q3', registry);
    const second = assignOkrKeys([okr('Goal 1 - make the Harbor crane 2x as fast 🚀')], 'harbor', '2024-Q3', registry);
    const third = assignOkrKeys([okr('Make harbor crane twice as fast, for real')], 'harbor', '2024-Q3', registry);
    expect(first[0]!.key).toBe('make-the-harbor-crane-twice-as-fast');
    expect([second[0]!.key, third[0]!.key]).toEqual([first[0]!.key, first[0]!.key]);
  });

  it('gives different objectives different keys, and two look-alike objectives of one sprint distinct keys', () => {
    const registry = createOkrKeyRegistry();
    const result = assignOkrKeys([okr('Reduce costs'), okr('Reduce costs'), okr('Hire two engineers')], 'harbor', '2024-Q3', registry);
    expect(result.map((o) => o.key)).toEqual(['reduce-costs', 'reduce-costs-2', 'hire-two-engineers']);
  });

  it('keys key results under their objective and matches them across sprints', () => {
    const registry = createOkrKeyRegistry();
    const first = assignOkrKeys([okr('Faster crane', [okr('KR: p95 lift under 2 minutes'), okr('KR: zero dropped boxes')])], 'harbor', '2024-Q3', registry);
    const second = assignOkrKeys([okr('Faster crane', [okr('KR: zero dropped boxes!'), okr('KR: p95 lift below 2 minutes')])], 'harbor', '2024-Q3', registry);
    expect(keys(first)).toEqual([['faster-crane', ['faster-crane/p95-lift-under-2-minutes', 'faster-crane/zero-dropped-boxes']]]);
    expect(keys(second)).toEqual([['faster-crane', ['faster-crane/zero-dropped-boxes', 'faster-crane/p95-lift-under-2-minutes']]]);
  });

  it('keeps keys per team and per quarter', () => {
    const registry = createOkrKeyRegistry();
    assignOkrKeys([okr('Faster crane')], 'harbor', '2024-Q3', registry);
    expect(assignOkrKeys([okr('Faster crane v2')], 'harbor', '2024-Q4', registry)[0]!.key).toBe('faster-crane-v2');
    expect(assignOkrKeys([okr('Faster crane v2')], 'compass', '2024-Q3', registry)[0]!.key).toBe('faster-crane-v2');
  });

  it('keeps the title and status as written', () => {
    const result = assignOkrKeys([{ title: 'Faster crane 🏗️', status: 'at-risk', children: [] }], 'harbor', '2024-Q3', createOkrKeyRegistry());
    expect(result).toEqual([{ key: 'faster-crane', title: 'Faster crane 🏗️', status: 'at-risk', children: [] }]);
  });
});

describe('normalizeOkrTitle and status words', () => {
  it('drops status words next to an objective, which change every sprint', () => {
    expect(normalizeOkrTitle('A calmer app (yellow)')).toBe('a calmer app');
    expect(normalizeOkrTitle('A calmer app [on track]')).toBe('a calmer app');
    expect(normalizeOkrTitle('Ship the crane - still in progress')).toBe('ship the crane');
  });

  it('keeps a title that is nothing but numbering', () => {
    expect(normalizeOkrTitle('Objective 1')).toBe('objective 1');
  });
});
