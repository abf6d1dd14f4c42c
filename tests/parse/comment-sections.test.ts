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
    const parsed = parseTeamComment('Team Falcon — retro\n\n✅ Release 2.3 shipped\n🔴 Billing export');
    expect({ name: parsed.teamName, aliases: parsed.teamAliases, items: parsed.items.map((item) => [item.section, item.text, item.status]) }).toEqual({
      name: 'Falcon',
      aliases: [],
      items: [
        ['retro', 'Release 2.3 shipped', 'done'],
        ['retro', 'Billing export', 'off-track'],
      ],
    });
  });

  it('keeps marked entries before the first section as other work, and leaves notes out', () => {
    expect(sections('- Offsite 22-26 Jan\n- ✅ Hotfix for the login page\n\n## Retro\n- ✅ Polish the dam')).toEqual([
      ['other', 'Hotfix for the login page'],
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
    expect(parseTeamComment('## Core Things\n\n- Recordings\n  - Fix ingestion bugs\n  - Drop the per-day filter').items.map((item) => [item.section, item.text])).toEqual([
      ['other', 'Fix ingestion bugs'],
      ['other', 'Drop the per-day filter'],
    ]);
  });

  it('gives per-person subsections ("## Anders", "@handle" alone) as owners', () => {
    const parsed = parseTeamComment('# Team Otter\n\n# Retro\n\n## Anders\n\n#### Device ids\n- Add bucketing option\n\n## Juraj\n- Fix canary alarms\n\n# High priority\n\n@ana-m\n- Build a lodge\n\n@ben-k\n- Gather wood');
    expect(parsed.items.map((item) => [item.section, item.text, item.owners])).toEqual([
      ['retro', 'Add bucketing option', ['Anders']],
      ['retro', 'Fix canary alarms', ['Juraj']],
      ['high', 'Build a lodge', ['ana-m']],
      ['high', 'Gather wood', ['ben-k']],
    ]);
  });

  it('reads a lone short line under a plan or hang-over heading as an item, but not a label over a list', () => {
    expect(sections('## Hang over items from previous sprint\n\nFlag autocapture side-quest\n\n### High priority\n\nData warehouse\n- Make joins work\n\n### Low priority\n\nWe will see how the week goes and pick things up as they come.')).toEqual([
      ['carry-over', 'Flag autocapture side-quest'],
      ['high', 'Make joins work'],
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
    expect(okrs('## OKR\n\n1. Deprecate the old apps\n   - 🟡 Remove processing apps - Owner @ana-m\n   - Finish batch exports\n2. 🔴 Limit what users can send')).toEqual([
      {
        title: 'Deprecate the old apps',
        status: 'unknown',
        children: [
          { title: 'Remove processing apps', status: 'at-risk', children: [] },
          { title: 'Finish batch exports', status: 'unknown', children: [] },
        ],
      },
      { title: 'Limit what users can send', status: 'off-track', children: [] },
    ]);
  });

  it('reads "Goal 1:", "Objective 1:" and "KR:" lines and bold objectives', () => {
    expect(okrs('## Quarter goals\n\nGoal 1: Agent-first search @ana-m\nGoal 2: Faster imports')).toEqual([
      { title: 'Goal 1: Agent-first search', status: 'unknown', children: [] },
      { title: 'Goal 2: Faster imports', status: 'unknown', children: [] },
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
    expect(okrs('### OKR Q2 2031\n\n**Release the warehouse to everyone**\n\n* **Key Results:**\n    * Reliable schemas\n    * A wizard')).toEqual([
      {
        title: 'Release the warehouse to everyone',
        status: 'unknown',
        children: [
          { title: 'Reliable schemas', status: 'unknown', children: [] },
          { title: 'A wizard', status: 'unknown', children: [] },
        ],
      },
    ]);
  });

  it('leaves comments under a judged objective out of its key results', () => {
    expect(okrs('## OKR\n\n- 🟡 Port insights\n   - started with lifecycle')).toEqual([{ title: 'Port insights', status: 'at-risk', children: [] }]);
  });

  it('reads statuses at the end of objectives and set-apart status words', () => {
    expect(okrs('## Quarter goals\n\n1. Isolated infra 🟡\n2. Delete old code ✅\n3. Convert all insights **ongoing**')).toEqual([
      { title: 'Isolated infra', status: 'at-risk', children: [] },
      { title: 'Delete old code', status: 'done', children: [] },
      { title: 'Convert all insights', status: 'in-progress', children: [] },
    ]);
  });

  it('reads sub-headings of an OKR section as objectives, and a status after a label', () => {
    expect(okrs('## Q1 2031 objectives\n\n### 🟡 Every parcel on the right door\n\n- 🟡 Accuracy above 97%\n\n### 🟢 Travel times you can plan on\n\n- ⚪ Truck restrictions')).toEqual([
      { title: 'Every parcel on the right door', status: 'at-risk', children: [{ title: 'Accuracy above 97%', status: 'at-risk', children: [] }] },
      { title: 'Travel times you can plan on', status: 'on-track', children: [{ title: 'Truck restrictions', status: 'not-started', children: [] }] },
    ]);
    expect(okrs('## OKR\n\n**Objective 1: 🔴 Invoices right the first time**\n- KR: 🟢 Nightly reconciliation')).toEqual([
      {
        title: 'Objective 1: Invoices right the first time',
        status: 'off-track',
        children: [{ title: 'Nightly reconciliation', status: 'on-track', children: [] }],
      },
    ]);
  });

  it('keeps unmarked key results under a judged objective', () => {
    expect(okrs('## OKR\n\n1. 🟠 Partners integrate in a day\n   - 🟠 Sandbox signup\n   - Quickstart under 15 minutes')).toEqual([
      {
        title: 'Partners integrate in a day',
        status: 'at-risk',
        children: [
          { title: 'Sandbox signup', status: 'at-risk', children: [] },
          { title: 'Quickstart under 15 minutes', status: 'unknown', children: [] },
        ],
      },
    ]);
  });
});
