/**
 * What a team did in one sprint, before it is written down: last sprint's plan judged in the retro,
 * unfinished work carried over, a new plan, and the quarter's OKRs with statuses that move.
 */
import type { Status } from '../../src/lib/parse/types.ts';
import { ITEM_VERBS, type DemoPerson, type DemoTeam } from './company.ts';
import type { Random } from './random.ts';

export interface WorkItem {
  text: string;
  owners: DemoPerson[];
  links: string[];
}

export interface JudgedItem {
  item: WorkItem;
  status: Status;
}

export interface OkrState {
  title: string;
  status: Status;
  results: { title: string; status: Status }[];
}

export interface TeamProgress {
  planned: WorkItem[];
  quarter: string | null;
  okrs: OkrState[];
  itemCursor: number;
  objectiveCursor: number;
  issueNumber: number;
}

export interface TeamSprint {
  retro: JudgedItem[];
  carryOver: JudgedItem[];
  high: JudgedItem[];
  low: JudgedItem[];
  okrs: OkrState[];
}

/** Which statuses the comment can express for plan items, retro items and OKRs. */
export interface Expressible {
  retro: readonly Status[];
  carryOver: readonly Status[];
  plan: readonly Status[];
  okr: readonly Status[];
}

/** A fresh team with nothing planned yet. */
export function createTeamProgress(): TeamProgress {
  return { planned: [], quarter: null, okrs: [], itemCursor: 0, objectiveCursor: 0, issueNumber: 200 };
}

const RETRO_WEIGHTS: [Status, number][] = [
  ['done', 10], ['in-progress', 4], ['off-track', 2], ['not-done', 2], ['not-started', 2], ['abandoned', 1], ['blocked', 1], ['at-risk', 1], ['on-track', 1],
];

function pickWeighted(random: Random, weights: [Status, number][], allowed: readonly Status[]): Status {
  const usable = weights.filter(([status]) => allowed.includes(status));
  if (usable.length === 0) return 'unknown';
  let roll = random.next() * usable.reduce((sum, [, w]) => sum + w, 0);
  for (const [status, weight] of usable) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return (usable[usable.length - 1] as [Status, number])[0];
}

/** The closest status the comment can express; 'unknown' (no marker) is always expressible. */
export function expressStatus(status: Status, allowed: readonly Status[]): Status {
  const fallbacks: Partial<Record<Status, Status[]>> = {
    'on-track': ['on-track', 'in-progress'],
    'at-risk': ['at-risk', 'in-progress', 'off-track'],
    'off-track': ['off-track', 'at-risk', 'not-done'],
    done: ['done'],
    'not-started': ['not-started'],
    'in-progress': ['in-progress', 'on-track'],
  };
  return (fallbacks[status] ?? [status]).find((s) => allowed.includes(s)) ?? 'unknown';
}

function createItem(team: DemoTeam, progress: TeamProgress, random: Random): WorkItem {
  const n = progress.itemCursor++;
  const topic = team.topics[n % team.topics.length] as string;
  const verb = ITEM_VERBS[(n * 5 + Math.floor(n / team.topics.length)) % ITEM_VERBS.length] as string;
  let text = `${verb} ${topic}`;
  const links: string[] = [];
  const linkRoll = random.next();
  progress.issueNumber += random.int(3, 40);
  const number = progress.issueNumber;
  if (linkRoll < 0.12) {
    const url = `https://github.com/${team.codeRepo}/issues/${number}`;
    text += ` ([#${number}](${url}))`;
    links.push(url);
  } else if (linkRoll < 0.2) {
    const url = `https://github.com/${team.codeRepo}/pull/${number}`;
    text += ` ${url}`;
    links.push(url);
  } else if (linkRoll < 0.25) {
    const url = `https://github.com/${team.codeRepo}/pull/${number}`;
    text += ` in [PR ${number}](${url})`;
    links.push(url);
  }
  const ownerCount = random.pick([0, 1, 1, 1, 2]);
  const owners = random.shuffle(team.people).slice(0, ownerCount);
  return { text, owners, links };
}

