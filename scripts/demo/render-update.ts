/** Writes one team's sprint comment in the team's voice, and records what a careful reader extracts. */
import type { Section, Status } from '../../src/lib/parse/types.ts';
import type { DemoPerson, DemoTeam } from './company.ts';
import type { Random } from './random.ts';
import { renderChangelog, renderExtras } from './render-extras.ts';
import { composeHeading } from './render-heading.ts';
import { renderItem } from './render-item.ts';
import { renderOkrs } from './render-okrs.ts';
import { describePerson, renderPeople } from './render-people.ts';
import { formatLegend, markersFor, OKR_WORDS, STATUS_WORDS, type LegendName } from './statuses.ts';
import type { Expressible, JudgedItem, TeamSprint } from './team-sprint.ts';
import type { TruthItem, TruthOkr, TruthUpdate } from './truth.ts';
import type { TeamVoice } from './voice.ts';

export interface UpdateInput {
  team: DemoTeam;
  voice: TeamVoice;
  legend: LegendName | null;
  random: Random;
  work: TeamSprint;
  start: string;
  end: string;
  /** The team's name this sprint and, during a rename, the name it is leaving. */
  name: string;
  leaving: string | null;
  /** 'short': a one-line update; 'changelog': a long one ending with a list of every PR merged. */
  shape?: 'normal' | 'short' | 'changelog';
}

export type UpdateTruth = Pick<TruthUpdate, 'team' | 'teamName' | 'heading' | 'teamAliases' | 'supportHeroes' | 'away' | 'okrs' | 'items'>;

export interface RenderedUpdate {
  body: string;
  truth: UpdateTruth;
}

const PREAMBLES = ['🚢', '⚓⚓⚓', 'Another fortnight, another fire drill 🔥', '(written on a train, forgive the typos)', '🌊🌊', 'Good morning from the night shift ☕'];
const SUBTASKS = ['Write the design doc', 'Get sign-off from support', 'Roll out to beta customers', 'Add monitoring', 'Update the help center'];
const NOTES = [
  'Pairing with another team on this one',
  'Numbers are in the weekly metrics doc',
  'Took longer than planned because of the holiday rush',
  'Customer feedback so far is positive',
  'Needs a follow-up with legal',
  'Split into two tickets',
];

/** Statuses this comment can write down, given the team's marker habits and legend. */
export function listExpressibleStatuses(voice: TeamVoice, legend: LegendName | null): Expressible {
  const emoji = Object.keys(markersFor(legend)) as Status[];
  const okrWords = Object.keys(OKR_WORDS) as Status[];
  const okr = voice.okr === 'goals' || voice.status === 'words' ? okrWords : emoji;
  if (voice.status === 'checkbox') return { retro: ['done', 'not-started', 'in-progress'], carryOver: [], plan: [], okr };
  if (voice.status === 'words') {
    const words = Object.keys(STATUS_WORDS) as Status[];
    return { retro: words, carryOver: words, plan: ['blocked', 'at-risk'], okr };
  }
  return { retro: emoji, carryOver: emoji, plan: emoji, okr };
}

