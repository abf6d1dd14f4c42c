import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTeamComment, STATUSES, SECTIONS, type ParsedComment } from '../../src/lib/parse/index.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/comments/${name}`, import.meta.url), 'utf8');

const FRAGMENTS = [
  '# Team Otter', '## Team ~Old~ New', '**Team Pipes**, piping', '## Retro', '### High priority', '## OKR Q1 2031', 'Retro:', '<details>', '</details>',
  '<summary>Retro</summary>', '<summary>', '</summary>', '<Details><summary>OKR</summary>', '- ', '* ', '  - ', '\t- ', '1. ', '2.', '- [ ] ', '- [x] ',
  '✅', '🟢', '🟡', '🔴', '⚪', '🔵', '🚫', '❌', '🏗️', ':white_check_mark:', '✅=finished', '🟡 = in progress', '@ana-m', '@', '@@', '(owner: @x)', '[Thomas]',
  ' - Ted', '(Julian, Marius)', '->', '-->', '~~', '~', '**', '__', '`', '```', '~~~', '| a | b |', '|---|', '> ', '---', '***', '<!--', '-->', '[link](https://x.y/1)',
  'https://example.com/a', '**Support hero:**', 'Support: Ben', 'Off: Lena (2 days)', 'Days off:', 'Omar: 0 days', 'OOO', 'Objective 1:', 'KR:', 'Goal 2:',
  '**Key Results:**', 'done', 'carry over', 'won\'t finish', ' ', '\n', '\n\n', '\r\n', '\t', '(', ')', '[', ']', ':', 'é', '👍', '🧪', '\u200d', '\uFE0F',
];

const markdownSoup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }).map((parts) => parts.join(''));
const lineSoup = fc
  .array(fc.tuple(fc.constantFrom('', '  ', '    ', '\t', '\t\t'), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }), fc.string({ maxLength: 20 })), { maxLength: 80 })
  .map((lines) => lines.map(([indent, parts, text]) => `${indent}${parts.join('')}${text}`).join('\n'));

function expectWellFormed(parsed: ParsedComment): void {
  expect(typeof parsed.isUpdate).toBe('boolean');
  expect(typeof parsed.structured).toBe('boolean');
  for (const item of parsed.items) {
    expect(SECTIONS).toContain(item.section);
    expect(STATUSES).toContain(item.status);
    expect(Array.isArray(item.owners)).toBe(true);
  }
  const visit = (okrs: ParsedComment['okrs']): void => {
    for (const okr of okrs) {
      expect(STATUSES).toContain(okr.status);
      visit(okr.children);
    }
  };
  visit(parsed.okrs);
  expect(parsed.structured).toBe(parsed.items.length + parsed.okrs.length + parsed.supportHeroes.length + parsed.away.length > 0);
}

/** CPU milliseconds spent by this process: unlike wall time, not inflated when other jobs share the machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed(body: string, truncated = false): { parsed: ParsedComment; ms: number } {
  const started = cpuMs();
  const parsed = parseTeamComment(body, { truncated });
  return { parsed, ms: cpuMs() - started };
}

describe('parseTeamComment never throws and never loops', () => {
  it('returns a well-formed result for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'grapheme' }), fc.boolean(), (body, truncated) => {
        expectWellFormed(parseTeamComment(body, { truncated }));
      }),
      { numRuns: 400 },
    );
  });

  it('returns a well-formed result for Markdown-ish soups of headings, bullets, emoji, details, tables and fences', () => {
    fc.assert(
      fc.property(markdownSoup, (body) => {
        expectWellFormed(parseTeamComment(body));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(lineSoup, fc.boolean(), (body, truncated) => {
        expectWellFormed(parseTeamComment(body, { truncated }));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the team and what is complete when a comment is cut at any position', () => {
    const body = fixture('full-update.md');
    const full = parseTeamComment(body);
    for (let cut = 0; cut <= body.length; cut++) {
      const parsed = parseTeamComment(body.slice(0, cut), { truncated: true });
      expectWellFormed(parsed);
      // Whatever survives the cut is an item of the full comment (text may only be shorter).
      for (const item of parsed.items) expect(full.items.some((whole) => whole.text.startsWith(item.text.slice(0, 10)))).toBe(true);
      if (cut > body.indexOf('## Retro')) expect(parsed.teamName).toBe('Harbor');
    }
  });

  it('parses 65,536-character comments in bounded time', () => {
    const base = fixture('full-update.md');
    const bodies = [
      base.repeat(Math.ceil(65_536 / base.length)).slice(0, 65_536),
      ' '.repeat(65_535) + 'x',
      '- '.repeat(32_768),
      '@'.repeat(65_536),
      '🟢='.repeat(21_845),
      '<details>'.repeat(7_281),
      `- ${'a'.repeat(65_534)}`,
      `- ${'@a '.repeat(21_844)}`,
      '\t'.repeat(32_768) + '- x',
      '~'.repeat(65_536),
      `# Team ${'x '.repeat(32_760)}`,
      '```\n'.repeat(16_384),
      `- item ${'( '.repeat(32_000)}`,
      `- Polish${' -'.repeat(32_000)} @ana`,
      `# Team X\n## Retro\n- x ${'@a '.repeat(21_000)}`,
      `# Team X\n## Retro\n- x ${'(@a '.repeat(16_000)}`,
      `# Team X\n## Retro\n- x (${'Ann, '.repeat(13_000)}`,
      `# Team X\n## Retro\n- x${' Status: '.repeat(7_000)}`,
      `# Team ${'(A '.repeat(21_000)}`,
      `Ann${' and Bob'.repeat(8_000)} is off`,
      `# Team X\n## OKR\n${'**a**\n'.repeat(10_000)}`,
      `# Team X\n## Retro\n${'- @a\n'.repeat(13_000)}`,
      `# Team X\n${'## Retro\n### High\n<details>\n<summary>OKR</summary>\n'.repeat(1_000)}`,
    ];
    for (const body of bodies) {
      const { parsed, ms } = timed(body);
      expectWellFormed(parsed);
      expect(ms).toBeLessThan(1000);
    }
  });

  it('parses 65,536-character random soups in bounded time', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 30_000, maxLength: 30_000 }), (parts) => {
        const body = parts.join('').slice(0, 65_536);
        const { parsed, ms } = timed(body, true);
        expectWellFormed(parsed);
        expect(ms).toBeLessThan(1000);
      }),
      { numRuns: 10 },
    );
  });

  it('parses a demo-sized archive of 500 comments well under a second', () => {
    const bodies = Array.from({ length: 500 }, (_, index) => fixture(index % 2 ? 'full-update.md' : 'details-retro.md').replaceAll('Otter', `Team${index}`));
    for (const body of bodies) parseTeamComment(body);
    const started = cpuMs();
    for (const body of bodies) parseTeamComment(body);
    // Steady state (after one warm-up pass): ~100 ms of CPU here; the bound leaves room for slower runners.
    expect(cpuMs() - started).toBeLessThan(1000);
  });
});
