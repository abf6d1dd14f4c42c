/** A three-sprint archive: Harbor renamed to Dockside mid-way, Compass missing a sprint, a bot, a reply. */
import { ArchiveConfigSchema } from '../../../src/lib/config/schema.ts';
import { makeComment, makeIssue } from './records.ts';

export const config = ArchiveConfigSchema.parse({
  teams: { harbor: { name: 'Harbor', aliases: ['Dockside'] } },
  people: { bo: ['Bobby'] },
});

const template = ['```md', '# Team <name>', 'Support hero: @', '## Retro', '- ', '## High priority', '- ', '```'].join('\n');

export const issues = [
  makeIssue(1, 'Sprint - Jul 1 to Jul 12', '2024-06-26T09:00:00Z', `Plan below.\n${template}`),
  makeIssue(2, 'Sprint - Jul 15 to Jul 26', '2024-07-10T09:00:00Z', `Plan below.\n${template}`),
  makeIssue(3, 'Sprint - Jul 29 to Aug 9', '2024-07-24T09:00:00Z', `Plan below.\n${template}`),
];

export const comments = [
  makeComment(1, 102, 'dee', '2024-06-27T10:00:00Z', ['# Team Compass', '## Retro', '- ✅ map update @dee', '## High priority', '- north arrow @dee'].join('\n')),
  makeComment(
    1,
    101,
    'ana',
    '2024-06-27T09:00:00Z',
    [
      '# Team Harbor',
      'Support hero: @bo',
      'Away: @cy',
      '## OKRs',
      '- 🟢 Faster crane',
      '  - 🟡 KR: p95 lift under 2 minutes',
      '## Retro',
      '- ✅ dock repaint @ana',
      '- 🔴 buoy refit @bo',
      '## High priority',
      '- new crane rails @ana https://github.com/acme/harbor/issues/7',
      '- buoy refit @bo',
      '## Low priority',
      '- tidy shed',
    ].join('\n'),
  ),
  makeComment(1, 103, 'zed', '2024-06-28T09:00:00Z', 'Looks good to me!'),
  makeComment(
    2,
    201,
    'ana',
    '2024-07-11T09:00:00Z',
    [
      '# Team ~~Harbor~~ Dockside',
      'Support hero: @ana',
      '## OKRs',
      '- 🟡 Faster crane!',
      '  - 🔴 KR: p95 lift below 2 minutes',
      '## Retro',
      '- ✅ new crane rails @ana',
      '- 🔴 buoy refit @bo',
      '## Carry-over',
      '- tidy shed',
      '## High priority',
      '- paint bollards @bo',
    ].join('\n'),
  ),
  makeComment(2, 202, 'tidy-bot', '2024-07-11T10:00:00Z', 'This issue is getting long.', 'Bot'),
  makeComment(3, 301, 'ana', '2024-07-25T09:00:00Z', ['# Team Dockside', 'Support hero: @Bobby', '## Retro', '- ✅ paint bollards @bo'].join('\n')),
  makeComment(3, 302, null, '2024-07-25T10:00:00Z', ['# Team Compass', 'Away: @bobby', '## Retro', '- ✅ north arrow @dee'].join('\n')),
];
