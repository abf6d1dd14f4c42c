import { describe, expect, test } from 'vitest';
import { generateDemoWorld } from '../../scripts/demo/generate-world.ts';
import type { TruthOkr } from '../../scripts/demo/truth.ts';
import { commentNodeId } from '../fake-github/world.ts';

const demo = generateDemoWorld({ sprints: 80, teams: 11, seed: 99 });
const sprintIssues = demo.world.repos[0]!.issues.filter((i) => i.labels.includes('sprint'));
const comments = new Map(sprintIssues.flatMap((issue) => issue.comments.map((c) => [c.databaseId, { issue, comment: c }] as const)));

function flatten(okrs: TruthOkr[]): TruthOkr[] {
  return okrs.flatMap((okr) => [okr, ...flatten(okr.children)]);
}

describe('the truth agrees with the Markdown it describes', () => {
  test('every comment of every sprint issue is classified exactly once, in creation order', () => {
    const expected = sprintIssues.flatMap((issue) => issue.comments.map((c) => `${issue.number}/${c.databaseId}`));
    expect(demo.truth.comments.map((c) => `${c.issue}/${c.databaseId}`)).toEqual(expected);
    for (const c of demo.truth.comments) expect(c.commentId).toBe(commentNodeId(c.databaseId));
    expect(demo.truth.updates.map((u) => u.databaseId)).toEqual(demo.truth.comments.filter((c) => c.kind === 'update').map((c) => c.databaseId));
  });

  test('bot comments are by a Bot and no update is', () => {
    for (const c of demo.truth.comments) {
      const { comment } = comments.get(c.databaseId)!;
      expect(comment.author?.type === 'Bot').toBe(c.kind === 'bot');
    }
  });

  test('each update names its author, and its heading is a line of the comment', () => {
    for (const u of demo.truth.updates) {
      const { issue, comment } = comments.get(u.databaseId)!;
      expect(u.issue).toBe(issue.number);
      expect(u.author).toBe(comment.author?.login ?? null);
      expect(comment.body.split(/\r?\n/)).toContain(u.heading);
      expect(u.heading.toLowerCase()).toContain(u.teamName.toLowerCase());
      for (const alias of u.teamAliases) expect(u.heading.toLowerCase()).toContain(alias.toLowerCase());
    }
  });

  test('every item, owner, link, OKR, support hero and person away is written in the comment', () => {
    for (const u of demo.truth.updates) {
      const body = comments.get(u.databaseId)!.comment.body;
      for (const item of u.items) {
        expect(body, item.text).toContain(item.text);
        for (const owner of item.owners) expect(body).toMatch(new RegExp(`(@|\\b)${owner}\\b`));
        for (const link of item.links) expect(item.text).toContain(link);
        expect(item.text).not.toMatch(/^(✅|🟢|🟡|🟠|🔴|⚪|❌|🔄|⛔|🚫|🔵|🟣|\[[ x]\])/u);
        expect(item.text).not.toMatch(/ @[\w-]+$/);
      }
      for (const okr of flatten(u.okrs)) expect(body, okr.title).toContain(okr.title);
      for (const name of [...u.supportHeroes, ...u.away]) expect(body).toMatch(new RegExp(`(@|\\b)${name}\\b`));
    }
  });

  test('an item line carries exactly the marker its status implies under the comment legend', () => {
    for (const u of demo.truth.updates) {
      const lines = comments.get(u.databaseId)!.comment.body.split(/\r?\n/);
      for (const item of u.items.filter((i) => i.status === 'done')) {
        const line = lines.find((l) => l.includes(item.text) && /✅|🟢|\[x\]|done/u.test(l));
        expect(line, `${u.heading}: ${item.text}`).toBeDefined();
      }
      for (const item of u.items.filter((i) => i.status === 'unknown')) {
        const line = lines.find((l) => l.includes(item.text) && !/✅|🟢|🟡|🟠|🔴|⚪|❌|🔄|⛔|🚫|🔵|🟣|\[x\]/u.test(l));
        expect(line, `${u.heading}: ${item.text}`).toBeDefined();
      }
    }
  });

  test('people away with "0 days" are not counted as away', () => {
    for (const u of demo.truth.updates) {
      const body = comments.get(u.databaseId)!.comment.body;
      for (const match of body.matchAll(/^- @?([\w-]+): 0 days\r?$/gm)) expect(u.away).not.toContain(match[1]);
    }
  });

  test('sprint dates are the title dates: twelve-day sprints, or four weeks over New Year', () => {
    for (const sprint of demo.truth.sprints) {
      if (sprint.start === null) {
        expect(sprint.title).not.toMatch(/\d+ to \d|\d-\d/);
        continue;
      }
      const days = (Date.parse(sprint.end!) - Date.parse(sprint.start)) / 86_400_000;
      expect(days === 11 || (days === 25 && sprint.start.slice(5, 7) === '12')).toBe(true);
      const issue = sprintIssues.find((i) => i.number === sprint.number)!;
      expect(issue.title).toBe(sprint.title);
      const day = String(Number(sprint.end!.slice(8)));
      expect(sprint.title).toMatch(new RegExp(`\\b${day}(st|nd|rd|th)?\\b`));
    }
  });
});
