import { describe, expect, it } from 'vitest';
import { DEFAULT_EMOJI_STATUS, parseTeamComment, readLegendPairs, statusFromWords } from '../../src/lib/parse/index.ts';

const statusIn = (section: string, line: string, extra = '') => parseTeamComment(`# Team Otter\n${extra}\n\n## ${section}\n\n${line}`).items.map((item) => item.status);

describe('status from emoji', () => {
  it.each([
    ['✅', 'done'],
    ['🟢', 'on-track'],
    ['🟡', 'at-risk'],
    ['🟠', 'at-risk'],
    ['🔴', 'off-track'],
    ['❌', 'not-done'],
    ['⚪', 'not-started'],
    ['⚪️', 'not-started'],
    ['🌀', 'in-progress'],
    ['🏗️', 'in-progress'],
    ['⌛', 'in-progress'],
    ['🟣', 'in-progress'],
    ['🔄', 'in-progress'],
    ['♻️', 'in-progress'],
    ['⛔', 'blocked'],
    ['🛑', 'blocked'],
    ['🚫', 'abandoned'],
    [':white_check_mark:', 'done'],
    [':red_circle:', 'off-track'],
  ])('reads %s at the start of an item as %s by default', (emoji, status) => {
    expect(statusIn('Retro', `- ${emoji} Polish the dam`)).toEqual([status]);
  });

  it('reads the emoji at the end of an item, after an arrow, or after the owner', () => {
    expect(statusIn('Retro', '- Polish the dam @ana-m ✅\n- Paint it - @ben-k - ❌\n- Build a lodge @ana-m -> 🟢 we will release by Friday\n- hiring (@ben-k) 🔴')).toEqual([
      'done',
      'not-done',
      'on-track',
      'off-track',
    ]);
  });

  it('does not read mood emoji as statuses', () => {
    expect(statusIn('Retro', '- 🥳 Party for the launch\n- Too many alarms 🔥')).toEqual(['unknown', 'unknown']);
  });

  it('upgrades a green "🟢 Done" to done, but keeps amber with a partial note', () => {
    expect(statusIn('Retro', '@ana-m - lodge roof 🟢 Done, gutters next\n@ana-m - fences 🟡 done on the east side')).toEqual(['done', 'at-risk']);
  });
});

describe('status from checkboxes and words', () => {
  it('reads [x] as done and [ ] as not started in a retro', () => {
    expect(statusIn('Retro', '- [x] Polish the dam\n- [ ] Paint it')).toEqual(['done', 'not-started']);
  });

  it('reads [ ] and no marker as unknown in a plan', () => {
    expect(statusIn('High priority', '- [ ] Polish the dam\n- Paint it')).toEqual(['unknown', 'unknown']);
  });

  it('lets words on an open box say how far it got', () => {
    expect(statusIn('Retro', '- [ ] Lodge plan: in progress\n- [ ] Roof - first half done by now\n- [ ] Paint the door - no movement yet')).toEqual([
      'in-progress',
      'in-progress',
      'not-started',
    ]);
  });

  it('reads words in retro items and their prose sub-bullets', () => {
    expect(statusIn('Retro', '- Fish ladder\n   - Carry over, the river rose\n- Nest count - Status: done\n- Still in progress: the nest count\n- Bank survey --> rollover\n- Second lodge - deprioritised\n- Weir repair blocked on parts')).toEqual([
      'in-progress',
      'done',
      'in-progress',
      'in-progress',
      'abandoned',
      'blocked',
    ]);
  });

  it('gives unmarked items the status of the heading they sit under ("### Done", "**In progress**")', () => {
    const parsed = parseTeamComment('# Team Otter\n\n## Retro\n\n### Done\n- Polish the dam\n- 🔴 Paint it\n\n**In progress**\n- Build a lodge\n\n### Blocked\n- Order wood\n\n## High priority\n- Gather stones');
    expect(parsed.items.map((item) => [item.section, item.text, item.status])).toEqual([
      ['retro', 'Polish the dam', 'done'],
      ['retro', 'Paint it', 'off-track'],
      ['retro', 'Build a lodge', 'in-progress'],
      ['retro', 'Order wood', 'blocked'],
      ['high', 'Gather stones', 'unknown'],
    ]);
  });

  it('reads a struck-through item as abandoned', () => {
    expect(statusIn('Retro', '- ~~Side project: a boat~~ decided against it\n- ~~Old idea~~')).toEqual(['abandoned', 'abandoned']);
  });

  it('reads a status stated at the end of an item in any section: "(green)", "- at risk", "Status: done"', () => {
    expect(statusIn('This sprint', '- Reed harvest (yellow)\n- Bank survey - at risk\n- Nest count - Status: in progress\n- Lodge (carry over)')).toEqual([
      'at-risk',
      'at-risk',
      'in-progress',
      'in-progress',
    ]);
    const okrs = parseTeamComment('# Team Otter\n\n## OKR\n\n1. No flooded burrows (red)\n   - Pumps checked weekly (green)').okrs;
    expect(okrs).toEqual([
      { title: 'No flooded burrows', status: 'off-track', children: [{ title: 'Pumps checked weekly', status: 'on-track', children: [] }] },
    ]);
  });

  it.each([
    ['done', 'done'],
    ['shipped', 'done'],
    ['green', null],
    ['on track', 'on-track'],
    ['at risk', 'at-risk'],
    ["won't finish", 'off-track'],
    ['missed', 'off-track'],
    ['not done', 'not-done'],
    ["didn't happen", 'not-done'],
    ['in progress', 'in-progress'],
    ['WIP', 'in-progress'],
    ['carry over', 'in-progress'],
    ['not started', 'not-started'],
    ['blocked', 'blocked'],
    ['dropped', 'abandoned'],
    ['deprioritized', 'abandoned'],
    ['a sunny day', null],
  ])('maps the words %j to %s', (words, status) => {
    expect(statusFromWords(words)).toBe(status);
  });
});

