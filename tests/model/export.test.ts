import { describe, expect, it } from 'vitest';
import { deriveArchiveModel } from '../../src/lib/model/derive-archive.ts';
import { buildOkrsExport, buildPeopleExport, buildSprintsExport, buildTeamsExport, rootPaths, serializeExport } from '../../src/lib/model/export.ts';
import { comments, config, issues } from './helpers/small-archive.ts';
import { parseStandInComment } from './helpers/stand-in-parser.ts';

const model = deriveArchiveModel(issues, comments, config, parseStandInComment);
const envelope = { version: 1, generatedFrom: { repos: [], label: 'sprint', sprints: 3, newestSprintCreatedAt: '2024-07-24T09:00:00Z' } };

describe('JSON export builders', () => {
  it('exports a sprint with its dates and parsed updates in the documented shape', () => {
    const exported = buildSprintsExport(model, config);
    expect(exported.version).toBe(1);
    expect(exported.generatedFrom).toEqual(envelope.generatedFrom);
    expect(exported.sprints.map((s) => s.id)).toEqual(['acme/planning#3', 'acme/planning#2', 'acme/planning#1']);
    expect(exported.sprints[1]).toEqual({
      id: 'acme/planning#2',
      slug: 'acme-planning-2',
      repo: 'acme/planning',
      number: 2,
      title: 'Sprint - Jul 15 to Jul 26',
      url: 'https://github.com/acme/planning/issues/2',
      path: '/sprints/acme-planning-2/',
      state: 'CLOSED',
      start: '2024-07-15',
      end: '2024-07-26',
      quarter: '2024-Q3',
      createdAt: '2024-07-10T09:00:00Z',
      closedAt: null,
      updates: [
        {
          team: 'harbor',
          teamName: 'Harbor',
          teamPath: '/teams/harbor/',
          path: '/sprints/acme-planning-2/#team-harbor',
          commentUrl: 'https://github.com/acme/planning/issues/2#issuecomment-201',
          author: 'ana',
          createdAt: '2024-07-11T09:00:00Z',
          structured: true,
          supportHeroes: ['ana'],
          away: [],
          okrs: [
            {
              key: 'faster-crane',
              title: 'Faster crane!',
              status: 'at-risk',
              children: [{ key: 'faster-crane/p95-lift-under-2-minutes', title: 'KR: p95 lift below 2 minutes', status: 'off-track', children: [] }],
            },
          ],
          items: [
            { section: 'retro', text: 'new crane rails', status: 'done', owners: ['ana'], links: [] },
            { section: 'retro', text: 'buoy refit', status: 'off-track', owners: ['bo'], links: [] },
            { section: 'carry-over', text: 'tidy shed', status: 'unknown', owners: [], links: [] },
            { section: 'high', text: 'paint bollards', status: 'unknown', owners: ['bo'], links: [] },
          ],
        },
      ],
    });
  });

  it('exports team timelines with links to the sprint sections', () => {
    const compass = buildTeamsExport(model, config).teams.find((t) => t.slug === 'compass')!;
    expect(compass).toEqual({
      slug: 'compass',
      name: 'Compass',
      names: ['Compass'],
      path: '/teams/compass/',
      sprints: 2,
      missed: ['acme/planning#2'],
      entries: [
        {
          sprintId: 'acme/planning#1', sprintSlug: 'acme-planning-1', path: '/sprints/acme-planning-1/#team-compass', teamName: 'Compass',
          commentUrl: 'https://github.com/acme/planning/issues/1#issuecomment-102', retro: { done: 1, judged: 1, rate: 1 }, supportHeroes: [], away: [], okrs: [],
          high: [{ section: 'high', text: 'north arrow', status: 'unknown', owners: ['dee'], links: [] }], carryOver: [],
        },
        {
          sprintId: 'acme/planning#3', sprintSlug: 'acme-planning-3', path: '/sprints/acme-planning-3/#team-compass', teamName: 'Compass',
          commentUrl: 'https://github.com/acme/planning/issues/3#issuecomment-302', retro: { done: 1, judged: 1, rate: 1 }, supportHeroes: [], away: ['bobby'], okrs: [], high: [], carryOver: [],
        },
      ],
    });
  });

  it('exports OKR histories with the lowercased quarter in their path', () => {
    const exported = buildOkrsExport(model, config);
    expect(exported.okrs.map((o) => [o.team, o.quarter, o.path, o.sprints, o.rows.map((r) => [r.key, r.cells])])).toEqual([
      ['harbor', '2024-Q3', '/okrs/harbor/2024-q3/', ['acme/planning#1', 'acme/planning#2', 'acme/planning#3'], [['faster-crane', { 'acme/planning#1': 'on-track', 'acme/planning#2': 'at-risk' }]]],
    ]);
  });

  it('exports people with the items they own flattened and linked', () => {
    const cy = buildPeopleExport(model, config).people.find((p) => p.id === 'cy');
    const dee = buildPeopleExport(model, config).people.find((p) => p.id === 'dee')!;
    expect(cy).toEqual({ id: 'cy', isLogin: true, path: '/people/cy/', items: [], supportHero: [], away: [{ sprintId: 'acme/planning#1', team: 'harbor' }] });
    expect(dee.items[0]).toEqual({ sprintId: 'acme/planning#1', team: 'compass', path: '/sprints/acme-planning-1/#team-compass', section: 'retro', text: 'map update', status: 'done', owners: ['dee'], links: [] });
  });

  it('links plain names to the slug the people pages use', () => {
    expect(rootPaths.person('Ada Lovelace')).toBe('/people/ada-lovelace/');
    expect(rootPaths.person('ada-l')).toBe('/people/ada-l/');
  });

  it('serialises deterministically: the same model gives the same bytes', () => {
    const again = deriveArchiveModel([...issues].reverse(), [...comments].reverse(), config, parseStandInComment);
    expect(serializeExport(buildSprintsExport(again, config))).toBe(serializeExport(buildSprintsExport(model, config)));
    expect(serializeExport({ a: 1, b: [2] })).toBe('{"a":1,"b":[2]}\n');
  });
});
