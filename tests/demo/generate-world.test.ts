import { describe, expect, test } from 'vitest';
import { ArchiveConfigSchema } from '../../src/lib/config/schema.ts';
import { generateDemoWorld } from '../../scripts/demo/generate-world.ts';

describe('the demo generator', () => {
  test('the same seed generates an identical world, config and truth', () => {
    const first = generateDemoWorld({ sprints: 30, teams: 10, seed: 7 });
    const second = generateDemoWorld({ sprints: 30, teams: 10, seed: 7 });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  test('a different seed writes different comments', () => {
    const a = generateDemoWorld({ sprints: 6, seed: 1 }).world.repos[0]!.issues[2]!.comments.map((c) => c.body);
    const b = generateDemoWorld({ sprints: 6, seed: 2 }).world.repos[0]!.issues[2]!.comments.map((c) => c.body);
    expect(b).not.toEqual(a);
  });

  test('the default demo is about two years of fortnightly sprints of eight teams ending before November 2026', () => {
    const { truth, config } = generateDemoWorld();
    expect(truth.sprints).toHaveLength(52);
    expect(Object.keys(config.teams)).toHaveLength(8);
    const ends = truth.sprints.map((s) => s.end).filter((e): e is string => e !== null);
    expect(ends.at(-1)! < '2026-11-01').toBe(true);
    expect(ends[0]! < '2024-12-01').toBe(true);
  });

  test('the config is a valid archive config naming every team the truth uses', () => {
    const { config, truth } = generateDemoWorld({ sprints: 20, teams: 14 });
    const parsed = ArchiveConfigSchema.parse(config);
    expect(Object.keys(parsed.teams)).toHaveLength(14);
    for (const update of truth.updates) expect(parsed.teams[update.team]).toBeDefined();
  });

  test('generates 1300 sprints of 12 teams in a few seconds with distinct team slugs', () => {
    const started = performance.now();
    const { world, config } = generateDemoWorld({ sprints: 1300, teams: 12 });
    const elapsed = performance.now() - started;
    expect(world.repos[0]!.issues.filter((i) => i.labels.includes('sprint'))).toHaveLength(1300);
    expect(new Set(Object.keys(config.teams)).size).toBe(12);
    // About 1 s on an idle 2-core machine; the bound leaves room for a busy CI box.
    expect(elapsed).toBeLessThan(15_000);
  });

  test('more teams than there are generated names still get unique slugs and people', () => {
    const { config } = generateDemoWorld({ sprints: 2, teams: 40 });
    expect(Object.keys(config.teams)).toHaveLength(40);
    const { world } = generateDemoWorld({ sprints: 2, teams: 40 });
    const logins = Object.keys(config.people);
    expect(logins.length).toBeGreaterThanOrEqual(40 * 3);
    const authors = world.repos[0]!.issues.flatMap((i) => i.comments.map((c) => c.author?.login)).filter(Boolean);
    for (const login of authors) expect(login === 'kitti-bot' || logins.includes(login!)).toBe(true);
  });

  test('comment ids are unique across the world and timestamps are ISO seconds in UTC', () => {
    const { world } = generateDemoWorld({ sprints: 60, teams: 9 });
    const comments = world.repos.flatMap((r) => r.issues.flatMap((i) => i.comments));
    expect(new Set(comments.map((c) => c.databaseId)).size).toBe(comments.length);
    for (const c of comments) {
      expect(c.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(c.updatedAt >= c.createdAt).toBe(true);
    }
  });

  test('rejects a sprint or team count that is not a positive integer', () => {
    expect(() => generateDemoWorld({ sprints: 0 })).toThrow(/sprints must be a positive integer/);
    expect(() => generateDemoWorld({ teams: 2.5 })).toThrow(/teams must be a positive integer/);
  });
});
