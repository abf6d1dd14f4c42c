/**
 * The archive the browser tests browse: four sprints over two quarters, three teams (one renamed,
 * one that only joins in the third sprint), OKRs, owners, support heroes and time off, written in
 * the conventions of FORMAT.md. Small enough to build in seconds; every fact the tests look for is
 * exported here so the tests never guess.
 */
import type { FakeComment, FakeIssue, FakeWorld } from '../../tests/fake-github/world.ts';

/** A word that appears in exactly one comment of the archive (Growth's update in sprint 2). */
export const COMMENT_ONLY_WORD = 'quokkaflan';

export interface SiteSprint {
  number: number;
  title: string;
  /** Slug-agnostic fragment of the title the tests match link text with. */
  label: RegExp;
  quarter: string;
}

export const SPRINTS: SiteSprint[] = [
  { number: 101, title: 'Sprint - Aug 4 to Aug 15, 2025', label: /Aug 4/, quarter: '2025-q3' },
  { number: 102, title: 'Sprint - Sep 15 to Sep 26, 2025', label: /Sep 15/, quarter: '2025-q3' },
  { number: 103, title: 'Sprint - Oct 6 to Oct 17, 2025', label: /Oct 6/, quarter: '2025-q4' },
  { number: 104, title: 'Sprint - Oct 20 to Oct 31, 2025', label: /Oct 20/, quarter: '2025-q4' },
];

/** The team that posts only in sprints 103 and 104. */
export const LATE_TEAM = { slug: 'data', name: 'Data' };
export const TEAMS = [
  { slug: 'platform', name: 'Platform' },
  { slug: 'growth', name: 'Growth' },
  LATE_TEAM,
];

const TEMPLATE = [
  '<!-- Each team posts one comment using this template -->',
  '',
  '```md',
  '# Team NAME',
  '**Support hero:** @handle',
  '## Retro',
  '## OKR',
  '## High prio',
  '```',
  '',
  '## 3 things that might take us down',
  '- The database migration',
].join('\n');

function update(team: string, index: number, extra = ''): string {
  const heroes = ['alice', 'bob', 'carol', 'dave'];
  const hero = heroes[(index + team.length) % heroes.length];
  return [
    `# Team ${team}`,
    '',
    `**Support hero:** @${hero}`,
    `**Off:** @erin 2 days`,
    '',
    '## Retro',
    `- ✅ Finish the ${team.toLowerCase()} dashboard @alice`,
    `- 🔴 Migrate the ${team.toLowerCase()} queue @bob`,
    '- [x] Write the runbook @carol',
    '',
    '## OKR',
    `- Objective 1: Make ${team} faster`,
    `  - ${['🟢', '🟡', '🔴', '✅'][index % 4]} KR: p95 latency under 200 ms`,
    `  - ${['🟡', '🟢', '🟢', '✅'][index % 4]} KR: cold start under 1 s`,
    '',
    '## High prio',
    `- Ship the ${team.toLowerCase()} importer @dave`,
    '- Review alerts #12 (owner: @alice)',
    '',
    '## Low prio',
    '- Tidy the wiki',
    extra,
  ].join('\n');
}

/** The world and its config. */
export function buildSiteWorld(): { world: FakeWorld; config: object } {
  let nextComment = 5000;
  const issues: FakeIssue[] = SPRINTS.map((sprint, index) => {
    const created = `2025-${['08-01', '09-12', '10-03', '10-17'][index]}T09:00:00Z`;
    const closed = `2025-${['08-16', '09-27', '10-18', '11-01'][index]}T17:00:00Z`;
    const comment = (login: string, body: string): FakeComment => ({
      databaseId: nextComment++,
      author: { login, type: 'User' },
      body,
      createdAt: created,
      updatedAt: created,
      isMinimized: false,
      minimizedReason: null,
    });
    const comments = [
      comment('alice', update('Platform', index)),
      comment('bob', update(index === 0 ? 'Growth Hackers' : 'Growth', index, index === 1 ? `\nWe finally tasted the ${COMMENT_ONLY_WORD} at the offsite.` : '')),
    ];
    if (index >= 2) comments.push(comment('carol', update('Data', index)));
    comments.push(comment('dave', 'Thanks all, looks good to me.'));
    return {
      number: sprint.number,
      title: sprint.title,
      body: TEMPLATE,
      state: index === SPRINTS.length - 1 ? 'OPEN' : 'CLOSED',
      author: { login: 'alice', type: 'User' },
      createdAt: created,
      updatedAt: closed,
      closedAt: index === SPRINTS.length - 1 ? null : closed,
      lastEditedAt: null,
      labels: ['sprint'],
      comments,
    };
  });
  return {
    world: { repos: [{ owner: 'acme', name: 'planning', issues }] },
    config: {
      title: 'Acme sprint archive',
      repos: ['acme/planning'],
      label: 'sprint',
      teams: {
        platform: { name: 'Platform', aliases: [] },
        growth: { name: 'Growth', aliases: ['Growth Hackers'] },
        data: { name: 'Data', aliases: [] },
      },
    },
  };
}