function findQuarter(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

const OKR_STEPS: Status[] = ['not-started', 'on-track', 'on-track', 'at-risk', 'off-track', 'done'];

function stepOkr(random: Random, status: Status, lateInQuarter: boolean): Status {
  if (status === 'done') return 'done';
  if (lateInQuarter && random.chance(0.3)) return 'done';
  if (random.chance(0.55)) return status;
  if (status === 'not-started') return random.pick(['on-track', 'at-risk'] as const);
  return random.pick(OKR_STEPS.slice(1, 5));
}

/** Small wording edits people make to an objective between sprints. */
function editTitle(random: Random, title: string): string {
  const edits = [
    (t: string) => t.replace(' and ', ' & '),
    (t: string) => (t.endsWith('.') ? t : `${t}.`),
    (t: string) => t.replace(/under (\d)/, 'below $1'),
    (t: string) => t.replace('the ', 'our '),
  ];
  const edited = random.pick(edits)(title);
  return edited;
}

function advanceOkrs(team: DemoTeam, progress: TeamProgress, random: Random, start: string, allowed: readonly Status[]): void {
  const quarter = findQuarter(start);
  if (quarter !== progress.quarter) {
    progress.quarter = quarter;
    const count = Math.min(team.objectives.length, random.int(2, 3));
    progress.okrs = [];
    for (let i = 0; i < count; i++) {
      const objective = team.objectives[(progress.objectiveCursor + i) % team.objectives.length];
      if (!objective) continue;
      progress.okrs.push({
        title: objective.title,
        status: 'not-started',
        results: objective.results.map((title) => ({ title, status: random.pick(['not-started', 'on-track'] as const) })),
      });
    }
    progress.objectiveCursor += count;
  }
  const month = Number(start.slice(5, 7));
  const lateInQuarter = month % 3 === 0;
  for (const okr of progress.okrs) {
    if (random.chance(0.08)) okr.title = editTitle(random, okr.title);
    for (const result of okr.results) {
      result.status = expressStatus(stepOkr(random, result.status, lateInQuarter), allowed);
      if (random.chance(0.04)) result.title = editTitle(random, result.title);
    }
    const worst = okr.results.some((r) => r.status === 'off-track')
      ? 'off-track'
      : okr.results.some((r) => r.status === 'at-risk')
        ? 'at-risk'
        : okr.results.every((r) => r.status === 'done')
          ? 'done'
          : 'on-track';
    okr.status = expressStatus(random.chance(0.8) ? worst : stepOkr(random, okr.status, lateInQuarter), allowed);
  }
}

/** Advances a team by one sprint: judges last sprint's plan, carries work over, plans anew, moves OKRs. */
export function advanceTeamSprint(team: DemoTeam, progress: TeamProgress, random: Random, start: string, can: Expressible): TeamSprint {
  if (progress.planned.length === 0) {
    for (let i = 0; i < 4; i++) progress.planned.push(createItem(team, progress, random));
  }
  const retro = progress.planned.map((item) => ({ item, status: pickWeighted(random, RETRO_WEIGHTS, can.retro) }));
  const unfinished = retro.filter((r) => !['done', 'abandoned', 'not-done'].includes(r.status));
  const carryOver = unfinished
    .filter(() => random.chance(0.5))
    .map((r) => ({ item: r.item, status: random.chance(0.6) ? expressStatus('in-progress', can.carryOver) : 'unknown' as Status }));
  const high: JudgedItem[] = unfinished
    .filter((r) => !carryOver.some((c) => c.item === r.item) && random.chance(0.6))
    .map((r) => ({ item: r.item, status: 'unknown' }));
  while (high.length < random.int(2, 4)) high.push({ item: createItem(team, progress, random), status: 'unknown' });
  for (const entry of high) {
    if (random.chance(0.12)) entry.status = expressStatus(random.pick(['at-risk', 'blocked', 'not-started'] as const), can.plan);
  }
  const low: JudgedItem[] = [];
  const lowCount = random.int(0, 3);
  for (let i = 0; i < lowCount; i++) low.push({ item: createItem(team, progress, random), status: 'unknown' });
  progress.planned = [...high, ...low].map((entry) => entry.item);
  advanceOkrs(team, progress, random, start, can.okr);
  const okrs = progress.okrs.map((okr) => ({ ...okr, results: okr.results.map((r) => ({ ...r })) }));
  return { retro, carryOver, high, low, okrs };
}
