import { describe, expect, it } from 'vitest';
import { parseTeamComment } from '../../src/lib/parse/index.ts';

const items = (lines: string, section = 'Retro', options = {}) => parseTeamComment(`# Team Otter\n\n## ${section}\n\n${lines}`, options).items;
const owned = (lines: string, section = 'High priority') => items(lines, section).map((item) => [item.text, item.owners]);

describe('owners', () => {
  it.each([
    ['- Polish the dam @ana-m', ['ana-m']],
    ['- @ana-m Polish the dam', ['ana-m']],
    ['- @ana-m - Polish the dam', ['ana-m']],
    ['@ana-m - Polish the dam', ['ana-m']],
    ['- Polish the dam (owner: @ana-m)', ['ana-m']],
    ['- Polish the dam - Owner @ana-m', ['ana-m']],
    ['- [Thomas] Polish the dam', ['Thomas']],
    ['- Polish the dam - Ted', ['Ted']],
    ['- Polish the dam (Julian, Marius)', ['Julian', 'Marius']],
    ['- Polish the dam (Lena->Omar)', ['Lena', 'Omar']],
    ['- Polish the dam - @ana-m / @ben-k', ['ana-m', 'ben-k']],
    ['- Polish the dam (@ana-m and @ben-k)', ['ana-m', 'ben-k']],
    ['- Polish the dam @ana-m - did not get to it', ['ana-m']],
    ['- Polish the dam @ana-m (if time allows)', ['ana-m']],
  ])('reads the owners of %j', (line, owners) => {
    expect(owned(line)[0]).toEqual(['Polish the dam', owners]);
  });

  it('reads an owner written before a trailing link, keeping the link', () => {
    expect(owned('- Polish the dam @ana-m https://example.com/pull/1')).toEqual([['Polish the dam https://example.com/pull/1', ['ana-m']]]);
  });

  it('leaves people mentioned mid-sentence out of the owners', () => {
    expect(owned('- Help @ben-k test the dam (for the beavers) @ana-m')).toEqual([['Help @ben-k test the dam (for the beavers)', ['ana-m']]]);
  });

  it('does not read status words or placeholders as plain-name owners', () => {
    expect(items('- Dam report - Done').map((item) => item.status)).toEqual(['done']);
    expect(owned('- Dam report - Done\n- Lodge survey - TBD', 'Retro')).toEqual([
      ['Dam report', []],
      ['Lodge survey - TBD', []],
    ]);
  });

  it('gives grouped items the owner of their handle bullet', () => {
    expect(owned('- @ana-m\n  - ✅ Polish the dam\n  - 🟡 Paint it\n- @ben-k\n\t- ❌ Build a lodge', 'Retro')).toEqual([
      ['Polish the dam', ['ana-m']],
      ['Paint it', ['ana-m']],
      ['Build a lodge', ['ben-k']],
    ]);
  });

  it('reads per-person retro lines ("Lena: …") as owned by that person', () => {
    expect(owned('- Lena: Mostly code review this time\n- Omar: Continued progress on the lodge', 'Retro')).toEqual([
      ['Mostly code review this time', ['Lena']],
      ['Continued progress on the lodge', ['Omar']],
    ]);
  });
});

describe('items', () => {
  it('keeps links as Markdown in the text and lists their URLs', () => {
    expect(items('- ✅ [Ship the lodge](https://example.com/issues/7) see https://example.com/pull/8 @ana-m')).toEqual([
      {
        section: 'retro',
        text: '[Ship the lodge](https://example.com/issues/7) see https://example.com/pull/8',
        status: 'done',
        owners: ['ana-m'],
        links: ['https://example.com/issues/7', 'https://example.com/pull/8'],
      },
    ]);
  });

  it('lists marked sub-tasks as items and prose sub-bullets as details', () => {
    expect(items('- ✅ Release the lodge\n  - docs are live\n  - ✅ Changelog entry\n  - 🟡 Announcement\n- Continue the dam @ana-m\n  - ✅ north wall\n  - east wall (stretch)').map((item) => [item.text, item.status, item.owners])).toEqual([
      ['Release the lodge', 'done', []],
      ['Changelog entry', 'done', []],
      ['Announcement', 'at-risk', []],
      ['Continue the dam', 'unknown', ['ana-m']],
      ['north wall', 'done', ['ana-m']],
      ['east wall (stretch)', 'unknown', ['ana-m']],
    ]);
  });

  it('does not list a short grouping label as an item', () => {
    expect(items('- Lodge\n  - ✅ roof\n  - ❌ door\n- Misc:\n  - ✅ paint').map((item) => item.text)).toEqual(['roof', 'door', 'paint']);
  });

  it('reads emoji lines without bullets, nested by indentation', () => {
    expect(items('✅ Release the lodge\n  ✅ Changelog entry\n🟡 Wrap up the dam').map((item) => [item.text, item.status])).toEqual([
      ['Release the lodge', 'done'],
      ['Changelog entry', 'done'],
      ['Wrap up the dam', 'at-risk'],
    ]);
  });

  it('keeps mood emoji shortcodes whole in the text', () => {
    expect(items('- 🟢 Seal the spillway :rocket: [Tove]').map((item) => [item.text, item.owners])).toEqual([['Seal the spillway :rocket:', ['Tove']]]);
  });

  it('reads numbered lists, including "2.🟢" without a space', () => {
    expect(items('1. 🟡 Polish the dam\n2.🟢 Paint it').map((item) => [item.text, item.status])).toEqual([
      ['Polish the dam', 'at-risk'],
      ['Paint it', 'on-track'],
    ]);
  });

  it('ignores tables, code blocks and HTML comments', () => {
    expect(items('<!-- list what you did -->\n```\n- ✅ not an item\n```\n| a | b |\n|---|---|\n| ✅ | x |\n- ✅ Real item').map((item) => item.text)).toEqual(['Real item']);
  });

  it('reads lines in a blockquote', () => {
    expect(items('> - ✅ Quoted item').map((item) => item.text)).toEqual(['Quoted item']);
  });
});

describe('truncated comments', () => {
  it('drops the last line of a cut-off comment', () => {
    expect(items('- ✅ Polish the dam\n- 🟡 Paint the lo', 'Retro', { truncated: true }).map((item) => item.text)).toEqual(['Polish the dam']);
  });

  it('keeps a last line that ends with its owner handle', () => {
    expect(items('- ✅ Polish the dam\n- 🟡 Paint the lodge @ana-m', 'Retro', { truncated: true }).map((item) => item.text)).toEqual([
      'Polish the dam',
      'Paint the lodge',
    ]);
  });

  it('keeps a comment cut inside <details> or mid-heading', () => {
    const parsed = parseTeamComment('# Team Otter\n\n## Retro\n<details>\n<summary>Retro items</summary>\n\n- ✅ Polish the dam\n- ✅ Paint\n\n## OK', { truncated: true });
    expect(parsed.items.map((item) => item.text)).toEqual(['Polish the dam', 'Paint']);
    expect(parsed.structured).toBe(true);
  });
});

describe('fallback', () => {
  it('keeps an update with nothing recognised as unstructured', () => {
    expect(parseTeamComment('# Team Otter\n\nWe had a calm sprint, mostly reading.')).toMatchObject({ isUpdate: true, teamName: 'Otter', structured: false, items: [], okrs: [] });
  });

  it('never throws on non-string input', () => {
    expect(parseTeamComment(undefined as unknown as string).structured).toBe(false);
  });
});
