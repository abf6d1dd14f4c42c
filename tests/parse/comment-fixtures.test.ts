import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTeamComment } from '../../src/lib/parse/index.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/comments/${name}`, import.meta.url), 'utf8');

describe('parseTeamComment on whole comments', () => {
  it('reads a full update: joke line, subtitle, people, legend, retro, hang-over, nested OKRs, plans', () => {
    expect(parseTeamComment(fixture('full-update.md'))).toEqual({
      isUpdate: true,
      teamHeading: '# Team Harbor, keepers of the docks',
      teamName: 'Harbor',
      teamAliases: ['keepers of the docks'],
      supportHeroes: ['wren-k'],
      away: ['ossian'],
      legend: { '✅': 'done', '🟡': 'in-progress', '🔴': 'off-track', '⚪': 'not-started' },
      okrs: [
        {
          title: 'Objective 1: Make exports boring',
          status: 'on-track',
          children: [
            { title: 'p95 export under 2 minutes', status: 'in-progress', children: [] },
            { title: 'zero manual re-runs', status: 'off-track', children: [] },
          ],
        },
        { title: 'Objective 2: Self-serve billing', status: 'unknown', children: [] },
      ],
      items: [
        { section: 'retro', text: 'Move billing jobs to the new queue', status: 'done', owners: ['wren-k'], links: [] },
        { section: 'retro', text: 'Rewrite the export worker', status: 'in-progress', owners: ['ossian'], links: [] },
        { section: 'retro', text: 'Dark mode for the admin panel', status: 'off-track', owners: ['tamsin'], links: [] },
        { section: 'retro', text: 'Audit log retention', status: 'not-started', owners: ['Petra'], links: [] },
        { section: 'carry-over', text: 'Flaky upload test', status: 'unknown', owners: ['Petra'], links: [] },
        { section: 'high', text: 'Finish the export worker', status: 'unknown', owners: ['ossian'], links: [] },
        {
          section: 'high',
          text: 'Ship [queue dashboards](https://example.com/harbor/pull/12)',
          status: 'unknown',
          owners: ['wren-k'],
          links: ['https://example.com/harbor/pull/12'],
        },
        { section: 'low', text: 'Try the new linter', status: 'unknown', owners: ['Julian', 'Marius'], links: [] },
      ],
      structured: true,
    });
  });

  it('keeps plan headings inside a retro <details> in the retro, and the ones after it in the plan', () => {
    const parsed = parseTeamComment(fixture('details-retro.md'));
    expect(parsed.teamName).toBe('Lighthouse');
    expect(parsed.supportHeroes).toEqual(['Ben']);
    expect(parsed.away).toEqual(['Clara']);
    expect(parsed.items).toEqual([
      { section: 'retro', text: 'Lamp controller firmware', status: 'done', owners: ['nadia-b'], links: [] },
      { section: 'retro', text: 'Beam calibration', status: 'blocked', owners: ['nadia-b'], links: [] },
      { section: 'retro', text: 'Fog horn schedule', status: 'not-started', owners: ['omar'], links: [] },
      { section: 'high', text: 'Beam calibration', status: 'unknown', owners: ['nadia-b'], links: [] },
      { section: 'high', text: 'Spare bulbs inventory', status: 'unknown', owners: ['nadia-b'], links: [] },
    ]);
  });

  it('treats a reply as discussion with nothing structured', () => {
    expect(parseTeamComment(fixture('discussion.md'))).toEqual({
      isUpdate: false,
      teamHeading: null,
      teamName: null,
      teamAliases: [],
      supportHeroes: [],
      away: [],
      okrs: [],
      items: [],
      legend: {},
      structured: false,
    });
  });
});
