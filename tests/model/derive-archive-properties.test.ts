import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArchiveConfigSchema } from '../../src/lib/config/schema.ts';
import { buildArchiveModel } from '../../src/lib/model/build-archive.ts';
import { resolveTeams } from '../../src/lib/parse/team-identity.ts';
import { makeComment, makeIssue } from './helpers/records.ts';

const config = ArchiveConfigSchema.parse({ teams: { harbor: { name: 'Harbor', aliases: ['Docks'] } }, people: { ana: ['Ana'] } });
const markdownPiece = fc.constantFrom(
  '# Team Harbor', '## Team ~~Docks~~ Pier', 'Team <name>', '**Support hero:** @ana', '- ✅ done thing @bo', '- [ ] plan', '## OKR', '### 🟡 Objective 1:',
  '  - 🔴 KR: x', '<details><summary>Retro</summary>', '</details>', '```', '| a | b |', '~~', '🟢=finished', '\t- nested', '@', '#', '(', '[', '> quote', '',
);
const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(markdownPiece, { maxLength: 30 }).map((lines) => lines.join('\n')),
  fc.tuple(fc.array(markdownPiece, { minLength: 1, maxLength: 30 }), fc.nat()).map(([lines, cut]) => {
    const text = lines.join('\n');
    return text.slice(0, cut % (text.length + 1));
  }),
);

describe('buildArchiveModel on arbitrary input', () => {
  it('never throws and keeps every comment classified, whatever the titles and bodies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 60 }), body, fc.array(fc.tuple(body, fc.boolean(), fc.boolean()), { maxLength: 5 })), { maxLength: 4 }),
        (sprints) => {
          const issues = sprints.map(([title, description], n) => makeIssue(n + 1, title, `2024-0${(n % 9) + 1}-01T00:00:00Z`, description));
          const comments = sprints.flatMap(([, , list], n) =>
            list.map(([text, deleted, bot], k) => makeComment(n + 1, (n + 1) * 100 + k, deleted ? null : `user${k}`, `2024-0${(n % 9) + 1}-02T00:00:0${k}Z`, text, bot ? 'Bot' : 'User')),
          );
          const model = buildArchiveModel(issues, comments, config);
          expect(model.sprints.reduce((total, sprint) => total + sprint.comments.length, 0)).toBe(comments.length);
          for (const sprint of model.sprints) expect(new Set(sprint.updates.map((u) => u.anchor)).size).toBe(sprint.updates.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles a 65,536-character comment without slowing down (under two seconds even on a busy machine)', () => {
    const line = '- 🟡 @ana a long item with [a link](https://example.com/x) and ~~strike~~ #123\n';
    const huge = `# Team Harbor\n## Retro\n${line.repeat(Math.ceil(65_536 / line.length))}`.slice(0, 65_536);
    const started = performance.now();
    const model = buildArchiveModel([makeIssue(1, 'Sprint Jan 6 to Jan 17', '2025-01-01T00:00:00Z')], [makeComment(1, 5, 'ana', '2025-01-02T00:00:00Z', huge)], config);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(model.sprints[0]!.updates.map((u) => u.team)).toEqual(['harbor']);
  });

  it('resolves arbitrary team names without throwing and gives every mention a slug', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(fc.string({ maxLength: 40 })), fc.nat({ max: 5 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 })), { maxLength: 20 }), (rows) => {
        const mentions = rows.map(([teamName, sprintIndex, teamAliases], i) => ({ id: `m${i}`, sprintIndex, teamName, teamAliases, author: i % 2 ? 'ana' : null, people: [] }));
        const result = resolveTeams(mentions, config);
        for (const mention of mentions) expect(result.get(mention.id)!.slug).toMatch(/^[\p{L}\p{N}-]+$/u);
      }),
      { numRuns: 500 },
    );
  });
});