/** Renders one team update comment and its truth. */
export function renderTeamUpdate(input: UpdateInput): RenderedUpdate {
  const { team, voice, legend, random, work } = input;
  const lines: string[] = [];
  const items: TruthItem[] = [];
  const markers = markersFor(legend);

  // Heading, possibly after an emoji or a joke.
  if (random.chance(voice.preambleChance)) lines.push(random.pick(PREAMBLES), '');
  const { heading, teamName, teamAliases } = composeHeading(input);
  lines.push(heading, '');
  if (input.shape === 'short') {
    lines.push('Team offsite this sprint, no plan and no retro. Back to normal next time 🏝️');
    return {
      body: `${lines.join('\n')}\n`,
      truth: { team: team.slug, teamName, heading, teamAliases, supportHeroes: [], away: [], okrs: [], items: [] },
    };
  }

  // Support hero and time off.
  const people = renderPeople(input);
  const { supportHeroes, away } = people;
  lines.push(...people.lines);
  if (lines[lines.length - 1] !== '') lines.push('');

  // Legend outside a heading.
  const legendLine = legend ? formatLegend(legend, random.chance(0.4)) : null;
  if (legend && legendLine && voice.legendPlacement === 'text') lines.push(`${random.pick(['Legend:', 'Status key:'])} ${legendLine}`, '');
  if (legend && legendLine && voice.legendPlacement === 'details') lines.push('<details><summary>Legend</summary>', '', legendLine, '', '</details>', '');
  let pendingHeadingLegend = legend && voice.legendPlacement === 'heading' ? legendLine : null;

  const openSection = (title: string, sub = false): void => {
    const full = pendingHeadingLegend ? `${title} ${pendingHeadingLegend}` : title;
    pendingHeadingLegend = null;
    switch (voice.sections) {
      case 'h2':
        lines.push(`${sub ? '###' : '##'} ${full}`, '');
        break;
      case 'h3':
        lines.push(`${sub ? '####' : '###'} ${full}`, '');
        break;
      case 'bold':
        lines.push(random.chance(0.5) ? `**${full}**` : `**${full}:**`, '');
        break;
      case 'details':
        lines.push('<details>', `<summary>${full}</summary>`, '');
        break;
    }
  };
  const closeSection = (): void => {
    if (voice.sections === 'details') lines.push('</details>');
    lines.push('');
  };

  const writeItems = (section: Section, entries: JudgedItem[], fixedOwner?: { written: string; truth: string }): void => {
    for (const entry of entries) {
      const { line, truth } = renderItem(input, markers, section, entry, fixedOwner);
      lines.push(line);
      items.push(truth);
      if (section === 'retro' && voice.status === 'checkbox' && random.chance(0.15)) {
        for (const subtask of random.shuffle(SUBTASKS).slice(0, 2)) {
          const done = random.chance(0.6);
          lines.push(`${voice.indent}- [${done ? 'x' : ' '}] ${subtask}`);
          items.push({ section, text: subtask, status: done ? 'done' : 'not-started', owners: [], links: [] });
        }
      } else if (section === 'retro' && random.chance(0.12)) {
        lines.push(`${voice.indent}- ${random.pick(NOTES)}`);
      }
    }
  };

  const okrFirst = random.chance(0.2);
  const okrs: TruthOkr[] = [];
  const writeOkrs = (): void => {
    if (work.okrs.length === 0 || random.chance(0.12)) return;
    okrs.push(...renderOkrs(input, lines, work.okrs, openSection, closeSection));
  };

  if (okrFirst) writeOkrs();
  const retroTitles = ['Retro', 'Retro', 'Retro - Tasks', 'What went well', 'Last sprint'];
  const retroTitle = random.pick(work.carryOver.length === 0 ? [...retroTitles, 'Retro & hang over'] : retroTitles);
  openSection(retroTitle);
  writeItems('retro', work.retro);
  closeSection();
  if (work.carryOver.length > 0) {
    openSection(random.pick(['Hang over items from previous sprint', 'Carry-over', 'Hangover from last sprint']));
    writeItems('carry-over', work.carryOver);
    closeSection();
  }
  if (!okrFirst) writeOkrs();

  const highTitle = random.pick(['High priority', 'High prio', 'Plan', 'This sprint']);
  if (voice.perPerson) {
    openSection(highTitle);
    const byPerson = new Map<DemoPerson, JudgedItem[]>();
    for (const entry of work.high) {
      const owner = entry.item.owners[0] ?? (team.people[0] as DemoPerson);
      byPerson.set(owner, [...(byPerson.get(owner) ?? []), entry]);
    }
    const useHandles = random.chance(0.5);
    for (const [person, entries] of byPerson) {
      const who = describePerson(person, useHandles ? 'handle' : 'first');
      lines.push(useHandles ? who.written : `#### ${who.written}`, '');
      writeItems('high', entries, who);
      lines.push('');
    }
    closeSection();
  } else {
    openSection(highTitle);
    writeItems('high', work.high);
    closeSection();
  }
  if (work.low.length > 0) {
    openSection(random.pick(['Low priority / side quests', 'Stretch', 'Side quests', 'Low prio']));
    writeItems('low', work.low);
    closeSection();
  }
  if (random.chance(voice.extrasChance)) lines.push(...renderExtras(input));
  if (input.shape === 'changelog') {
    const changes = renderChangelog(input, 140);
    lines.push('<details>', `<summary>Changelog (${changes.length} PRs merged)</summary>`, '');
    for (const change of changes) {
      lines.push(change.line);
      items.push(change.truth);
    }
    lines.push('', '</details>', '');
  }

  return {
    body: `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`,
    truth: { team: team.slug, teamName, heading, teamAliases, supportHeroes, away, okrs, items },
  };
}
