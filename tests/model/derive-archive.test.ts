import { describe, expect, it } from 'vitest';
import { deriveArchiveModel } from '../../src/lib/model/derive-archive.ts';
import type { Item } from '../../src/lib/parse/types.ts';
import { comments, config, issues } from './helpers/small-archive.ts';
import { parseStandInComment } from './helpers/stand-in-parser.ts';

const item = (section: Item['section'], text: string, status: Item['status'], owners: string[] = [], links: string[] = []): Item => ({ section, text, status, owners, links });
const url = (issue: number, id: number) => `https://github.com/acme/planning/issues/${issue}#issuecomment-${id}`;
const S1 = 'acme/planning#1';
const S2 = 'acme/planning#2';
const S3 = 'acme/planning#3';

describe('deriveArchiveModel on a small hand-written archive', () => {
  const model = deriveArchiveModel(issues, comments, config, parseStandInComment);

  it('lists sprints newest first with dates, quarter, classified comments in display order and anchored updates', () => {
    expect(
      model.sprints.map((s) => ({ id: s.id, slug: s.slug, start: s.start, end: s.end, quarter: s.quarter, comments: s.comments, updates: s.updates.map((u) => [u.team, u.teamName, u.anchor, u.commentUrl]) })),
    ).toEqual([
      { id: S3, slug: 'acme-planning-3', start: '2024-07-29', end: '2024-08-09', quarter: '2024-Q3', comments: [{ id: 'IC_301', kind: 'update' }, { id: 'IC_302', kind: 'update' }], updates: [['harbor', 'Dockside', 'team-harbor', url(3, 301)], ['compass', 'Compass', 'team-compass', url(3, 302)]] },
      { id: S2, slug: 'acme-planning-2', start: '2024-07-15', end: '2024-07-26', quarter: '2024-Q3', comments: [{ id: 'IC_201', kind: 'update' }, { id: 'IC_202', kind: 'bot' }], updates: [['harbor', 'Harbor', 'team-harbor', url(2, 201)]] },
      { id: S1, slug: 'acme-planning-1', start: '2024-07-01', end: '2024-07-12', quarter: '2024-Q3', comments: [{ id: 'IC_101', kind: 'update' }, { id: 'IC_102', kind: 'update' }, { id: 'IC_103', kind: 'discussion' }], updates: [['harbor', 'Harbor', 'team-harbor', url(1, 101)], ['compass', 'Compass', 'team-compass', url(1, 102)]] },
    ]);
  });

  it('puts the renamed team on one timeline with retro rates, carry-over and heroes', () => {
    const crane1 = { key: 'faster-crane', title: 'Faster crane', status: 'on-track', children: [{ key: 'faster-crane/p95-lift-under-2-minutes', title: 'KR: p95 lift under 2 minutes', status: 'at-risk', children: [] }] };
    const crane2 = { key: 'faster-crane', title: 'Faster crane!', status: 'at-risk', children: [{ key: 'faster-crane/p95-lift-under-2-minutes', title: 'KR: p95 lift below 2 minutes', status: 'off-track', children: [] }] };
    expect(model.teams.find((t) => t.slug === 'harbor')).toEqual({
      slug: 'harbor',
      name: 'Harbor',
      names: ['Harbor', 'Dockside'],
      missed: [],
      entries: [
        {
          sprintId: S1, sprintSlug: 'acme-planning-1', teamName: 'Harbor', anchor: 'team-harbor', commentUrl: url(1, 101),
          retro: { done: 1, judged: 2, rate: 0.5 }, okrs: [crane1],
          high: [item('high', 'new crane rails', 'unknown', ['ana'], ['https://github.com/acme/harbor/issues/7']), item('high', 'buoy refit', 'unknown', ['bo'])],
          carryOver: [], supportHeroes: ['bo'], away: ['cy'],
        },
        {
          sprintId: S2, sprintSlug: 'acme-planning-2', teamName: 'Harbor', anchor: 'team-harbor', commentUrl: url(2, 201),
          retro: { done: 1, judged: 2, rate: 0.5 }, okrs: [crane2],
          high: [item('high', 'paint bollards', 'unknown', ['bo'])],
          carryOver: [item('retro', 'buoy refit', 'off-track', ['bo']), item('carry-over', 'tidy shed', 'unknown')], supportHeroes: ['ana'], away: [],
        },
        {
          sprintId: S3, sprintSlug: 'acme-planning-3', teamName: 'Dockside', anchor: 'team-harbor', commentUrl: url(3, 301),
          retro: { done: 1, judged: 1, rate: 1 }, okrs: [], high: [], carryOver: [], supportHeroes: ['Bobby'], away: [],
        },
      ],
    });
  });

  it('records the sprint a team skipped between its first and last update', () => {
    expect(model.teams.map((t) => [t.slug, t.entries.map((e) => e.sprintId), t.missed])).toEqual([
      ['compass', [S1, S3], [S2]],
      ['harbor', [S1, S2, S3], []],
    ]);
  });

  it('draws the OKR history of a quarter with one row per objective despite edits to its text, and an empty cell where it was not reported', () => {
    expect(model.okrs).toEqual([
      {
        team: 'harbor',
        quarter: '2024-Q3',
        sprints: [S1, S2, S3],
        rows: [
          {
            key: 'faster-crane',
            title: 'Faster crane!',
            cells: { [S1]: 'on-track', [S2]: 'at-risk' },
            children: [{ key: 'faster-crane/p95-lift-under-2-minutes', title: 'KR: p95 lift below 2 minutes', cells: { [S1]: 'at-risk', [S2]: 'off-track' }, children: [] }],
          },
        ],
      },
    ]);
  });

  it('gathers per person the items owned, hero sprints and time away, joining config aliases', () => {
    const summary = model.people.map((p) => ({ id: p.id, isLogin: p.isLogin, items: p.items.map((i) => `${i.sprintId} ${i.anchor} ${i.item.text}`), supportHero: p.supportHero, away: p.away }));
    expect(summary).toEqual([
      { id: 'ana', isLogin: true, items: [`${S1} team-harbor dock repaint`, `${S1} team-harbor new crane rails`, `${S2} team-harbor new crane rails`], supportHero: [{ sprintId: S2, team: 'harbor' }], away: [] },
      {
        id: 'bo',
        isLogin: true,
        items: [`${S1} team-harbor buoy refit`, `${S1} team-harbor buoy refit`, `${S2} team-harbor buoy refit`, `${S2} team-harbor paint bollards`, `${S3} team-harbor paint bollards`],
        supportHero: [{ sprintId: S1, team: 'harbor' }, { sprintId: S3, team: 'harbor' }],
        away: [{ sprintId: S3, team: 'compass' }],
      },
      { id: 'cy', isLogin: true, items: [], supportHero: [], away: [{ sprintId: S1, team: 'harbor' }] },
      { id: 'dee', isLogin: true, items: [`${S1} team-compass map update`, `${S1} team-compass north arrow`, `${S3} team-compass north arrow`], supportHero: [], away: [] },
    ]);
  });

  it('gives the same model whatever order the records come in', () => {
    const shuffled = deriveArchiveModel([...issues].reverse(), [...comments].reverse(), config, parseStandInComment);
    expect(shuffled).toEqual(model);
  });
});

