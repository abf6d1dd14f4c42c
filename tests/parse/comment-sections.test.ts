import { describe, expect, it } from 'vitest';
import { parseTeamComment } from '../../src/lib/parse/index.ts';

const sections = (body: string) => parseTeamComment(`# Team Otter\n\n${body}`).items.map((item) => [item.section, item.text]);

describe('sections', () => {
  it.each([
    ['## Retro', 'retro'],
    ['# Retro', 'retro'],
    ['#### Retro', 'retro'],
    ['## Retro & hang over', 'retro'],
    ['## Retro - Tasks', 'retro'],
    ['### What went well', 'retro'],
    ['**Retro**', 'retro'],
    ['Retro:', 'retro'],
    ['## Hang over items from previous sprint', 'carry-over'],
    ['## Carry-over', 'carry-over'],
    ['## High priority', 'high'],
    ['### High prio', 'high'],
    ['## Plan', 'high'],
    ['## This sprint', 'high'],
    ['### Low priority / side quests', 'low'],
    ['### Side quests', 'low'],
    ['Stretch:', 'low'],
    ['## Changelog', 'other'],
    ['## Shipped', 'other'],
  ])('files items under %j as %s', (heading, section) => {
    expect(sections(`${heading}\n\n- Polish the dam @ana-m`)).toEqual([[section, 'Polish the dam']]);
  });

  it('opens the section a heading subtitle names ("Team Falcon — retro")', () => {
    const parsed = parseTeamComment('Team Falcon — retro\n\n✅ Nest boxes installed\n🔴 Winter feeding plan');
    expect({ name: parsed.teamName, aliases: parsed.teamAliases, items: parsed.items.map((item) => [item.section, item.text, item.status]) }).toEqual({
      name: 'Falcon',
      aliases: [],
      items: [
        ['retro', 'Nest boxes installed', 'done'],
        ['retro', 'Winter feeding plan', 'off-track'],
      ],
    });
  });

  it('keeps marked entries before the first section as other work, and leaves notes out', () => {
    expect(sections('- Team dinner on Friday\n- ✅ Patched the north wall\n\n## Retro\n- ✅ Polish the dam')).toEqual([
      ['other', 'Patched the north wall'],
      ['retro', 'Polish the dam'],
    ]);
  });

  it('reads setext headings (underlined with === or ---)', () => {
    expect(parseTeamComment('Team Otter\n==========\n\nRetro\n-----\n- ✅ Polish the dam\n\nHigh priority\n---\n- Build a lodge').items.map((item) => [item.section, item.text])).toEqual([
      ['retro', 'Polish the dam'],
      ['high', 'Build a lodge'],
    ]);
  });

  it('reads a <summary> inside <details> as a section heading', () => {
    expect(sections('<details>\n<summary>Retro</summary>\n\n- ✅ Polish the dam\n</details>\n\n## High priority\n- Build a lodge')).toEqual([
      ['retro', 'Polish the dam'],
      ['high', 'Build a lodge'],
    ]);
  });

  it('keeps high/low sub-headings of a retro in the retro', () => {
    expect(sections('## Retro\n\n### High priority\n- ✅ Polish the dam\n\n### Low priority\n- ❌ Paint it\n\n## OKR\n- Grow\n\n### High priority\n- Build a lodge')).toEqual([
      ['retro', 'Polish the dam'],
      ['retro', 'Paint it'],
      ['high', 'Build a lodge'],
    ]);
  });

  it('puts lists of a comment without any section heading in other', () => {
    expect(parseTeamComment('## Core Things\n\n- Lodge\n  - Replace the roof beams\n  - Move the entrance underwater').items.map((item) => [item.section, item.text])).toEqual([
      ['other', 'Replace the roof beams'],
      ['other', 'Move the entrance underwater'],
    ]);
  });

  it('gives per-person subsections ("## Anders", "@handle" alone) as owners', () => {
    const parsed = parseTeamComment('# Team Otter\n\n# Retro\n\n## Anders\n\n#### River survey\n- Map the shallows\n\n## Lena\n- Count the trout\n\n# High priority\n\n@ana-m\n- Build a lodge\n\n@ben-k\n- Gather wood');
    expect(parsed.items.map((item) => [item.section, item.text, item.owners])).toEqual([
      ['retro', 'Map the shallows', ['Anders']],
      ['retro', 'Count the trout', ['Lena']],
      ['high', 'Build a lodge', ['ana-m']],
      ['high', 'Gather wood', ['ben-k']],
    ]);
  });

  it('reads a lone short line under a plan or hang-over heading as an item, but not a label over a list', () => {
    expect(sections('## Hang over items from previous sprint\n\nReed bed cleanup side-quest\n\n### High priority\n\nNorth pond\n- Reinforce the banks\n\n### Low priority\n\nWe will see how the week goes and pick things up as they come.')).toEqual([
      ['carry-over', 'Reed bed cleanup side-quest'],
      ['high', 'Reinforce the banks'],
    ]);
  });

  it('keeps free prose and template placeholders out of the items', () => {
    const parsed = parseTeamComment(
      '# Team Otter\n\n## Retro\n\nWe mostly did support this time.\n\n- ✅ Polish the dam\n\n## Hang over items from previous sprint\n\n- Item 1. prioritised/deprioritise\n\n### High priority\n\n- ...\n-',
      { templates: ['## Hang over items from previous sprint\n\n- Item 1. prioritised/deprioritise\n'] },
    );
    expect(parsed.items.map((item) => item.text)).toEqual(['Polish the dam']);
  });
});

