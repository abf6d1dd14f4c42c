/**
 * Deterministic worlds for tests: a repository of fortnightly sprint issues with one comment per
 * team, plus the awkward cases (an issue past 100 comments, a bot, a deleted author, a minimized
 * comment, a non-sprint issue).
 */
import type { FakeComment, FakeIssue, FakeWorld } from './world.ts';

export interface SprintWorldOptions {
  owner?: string;
  name?: string;
  sprints?: number;
  commentsPerSprint?: number;
  /** Comments on the last sprint issue (more than 100 exercises comment paging). */
  bigSprintComments?: number;
}

const TEAMS = ['Platform', 'Payments', 'Search', 'Mobile', 'Growth', 'Data', 'Infra', 'Design', 'Support'];
const DAY = 86_400_000;
const EPOCH = Date.parse('2024-01-08T09:00:00Z');

/** An ISO timestamp without milliseconds, like GitHub's. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A world with one repository of sprint issues. */
export function makeSprintWorld(options: SprintWorldOptions = {}): FakeWorld {
  const { owner = 'acme', name = 'planning', sprints = 12, commentsPerSprint = 5, bigSprintComments = 0 } = options;
  let nextCommentId = 1000;
  const issues: FakeIssue[] = [];
  for (let n = 1; n <= sprints; n += 1) {
    const created = EPOCH + (n - 1) * 14 * DAY;
    const count = n === sprints && bigSprintComments > 0 ? bigSprintComments : commentsPerSprint;
    const comments: FakeComment[] = [];
    for (let c = 0; c < count; c += 1) {
      const team = TEAMS[c % TEAMS.length]!;
      const at = isoAt(created + (c + 1) * 60_000);
      comments.push({
        databaseId: nextCommentId++,
        author: c % 7 === 3 ? null : c % 11 === 5 ? { login: 'sprint-bot', type: 'Bot' } : { login: `${team.toLowerCase()}-lead`, type: 'User' },
        body: `## ${team}\n\n- 🟢 Ship {thing} <b>${n}.${c}</b>\n- [ ] follow-up\n`,
        createdAt: at,
        updatedAt: at,
        isMinimized: c % 13 === 12,
        minimizedReason: c % 13 === 12 ? 'outdated' : null,
      });
    }
    const closed = n < sprints;
    const updated = isoAt(created + 13 * DAY + n * 1000);
    issues.push({
      number: n,
      title: `Sprint ${n}: ${isoAt(created).slice(0, 10)}`,
      body: `Sprint ${n} plan.\n\n<details><summary>Legend</summary>🟢 done</details>\n`,
      state: closed ? 'CLOSED' : 'OPEN',
      author: n === 2 ? null : { login: 'scrum-master', type: 'User' },
      createdAt: isoAt(created),
      updatedAt: updated,
      closedAt: closed ? updated : null,
      lastEditedAt: n % 4 === 0 ? isoAt(created + DAY) : null,
      labels: n % 5 === 0 ? ['sprint', 'planning'] : ['sprint'],
      comments,
    });
  }
  issues.push({
    number: sprints + 1,
    title: 'Not a sprint: fix the CI',
    body: 'unrelated',
    state: 'OPEN',
    author: { login: 'dev', type: 'User' },
    createdAt: isoAt(EPOCH),
    updatedAt: isoAt(EPOCH + DAY),
    closedAt: null,
    lastEditedAt: null,
    labels: ['bug'],
    comments: [],
  });
  return { repos: [{ owner, name, issues }] };
}
