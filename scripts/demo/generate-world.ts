/**
 * Generates the demo company's GitHub: sprint issues with team updates, discussion, a bot and the odd
 * corner case, plus the archive config and the truth a careful reader extracts. Deterministic: the
 * same options give the same bytes, with no clock and no Math.random.
 */
import type { FakeActor, FakeComment, FakeIssue, FakeWorld } from '../../tests/fake-github/world.ts';
import { commentNodeId } from '../../tests/fake-github/world.ts';
import { addDays, planSprintCalendar } from './calendar.ts';
import {
  renderBotComplaint,
  renderDebateMessage,
  renderDebateOpening,
  renderDiscussion,
  renderHostileComment,
  OFF_TOPIC_COMMENT,
  OUTDATED_COMMENT,
} from './chatter.ts';
import { createCoreTeams, createExtraTeam, DEMO_OWNER, DEMO_REPO, type DemoTeam } from './company.ts';
import { createRandom, type Random } from './random.ts';
import { renderIssueBody } from './render-issue.ts';
import { listExpressibleStatuses, renderTeamUpdate, type UpdateTruth } from './render-update.ts';
import { advanceTeamSprint, createTeamProgress, type TeamProgress } from './team-sprint.ts';
import { formatPlaceholderTitle, formatSprintTitle, TITLE_STYLES } from './titles.ts';
import type { DemoTruth, TruthCommentKind } from './truth.ts';
import { CORE_VOICES, createRandomVoice, driftVoice, ERA_LENGTH, type TeamVoice } from './voice.ts';

export interface DemoOptions {
  /** Number of fortnightly sprints, oldest first, the last one open. Default 52 (two years). */
  sprints?: number;
  /** Number of teams; beyond the eight hand-written ones, teams are generated. Default 8. */
  teams?: number;
  /** Seed of the pseudo-random source. Default 2026. */
  seed?: number;
}

/** `archive.config.json` as written to disk (input shape of ArchiveConfigSchema). */
export interface DemoConfig {
  title: string;
  description: string;
  repos: string[];
  label: string;
  teams: Record<string, { name: string; aliases: string[] }>;
  people: Record<string, string[]>;
}

export interface DemoWorld {
  world: FakeWorld;
  config: DemoConfig;
  truth: DemoTruth;
}

/** Start of the newest sprint; the demo is a snapshot taken while it runs. */
export const LAST_SPRINT_START = '2026-10-19';
const REPO = `${DEMO_OWNER}/${DEMO_REPO}`;
const BOT: FakeActor = { login: 'kitti-bot', type: 'Bot' };
const ORGANISERS = ['sunniva-c', 'odette-q', 'caspian-e'];

interface DraftComment {
  author: FakeActor | null;
  body: string;
  createdAt: string;
  edited: number;
  minimizedReason: string | null;
  kind: TruthCommentKind;
  update: UpdateTruth | null;
}

function createUser(login: string): FakeActor {
  return { login, type: 'User' };
}

function formatTimestamp(day: string, minutes: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMinutes(minutes);
  return date.toISOString().replace('.000Z', 'Z');
}

function shiftMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

function createTeams(count: number, random: Random): DemoTeam[] {
  const core = createCoreTeams(CORE_VOICES).slice(0, count);
  const extra: DemoTeam[] = [];
  for (let k = 0; core.length + extra.length < count; k++) {
    extra.push(createExtraTeam(random.fork(`team:${k}`), k, createRandomVoice(random.fork(`voice:${k}`))));
  }
  return [...core, ...extra];
}

function pickVoiceInEra(team: DemoTeam, era: number, random: Random): TeamVoice {
  return era === 0 ? team.voice : driftVoice(team.voice, random.fork(`drift:${team.slug}:${era}`));
}

function resolveTeamName(team: DemoTeam, index: number, total: number): { name: string; leaving: string | null } {
  const rename = team.rename;
  if (!rename) return { name: team.name, leaving: null };
  const at = Math.floor(rename.at * total);
  if (index < at) return { name: rename.from, leaving: null };
  if (rename.joinedBy === 'heuristic' && index < at + 3) return { name: team.name, leaving: rename.from };
  return { name: team.name, leaving: null };
}

function createConfig(teams: DemoTeam[]): DemoConfig {
  const config: DemoConfig = {
    title: 'Kittiwake Logistics sprint archive',
    description: 'Every sprint of the Kittiwake product teams since late 2024: retros, OKRs and plans, searchable.',
    repos: [REPO],
    label: 'sprint',
    teams: {},
    people: {},
  };
  for (const team of teams) {
    const aliases = team.rename?.joinedBy === 'config' ? [team.rename.from] : [];
    config.teams[team.slug] = { name: team.name, aliases };
    for (const person of team.people) config.people[person.login] = [person.first];
  }
  return config;
}

