import { describe, expect, it } from 'vitest';
import { ArchiveConfigSchema } from '../../src/lib/config/schema.ts';
import { createPersonResolver, derivePeople } from '../../src/lib/model/derive-people.ts';
import type { Item, Sprint, TeamUpdate } from '../../src/lib/parse/types.ts';

const config = ArchiveConfigSchema.parse({ people: { 'ana-k': ['Ana', '@anak-old'] } });
const item = (text: string, owners: string[]): Item => ({ section: 'high', text, status: 'unknown', owners, links: [] });
const update = (over: Partial<TeamUpdate>): TeamUpdate => ({
  team: 'harbor', teamName: 'Harbor', commentId: 'c', commentUrl: 'u', anchor: 'team-harbor', author: null, createdAt: '', supportHeroes: [], away: [], okrs: [], items: [], structured: true, ...over,
});
const sprint = (id: string, updates: TeamUpdate[]): Sprint => ({
  id, slug: id, repo: 'a/b', number: 1, title: '', url: '', state: 'CLOSED', start: null, end: null, quarter: '2025-Q1', createdAt: '', closedAt: null, updates, comments: [],
});

describe('createPersonResolver', () => {
  it('maps config aliases to the login, case-insensitively and with or without @', () => {
    const resolve = createPersonResolver(config);
    expect([resolve('ana'), resolve('@ANAK-old'), resolve('ana-k')]).toEqual([
      { id: 'ana-k', isLogin: true },
      { id: 'ana-k', isLogin: true },
      { id: 'ana-k', isLogin: true },
    ]);
  });

  it('keeps unknown names as written and tells logins from plain names', () => {
    const resolve = createPersonResolver(config);
    expect([resolve('@bo-2'), resolve('Thomas'), resolve('Julia M'), resolve('  ')]).toEqual([
      { id: 'bo-2', isLogin: true },
      { id: 'Thomas', isLogin: false },
      { id: 'Julia M', isLogin: false },
      null,
    ]);
  });
});

describe('derivePeople', () => {
  it('gathers items, hero sprints and time away per person across spellings', () => {
    const people = derivePeople(
      [
        sprint('s1', [update({ supportHeroes: ['Ana'], away: ['Cy'], items: [item('x', ['ana-k', 'Cy']), item('y', ['Ana'])] })]),
        sprint('s2', [update({ team: 'compass', anchor: 'team-compass', away: ['cy'], items: [item('z', ['cy', 'cy'])] })]),
      ],
      config,
    );
    expect(people.map((p) => ({ id: p.id, isLogin: p.isLogin, items: p.items.map((i) => `${i.sprintId}:${i.item.text}`), hero: p.supportHero, away: p.away }))).toEqual([
      { id: 'ana-k', isLogin: true, items: ['s1:x', 's1:y'], hero: [{ sprintId: 's1', team: 'harbor' }], away: [] },
      { id: 'cy', isLogin: true, items: ['s1:x', 's2:z'], hero: [], away: [{ sprintId: 's1', team: 'harbor' }, { sprintId: 's2', team: 'compass' }] },
    ]);
  });
});