describe('OKRs', () => {
  const okrs = (body: string) => parseTeamComment(`# Team Otter\n\n${body}`).okrs;

  it.each(['## OKR', '## OKRs', '## OKR Q1 2031', '### Q3 2031 objectives', '## Quarter goals', '<details>\n<summary>Objectives for the quarter</summary>'])(
    'reads objectives under %j',
    (heading) => {
      expect(okrs(`${heading}\n\n- 🟢 Make exports boring\n- Self-serve billing`)).toEqual([
        { title: 'Make exports boring', status: 'on-track', children: [] },
        { title: 'Self-serve billing', status: 'unknown', children: [] },
      ]);
    },
  );

  it('nests key results under their objective', () => {
    expect(okrs('## OKR\n\n1. Retire the old dam\n   - 🟡 Drain the side channel - Owner @ana-m\n   - Move the fish ladder\n2. 🔴 Halve flood alerts')).toEqual([
      {
        title: 'Retire the old dam',
        status: 'unknown',
        children: [
          { title: 'Drain the side channel', status: 'at-risk', children: [] },
          { title: 'Move the fish ladder', status: 'unknown', children: [] },
        ],
      },
      { title: 'Halve flood alerts', status: 'off-track', children: [] },
    ]);
  });

  it('reads "Goal 1:", "Objective 1:" and "KR:" lines and bold objectives', () => {
    expect(okrs('## Quarter goals\n\nGoal 1: Year-round water level @ana-m\nGoal 2: Safer crossings')).toEqual([
      { title: 'Goal 1: Year-round water level', status: 'unknown', children: [] },
      { title: 'Goal 2: Safer crossings', status: 'unknown', children: [] },
    ]);
    expect(okrs('## OKR\n\nObjective 1: Fast queries\nKR: p95 under 1s\nKR: no timeouts')).toEqual([
      {
        title: 'Objective 1: Fast queries',
        status: 'unknown',
        children: [
          { title: 'p95 under 1s', status: 'unknown', children: [] },
          { title: 'no timeouts', status: 'unknown', children: [] },
        ],
      },
    ]);
    expect(okrs('### OKR Q2 2031\n\n**Open the lodge to visitors**\n\n* **Key Results:**\n    * A guest register\n    * A second door')).toEqual([
      {
        title: 'Open the lodge to visitors',
        status: 'unknown',
        children: [
          { title: 'A guest register', status: 'unknown', children: [] },
          { title: 'A second door', status: 'unknown', children: [] },
        ],
      },
    ]);
  });

  it('leaves comments under a judged objective out of its key results', () => {
    expect(okrs('## OKR\n\n- 🟡 Rebuild the weir\n   - started with the east side')).toEqual([{ title: 'Rebuild the weir', status: 'at-risk', children: [] }]);
  });

  it('reads statuses at the end of objectives and set-apart status words', () => {
    expect(okrs('## Quarter goals\n\n1. Quieter turbines 🟡\n2. Remove the old sluice ✅\n3. Plant willows **ongoing**')).toEqual([
      { title: 'Quieter turbines', status: 'at-risk', children: [] },
      { title: 'Remove the old sluice', status: 'done', children: [] },
      { title: 'Plant willows', status: 'in-progress', children: [] },
    ]);
  });

  it('reads sub-headings of an OKR section as objectives, and a status after a label', () => {
    expect(okrs('## Q1 2031 objectives\n\n### 🟡 Every burrow stays dry\n\n- 🟡 Leaks down by half\n\n### 🟢 Crossings you can plan on\n\n- ⚪ Stepping stones')).toEqual([
      { title: 'Every burrow stays dry', status: 'at-risk', children: [{ title: 'Leaks down by half', status: 'at-risk', children: [] }] },
      { title: 'Crossings you can plan on', status: 'on-track', children: [{ title: 'Stepping stones', status: 'not-started', children: [] }] },
    ]);
    expect(okrs('## OKR\n\n**Objective 1: 🔴 No lost logs**\n- KR: 🟢 Weekly log count')).toEqual([
      {
        title: 'Objective 1: No lost logs',
        status: 'off-track',
        children: [{ title: 'Weekly log count', status: 'on-track', children: [] }],
      },
    ]);
  });

  it('keeps unmarked key results under a judged objective', () => {
    expect(okrs('## OKR\n\n1. 🟠 Visitors find us in a day\n   - 🟠 Signposts on the trail\n   - Map at the car park')).toEqual([
      {
        title: 'Visitors find us in a day',
        status: 'at-risk',
        children: [
          { title: 'Signposts on the trail', status: 'at-risk', children: [] },
          { title: 'Map at the car park', status: 'unknown', children: [] },
        ],
      },
    ]);
  });
});