/** Generates the demo world, its archive config and the truth about every comment. */
export function generateDemoWorld(options: DemoOptions = {}): DemoWorld {
  const sprintCount = options.sprints ?? 52;
  const teamCount = options.teams ?? 8;
  const random = createRandom(options.seed ?? 2026);
  if (!Number.isInteger(sprintCount) || sprintCount < 1) throw new RangeError(`sprints must be a positive integer, got ${sprintCount}`);
  if (!Number.isInteger(teamCount) || teamCount < 1) throw new RangeError(`teams must be a positive integer, got ${teamCount}`);

  const teams = createTeams(teamCount, random);
  const progress = new Map<string, TeamProgress>(teams.map((team) => [team.slug, createTeamProgress()]));
  const calendar = planSprintCalendar(sprintCount, LAST_SPRINT_START);
  const placeholderAt = Math.floor(sprintCount * 0.4);
  const ghostUpdateAt = Math.floor(sprintCount * 0.25);
  const minimizedAt = Math.floor(sprintCount * 0.35);
  const hostileAt = Math.floor(sprintCount * 0.45);
  const debateAt = Math.floor(sprintCount * 0.6);
  const ghostReplyAt = Math.floor(sprintCount * 0.7);
  const shortAt = Math.floor(sprintCount * 0.3);
  const changelogAt = Math.floor(sprintCount * 0.5);
  const shortTeam = (teams.find((t) => t.slug === 'atlas') ?? teams[teams.length - 1])!.slug;
  const changelogTeam = (teams[0] as DemoTeam).slug;
  // One team pastes from an editor that keeps Windows line endings, as GitHub's web UI does.
  const crlfTeam = (teams.find((t) => t.slug === 'apps') ?? teams[0])!.slug;

  const issues: FakeIssue[] = [];
  const truth: DemoTruth = { sprints: [], comments: [], updates: [] };
  let issueNumber = 100;
  let databaseId = 1_900_000_000;

  calendar.forEach((dates, index) => {
    const r = random.fork(`sprint:${index}`);
    const era = Math.floor(index / ERA_LENGTH);
    const open = index === sprintCount - 1;
    issueNumber += r.int(2, 25);
    const release = `${4 + Math.floor(index / 100)}.${(Math.floor(index / 2) % 50) + 10}.0 ${(index % 2) + 1}/2`;
    const style = TITLE_STYLES[Math.floor(index / 7) % TITLE_STYLES.length] ?? 'with-year';
    const placeholder = index === placeholderAt && sprintCount >= 3;
    const title = placeholder ? formatPlaceholderTitle(4) : formatSprintTitle(style, dates, release);
    const createdDay = addDays(dates.start, -r.int(2, 5));
    const createdAt = formatTimestamp(createdDay, r.int(8 * 60, 11 * 60));
    const windowMinutes = Math.round((new Date(`${addDays(dates.start, 2)}T17:00:00Z`).getTime() - new Date(createdAt).getTime()) / 60_000);
    const at = (): string => shiftMinutes(createdAt, r.int(30, windowMinutes));

    const drafts: DraftComment[] = [];
    for (const team of r.shuffle(teams)) {
      const forced = (index === shortAt && team.slug === shortTeam) || (index === changelogAt && team.slug === changelogTeam);
      if (!forced && r.chance(open ? 0.4 : 0.05)) continue;
      const voice = pickVoiceInEra(team, era, random);
      const legend = voice.legends[era % voice.legends.length] ?? null;
      const state = progress.get(team.slug) as TeamProgress;
      const tr = r.fork(team.slug);
      const work = advanceTeamSprint(team, state, tr, dates.start, listExpressibleStatuses(voice, legend));
      const { name, leaving } = resolveTeamName(team, index, sprintCount);
      const shape = index === shortAt && team.slug === shortTeam ? 'short' : index === changelogAt && team.slug === changelogTeam ? 'changelog' : 'normal';
      const rendered = renderTeamUpdate({ team, voice, legend, random: tr, work, start: dates.start, end: dates.end, name, leaving, shape });
      const crlf = team.slug === crlfTeam && era === 1;
      const author = tr.chance(0.6) ? team.people[0] : tr.pick(team.people);
      drafts.push({
        author: author ? createUser(author.login) : null,
        body: crlf ? rendered.body.replace(/\n/g, '\r\n') : rendered.body,
        createdAt: at(),
        edited: r.chance(0.3) ? r.int(5, 900) : 0,
        minimizedReason: null,
        kind: 'update',
        update: rendered.truth,
      });
    }
    drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (index === ghostUpdateAt && drafts[0]) drafts[0].author = null;

    const everyone = teams.flatMap((team) => team.people.map((p) => p.login));
    const chat = (body: string, when: string, author: FakeActor | null = createUser(r.pick(everyone)), minimizedReason: string | null = null): void => {
      drafts.push({ author, body, createdAt: when, edited: 0, minimizedReason, kind: 'discussion', update: null });
    };
    const discussions = r.int(0, 3);
    for (let d = 0; d < discussions; d++) chat(renderDiscussion(r, d > 0), at());
    if (index === minimizedAt) {
      chat(OFF_TOPIC_COMMENT, at(), createUser(r.pick(everyone)), 'off-topic');
      chat(OUTDATED_COMMENT, at(), createUser(r.pick(everyone)), 'outdated');
    }
    if (index === hostileAt) chat(renderHostileComment(), at());
    if (index === ghostReplyAt) chat(renderDiscussion(r, true), at(), null);
    if (index === debateAt) {
      let when = shiftMinutes(createdAt, windowMinutes);
      const opener = r.pick(ORGANISERS);
      chat(renderDebateOpening(), when, createUser(opener));
      let previous: string | null = null;
      for (let m = 0; m < 112; m++) {
        when = shiftMinutes(when, r.int(3, 180));
        const body = renderDebateMessage(r, previous);
        chat(body, when);
        previous = body;
      }
    }
    drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (drafts.length > 11 || index === debateAt) {
      const anchor = drafts[Math.min(10, drafts.length - 1)] as DraftComment;
      const kilobytes = Math.round(drafts.reduce((sum, d) => sum + d.body.length, 0) / 1024);
      drafts.push({ author: BOT, body: renderBotComplaint(drafts.length, kilobytes), createdAt: shiftMinutes(anchor.createdAt, 2), edited: 0, minimizedReason: null, kind: 'bot', update: null });
      drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    }

    const comments: FakeComment[] = [];
    for (const draft of drafts) {
      databaseId += r.int(1, 4000);
      const updatedAt = draft.edited > 0 ? shiftMinutes(draft.createdAt, draft.edited) : draft.createdAt;
      comments.push({
        databaseId,
        author: draft.author,
        body: draft.body,
        createdAt: draft.createdAt,
        updatedAt,
        isMinimized: draft.minimizedReason !== null,
        minimizedReason: draft.minimizedReason,
      });
      const commentId = commentNodeId(databaseId);
      truth.comments.push({ repo: REPO, issue: issueNumber, commentId, databaseId, kind: draft.kind });
      if (draft.update) {
        truth.updates.push({ repo: REPO, issue: issueNumber, commentId, databaseId, author: draft.author?.login ?? null, ...draft.update });
      }
    }
    const closedAt = open ? null : formatTimestamp(addDays(dates.end, r.int(1, 3)), r.int(9 * 60, 18 * 60));
    const edits = r.chance(0.3) ? shiftMinutes(createdAt, r.int(10, 600)) : null;
    const latest = [createdAt, closedAt, edits, ...comments.map((c) => c.updatedAt)].filter((t): t is string => t !== null).sort();
    issues.push({
      number: issueNumber,
      title,
      body: renderIssueBody(r, era, [r.pick(everyone), r.pick(everyone)]),
      state: open ? 'OPEN' : 'CLOSED',
      author: createUser(ORGANISERS[era % ORGANISERS.length] as string),
      createdAt,
      updatedAt: latest[latest.length - 1] as string,
      closedAt,
      lastEditedAt: edits,
      labels: ['sprint'],
      comments,
    });
    truth.sprints.push({
      repo: REPO,
      number: issueNumber,
      title,
      start: placeholder ? null : dates.start,
      end: placeholder ? null : dates.end,
      state: open ? 'OPEN' : 'CLOSED',
    });
    if (index % 20 === 5) issues.push(createUnlabelledIssue(r, (issueNumber += 1), createdAt, (databaseId += 7)));
  });

  return { world: { repos: [{ owner: DEMO_OWNER, name: DEMO_REPO, issues }] }, config: createConfig(teams), truth };
}

/** An issue without the sprint label: a sync must leave it out. */
function createUnlabelledIssue(random: Random, number: number, after: string, databaseId: number): FakeIssue {
  const createdAt = shiftMinutes(after, random.int(60, 600));
  return {
    number,
    title: 'Sprint issue template: add a section for incidents?',
    body: 'The global section could list incidents since the last sprint. Thoughts?\n',
    state: 'CLOSED',
    author: createUser('sunniva-c'),
    createdAt,
    updatedAt: shiftMinutes(createdAt, 120),
    closedAt: shiftMinutes(createdAt, 120),
    lastEditedAt: null,
    labels: ['process'],
    comments: [
      { databaseId, author: createUser('odette-q'), body: 'Yes please, added it to the template.\n', createdAt: shiftMinutes(createdAt, 60), updatedAt: shiftMinutes(createdAt, 60), isMinimized: false, minimizedReason: null },
    ],
  };
}
