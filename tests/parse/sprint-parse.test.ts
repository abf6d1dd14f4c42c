import { describe, expect, it } from 'vitest';
import { ArchiveConfigSchema } from '../../src/lib/config/schema.ts';
import { parseSprint, toQuarter, toSprintSlug } from '../../src/lib/parse/parse-sprint.ts';
import { makeComment, makeIssue } from '../model/helpers/records.ts';
import { parseStandInComment } from '../model/helpers/stand-in-parser.ts';

const config = ArchiveConfigSchema.parse({ teams: { harbor: { name: 'Harbor', aliases: ['Docks'] } } });
const context = { parseComment: parseStandInComment };

describe('parseSprint', () => {
  it('reads dates, quarter and slug, and keeps a sprint without dates in the quarter it was created', () => {
    const dated = parseSprint(makeIssue(7, 'Sprint - Sep 30 to Oct 11', '2024-09-25T09:00:00Z'), [], config, context);
    const undated = parseSprint(makeIssue(8, 'Sprint plan 2024Q4', '2024-11-02T09:00:00Z'), [], config, context);
    expect([dated.start, dated.end, dated.quarter, dated.slug, dated.id]).toEqual(['2024-09-30', '2024-10-11', '2024-Q3', 'acme-planning-7', 'acme/planning#7']);
    expect([undated.start, undated.end, undated.quarter]).toEqual([null, null, '2024-Q4']);
  });

  it('orders comments for display, classifies each and anchors two updates of one team uniquely', () => {
    const issue = makeIssue(9, 'Sprint - Jan 6 to Jan 17', '2025-01-02T09:00:00Z', '```\n# Team <name>\nSupport hero: @\n## Retro\n- \n```');
    const comments = [
      makeComment(9, 903, 'bo', '2025-01-03T12:00:00Z', '# Team Docks\n## Retro\n- ✅ second half @bo'),
      makeComment(9, 901, 'ana', '2025-01-03T09:00:00Z', '# Team Harbor\n## Retro\n- ✅ first half @ana'),
      makeComment(9, 902, null, '2025-01-03T10:00:00Z', '# Team <name>\nSupport hero: @\n## Retro\n- '),
      makeComment(9, 904, 'helper', '2025-01-03T13:00:00Z', 'Too long!', 'Bot'),
      makeComment(9, 905, 'cy', '2025-01-03T14:00:00Z', 'Where is team Compass?'),
      makeComment(10, 999, 'cy', '2025-01-03T14:00:00Z', '# Team Elsewhere'),
    ];
    const sprint = parseSprint(issue, comments, config, context);
    expect(sprint.comments).toEqual([
      { id: 'IC_901', kind: 'update' },
      { id: 'IC_902', kind: 'template' },
      { id: 'IC_903', kind: 'update' },
      { id: 'IC_904', kind: 'bot' },
      { id: 'IC_905', kind: 'discussion' },
    ]);
    expect(sprint.updates.map((u) => [u.team, u.teamName, u.anchor, u.commentId, u.author])).toEqual([
      ['harbor', 'Harbor', 'team-harbor', 'IC_901', 'ana'],
      ['harbor', 'Docks', 'team-harbor-2', 'IC_903', 'bo'],
    ]);
  });

  it('names the quarter of a date and slugs repos with dots', () => {
    expect([toQuarter('2024-01-01'), toQuarter('2024-06-30T23:00:00Z'), toQuarter('2024-12-31')]).toEqual(['2024-Q1', '2024-Q2', '2024-Q4']);
    expect(toSprintSlug({ repo: 'Acme/plan.ning', number: 3 })).toBe('acme-plan-ning-3');
  });
});