describe('team names on a timeline', () => {
  it('lists each name once, cleaned, however its case or subtitle varied', async () => {
    const { makeComment, makeIssue } = await import('./helpers/records.ts');
    const issues = [makeIssue(1, 'Sprint Jan 6 to Jan 17', '2025-01-01T00:00:00Z'), makeIssue(2, 'Sprint Jan 20 to Jan 31', '2025-01-15T00:00:00Z')];
    const comments = [
      makeComment(1, 11, 'ana', '2025-01-02T00:00:00Z', '# Team Beacon, shining bright\n## Retro\n- ✅ a'),
      makeComment(2, 21, 'ana', '2025-01-16T00:00:00Z', '# Team beacon\n## Retro\n- ✅ b'),
    ];
    const model = deriveArchiveModel(issues, comments, config, parseStandInComment);
    expect(model.teams.map((t) => [t.slug, t.names])).toEqual([['beacon', ['Beacon']]]);
  });
});

describe('findCarryOver', () => {
  it('counts work once when the retro judges it unfinished and the carry-over section lists it again', async () => {
    const { findCarryOver } = await import('../../src/lib/model/derive-teams.ts');
    const base = { team: 'harbor', teamName: 'Harbor', commentId: 'x', commentUrl: 'u', anchor: 'a', author: null, createdAt: '', supportHeroes: [], away: [], okrs: [], structured: true };
    const previous = { ...base, items: [item('high', 'Rebuild the crane rails', 'unknown'), item('low', 'Tidy the shed', 'unknown')] };
    const current = {
      ...base,
      items: [
        item('retro', 'Rebuild the crane rails', 'in-progress'),
        item('retro', 'Tidy the shed', 'done'),
        item('carry-over', 'Rebuild crane rails', 'unknown'),
        item('retro', 'Paint the office', 'off-track'),
      ],
    };
    expect(findCarryOver(previous, current)).toEqual([item('carry-over', 'Rebuild crane rails', 'unknown')]);
    expect(findCarryOver(previous, { ...current, items: current.items.slice(0, 2) })).toEqual([item('retro', 'Rebuild the crane rails', 'in-progress')]);
  });
});

describe('a team renamed without any alias in the config', () => {
  it('lands on one timeline when the same author and people carry on in the next sprint', async () => {
    const { makeComment, makeIssue } = await import('./helpers/records.ts');
    const { ArchiveConfigSchema } = await import('../../src/lib/config/schema.ts');
    const issues = [1, 2, 3].map((n) => makeIssue(n, `Sprint Mar ${n * 7} to Mar ${n * 7 + 5}`, `2025-03-0${n}T00:00:00Z`));
    const body = (name: string) => `# Team ${name}\nSupport hero: @ana\n## Retro\n- ✅ a @ana\n- ✅ b @bo\n- 🔴 c @cy`;
    const comments = [
      makeComment(1, 11, 'ana', '2025-03-02T00:00:00Z', body('Quarry')),
      makeComment(2, 21, 'ana', '2025-03-03T00:00:00Z', body('Bedrock')),
      makeComment(3, 31, 'bo', '2025-03-04T00:00:00Z', body('Bedrock')),
      makeComment(3, 32, 'zed', '2025-03-04T00:00:00Z', '# Team Magma\n## Retro\n- ✅ z @zed'),
    ];
    const model = deriveArchiveModel(issues, comments, ArchiveConfigSchema.parse({}), parseStandInComment);
    expect(model.teams.map((t) => ({ slug: t.slug, name: t.name, names: t.names, sprints: t.entries.map((e) => e.sprintId) }))).toEqual([
      { slug: 'quarry', name: 'Bedrock', names: ['Quarry', 'Bedrock'], sprints: ['acme/planning#1', 'acme/planning#2', 'acme/planning#3'] },
      { slug: 'magma', name: 'Magma', names: ['Magma'], sprints: ['acme/planning#3'] },
    ]);
  });
});