describe('legends', () => {
  it('reads a legend line', () => {
    expect(readLegendPairs("✅=finished 🟡=in progress 🔴=won't finish ⚪=not started")).toEqual({
      '✅': 'done',
      '🟡': 'in-progress',
      '🔴': 'off-track',
      '⚪': 'not-started',
    });
    expect(readLegendPairs('🟢=finished')).toEqual({ '🟢': 'done' });
    expect(readLegendPairs('🔵 = Abandoned')).toEqual({ '🔵': 'abandoned' });
    expect(readLegendPairs('🟣 = Ongoing')).toEqual({ '🟣': 'in-progress' });
  });

  it('does not read an item as a legend', () => {
    expect(readLegendPairs('🟢 - done with the migration')).toEqual({});
    expect(readLegendPairs('🟢 Polish the dam')).toEqual({});
  });

  it('applies a legend written in the text to the whole comment, overriding defaults', () => {
    expect(statusIn('Retro', '- 🟢 Polish the dam\n- 🟡 Paint it\n- 🔵 Old plan', '\n🟢=finished 🟡=in progress 🔵 = Abandoned')).toEqual(['done', 'in-progress', 'abandoned']);
  });

  it('applies a legend inside <details>, one pair per line, even after the items', () => {
    const body = '# Team Otter\n\n## Quarter goals\n\n1. Quieter turbines 🟡\n2. Remove the old sluice 🟢\n\n<details>\n⚪ = Not started yet\n🟡 = Still in progress\n🟢 = Finished\n</details>';
    expect(parseTeamComment(body).okrs.map((okr) => okr.status)).toEqual(['in-progress', 'done']);
  });

  it('applies a legend in a heading', () => {
    expect(statusIn('Retro (🟢 = done, 🔴 = dropped)', '- 🟢 Polish the dam\n- 🔴 Paint it')).toEqual(['done', 'abandoned']);
  });

  it('keeps default meanings for a heading that only lists emoji', () => {
    expect(statusIn('Retro 🟢 🟡 🔴', '- 🟢 Polish the dam')).toEqual(['on-track']);
  });

  it('keeps the defaults table in line with the labelling guide', () => {
    expect(DEFAULT_EMOJI_STATUS['✅']).toBe('done');
    expect(DEFAULT_EMOJI_STATUS['🟢']).toBe('on-track');
  });
});
