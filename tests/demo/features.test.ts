import { describe, expect, test } from 'vitest';
import { generateDemoWorld } from '../../scripts/demo/generate-world.ts';

const demo = generateDemoWorld();
const issues = demo.world.repos[0]!.issues;
const sprintIssues = issues.filter((i) => i.labels.includes('sprint'));
const comments = sprintIssues.flatMap((i) => i.comments);
const updates = demo.truth.updates;
const bodies = new Map(comments.map((c) => [c.databaseId, c.body]));
const updateBodies = updates.map((u) => bodies.get(u.databaseId)!);
const allText = updateBodies.join('\n');
const titles = sprintIssues.map((i) => i.title);

describe('the default demo world exhibits the conventions of FORMAT.md', () => {
  test('titles use every date style, a New Year range and one placeholder without dates', () => {
    const patterns = [
      /^Sprint \d+\.\d+\.0 [12]\/2 - [A-Z][a-z]{2} \d+ to [A-Z][a-z]{2} \d+$/,
      /^Sprint \d+\.\d+\.0 [12]\/2 - \d+ [A-Z][a-z]{2} - \d+ [A-Z][a-z]{2}$/,
      /^Sprint [A-Z][a-z]+ \d+(st|nd|rd|th) - [A-Z][a-z]+ \d+(st|nd|rd|th)$/,
      /^Sprint \d+(st|nd|rd|th) [A-Z][a-z]+ - \d+(st|nd|rd|th) [A-Z][a-z]+$/,
      /^Sprint Planning \d+-\d+ to \d+-\d+$/,
      /^Sprint [A-Z][a-z]+ \d+ - [A-Z][a-z]+ \d+$/,
      /^Sprint - [A-Z][a-z]{2} \d+ to [A-Z][a-z]{2} \d+, \d{4}$/,
    ];
    for (const pattern of patterns) expect(titles.some((t) => pattern.test(t)), String(pattern)).toBe(true);
    expect(titles).toContain('Sprint Planning 12-15 to 1-9');
    expect(demo.truth.sprints.filter((s) => s.start === null)).toHaveLength(1);
    const crossing = demo.truth.sprints.filter((s) => s.start && s.end && s.start.slice(0, 4) !== s.end.slice(0, 4));
    expect(crossing.length).toBeGreaterThanOrEqual(2);
  });

  test('every issue but the newest is closed, and each was created days before its sprint starts', () => {
    expect(sprintIssues.filter((i) => i.state === 'OPEN').map((i) => i.number)).toEqual([sprintIssues.at(-1)!.number]);
    for (const sprint of demo.truth.sprints) {
      const issue = sprintIssues.find((i) => i.number === sprint.number)!;
      if (sprint.start) expect(issue.createdAt.slice(0, 10) < sprint.start).toBe(true);
    }
  });

  test('the description is a template with HTML comments, a global section and the team template in a code fence', () => {
    for (const issue of sprintIssues) {
      expect(issue.body).toMatch(/<!--[^]*?-->/);
      expect(issue.body).toMatch(/```\n# Team ___[^]*?```/);
      expect(issue.body).toContain('## Incidents since last sprint');
    }
  });

  test('team headings come in every shape: levels, plain line, suffix, preamble, subtitle, backronym, strikethrough', () => {
    const headings = updates.map((u) => u.heading);
    expect(headings.some((h) => /^# Team \w+$/.test(h))).toBe(true);
    expect(headings.some((h) => h.startsWith('## Team '))).toBe(true);
    expect(headings.some((h) => /^Team \w/.test(h))).toBe(true);
    expect(headings.some((h) => /^# \w+ team$/.test(h))).toBe(true);
    expect(headings.some((h) => /, |\s-\s/.test(h))).toBe(true);
    expect(headings.some((h) => h.includes('GANTRY'))).toBe(true);
    expect(headings.some((h) => /~[A-Z]\w+~ /.test(h))).toBe(true);
    expect(headings.some((h) => /~~[a-z]+~~ /.test(h))).toBe(true);
    expect(updateBodies.some((b, i) => !b.startsWith(updates[i]!.heading))).toBe(true);
  });

  test('two teams are renamed: one joined by a config alias, one only by struck-through headings', () => {
    expect(demo.config.teams['billing']).toEqual({ name: 'Billing', aliases: ['Payments'] });
    const billingNames = new Set(updates.filter((u) => u.team === 'billing').map((u) => u.teamName));
    expect(billingNames).toEqual(new Set(['Payments', 'Billing']));
    expect(demo.config.teams['lenses']!.aliases).toEqual([]);
    const lenses = updates.filter((u) => u.team === 'lenses');
    expect(lenses.some((u) => /Team Insights$/.test(u.heading))).toBe(true);
    expect(lenses.some((u) => /~~?insights~?~ lenses/i.test(u.heading))).toBe(true);
    expect(lenses.some((u) => /Team Lenses$/.test(u.heading))).toBe(true);
  });

  test('support heroes and time off are written in every style', () => {
    for (const needle of ['**Support hero:** @', '**Support hero**: ', 'Support hero - @', '- Support: ', '## Support hero', 'Week 1: ', 'Week 2: ', 'first week, then', '**Mobile support hero:**']) {
      expect(allText, needle).toContain(needle);
    }
    for (const needle of ['Off: ', '**Off during the sprint:**', 'Days off:', ': 0 days', 'OOO: ', 'PTO: ', 'on vacation', '## Time Off']) {
      expect(allText, needle).toContain(needle);
    }
    expect(updates.some((u) => u.supportHeroes.some((h) => /^[A-Z][a-z]+$/.test(h)))).toBe(true);
    expect(updates.some((u) => u.supportHeroes.some((h) => h.includes('-')))).toBe(true);
  });

  test('sections appear as headings of several levels, bold lines and details summaries, including OKRs and per-person plans', () => {
    for (const needle of ['## Retro', '### Retro', '**Retro', '<summary>Retro', 'Hang over items from previous sprint', 'Carry-over', 'Low priority / side quests', 'Stretch', 'What went well']) {
      expect(allText, needle).toContain(needle);
    }
    for (const needle of ['**Objective 1: ', '- KR: ', 'Goal 1: ', 'Quarter goals', ' objectives', '## OKR']) expect(allText, needle).toContain(needle);
    expect(allText).toMatch(/^#### [A-Z][a-z]+$/m);
    expect(allText).toMatch(/^@[\w-]+$/m);
    expect(updates.some((u) => u.items.some((i) => i.section === 'carry-over'))).toBe(true);
    expect(updates.some((u) => u.okrs.some((o) => o.children.length > 0))).toBe(true);
  });

  test('statuses use every marker, checkboxes and words, with legends that change meanings in text, details and headings', () => {
    for (const emoji of ['🟢', '🟡', '🟠', '🔴', '✅', '❌', '⚪', '🔵', '🟣', '🚫', '🔄']) expect(allText, emoji).toContain(emoji);
    for (const needle of ['- [x] ', '- [ ] ', 'Status: done', '(carry over)', 'still in progress', '🎉']) expect(allText, needle).toContain(needle);
    expect(allText).toMatch(/^(Legend|Status key): /m);
    expect(allText).toContain('<details><summary>Legend</summary>');
    expect(allText).toMatch(/^(#+ |\*\*|<summary>)[^\n]*(🟢=finished|🟢 = finished)/m);
    expect(allText).toMatch(/🔵 ?= ?Abandoned/);
    expect(allText).toMatch(/🟣 ?= ?Ongoing/);
    const greenMeanings = new Set(updates.flatMap((u) => u.items.filter((i) => bodies.get(u.databaseId)!.includes(`🟢 ${i.text}`)).map((i) => i.status)));
    expect(greenMeanings.has('done') && greenMeanings.has('on-track')).toBe(true);
  });

  test('owners, links and markup appear in their real-world forms', () => {
    for (const needle of ['(owner: @', '(owners: @', '](https://github.com/kittiwake-hq/', '/pull/', '| --- |', 'https://github.com/user-attachments/assets/', '\n---\n', '\n> ', '\t- ', ':rocket:', '`']) {
      expect(allText, JSON.stringify(needle)).toContain(needle);
    }
    expect(allText).toMatch(/ \[[A-Z][a-z]+(, [A-Z][a-z]+)?\]$/m);
    expect(allText).toMatch(/ \([A-Z][a-z]+, [A-Z][a-z]+\)$/m);
    expect(allText).toMatch(/^- (\S+ )?@[\w-]+ [A-Z]/m);
  });

  test('the issues hold discussion, a bot, a deleted author, minimized comments, hostile HTML and one thread past 100 comments', () => {
    const kinds = new Set(demo.truth.comments.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['update', 'discussion', 'bot']));
    expect(comments.some((c) => c.author?.type === 'Bot')).toBe(true);
    expect(comments.some((c) => c.author === null && demo.truth.comments.find((t) => t.databaseId === c.databaseId)!.kind === 'update')).toBe(true);
    expect(comments.some((c) => c.author === null && demo.truth.comments.find((t) => t.databaseId === c.databaseId)!.kind === 'discussion')).toBe(true);
    expect(comments.filter((c) => c.isMinimized).map((c) => c.minimizedReason).sort()).toEqual(['off-topic', 'outdated']);
    expect(comments.some((c) => c.body.includes('<script>') && c.body.includes('onerror='))).toBe(true);
    expect(sprintIssues.filter((i) => i.comments.length > 100)).toHaveLength(1);
    expect(issues.some((i) => !i.labels.includes('sprint'))).toBe(true);
  });

  test('comments range from one line to a changelog of 140 PRs, and one team writes Windows line endings', () => {
    expect(updates.some((u) => u.items.length === 0 && u.okrs.length === 0)).toBe(true);
    expect(updates.some((u) => u.items.filter((i) => i.section === 'other').length >= 100)).toBe(true);
    expect(updateBodies.some((b) => b.includes('\r\n'))).toBe(true);
    expect(updateBodies.filter((b) => b.includes('\r\n')).every((b) => !/[^\r]\n/.test(b))).toBe(true);
  });

  test('retros hold nested checkbox sub-tasks, and rarer markers and words show up too', () => {
    for (const needle of ['🏗️', '⌛', '🛑', 'AFK: ', 'Retro & hang over', '  - [x] ']) expect(allText, needle).toContain(needle);
  });

  test('teams sometimes miss a sprint, and the newest sprint is still filling up', () => {
    const teamCount = Object.keys(demo.config.teams).length;
    const perIssue = demo.truth.sprints.map((s) => updates.filter((u) => u.issue === s.number).length);
    expect(perIssue.slice(0, -1).some((n) => n < teamCount)).toBe(true);
    expect(perIssue.at(-1)!).toBeLessThan(teamCount);
  });

  test('OKRs recur through a quarter with statuses that move and titles that get small edits', () => {
    const dispatch = updates.filter((u) => u.team === 'dispatch').map((u) => u.okrs);
    const seen = new Map<string, Set<string>>();
    for (const okrs of dispatch) for (const okr of okrs) for (const kr of okr.children) seen.set(kr.title, (seen.get(kr.title) ?? new Set()).add(kr.status));
    expect([...seen.values()].some((statuses) => statuses.size >= 3)).toBe(true);
    const titles = updates.flatMap((u) => u.okrs.map((o) => o.title));
    expect(titles.some((t) => t.endsWith('.') || t.includes(' & ') || t.includes('our '))).toBe(true);
  });
});
