/** Writes one team's sprint comment in the team's voice, and records what a careful reader extracts. */
import type { Section, Status } from '../../src/lib/parse/types.ts';
import { addDays } from './calendar.ts';
import type { DemoPerson, DemoTeam } from './company.ts';
import type { Random } from './random.ts';
import { formatLegend, markersFor, OKR_WORDS, STATUS_WORDS, type LegendName } from './statuses.ts';
import type { Expressible, JudgedItem, OkrState, TeamSprint } from './team-sprint.ts';
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
export function expressibleFor(voice: TeamVoice, legend: LegendName | null): Expressible {
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-04" → "Mar 4". */
function formatShortDay(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8))}`;
}

/** "Dec 2-4", or "Oct 30-Nov 1" across months. */
function formatDayRange(from: string, to: string): string {
  const end = from.slice(5, 7) === to.slice(5, 7) ? String(Number(to.slice(8))) : formatShortDay(to);
  return `${formatShortDay(from)}-${end}`;
}

function quarterLabel(day: string): { q: string; year: string } {
  return { q: `Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`, year: day.slice(0, 4) };
}

/** Renders one team update comment and its truth. */
export function renderTeamUpdate(input: UpdateInput): RenderedUpdate {
  const { team, voice, legend, random, work } = input;
  const lines: string[] = [];
  const items: TruthItem[] = [];
  const markers = markersFor(legend);
  const personName = (person: DemoPerson, style: 'handle' | 'first'): { written: string; truth: string } =>
    style === 'handle' ? { written: `@${person.login}`, truth: person.login } : { written: person.first, truth: person.first };

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
  const supportHeroes: string[] = [];
  const away: string[] = [];
  const meta: string[] = [];
  const people = random.shuffle(team.people);
  const names = voice.names;
  const hero = people[0] as DemoPerson;
  const second = (people[1] ?? hero) as DemoPerson;
  switch (voice.support) {
    case 'bold':
      if (random.chance(0.05)) {
        meta.push('**Support hero:** TBD');
      } else {
        const h = personName(hero, names);
        meta.push(`**Support hero:** ${h.written}`);
        supportHeroes.push(h.truth);
      }
      break;
    case 'bold-outside': {
      const h = personName(hero, names);
      meta.push(`**Support hero**: ${h.written}`);
      supportHeroes.push(h.truth);
      break;
    }
    case 'dash': {
      const h = personName(hero, 'handle');
      meta.push(`Support hero - ${h.written}`);
      supportHeroes.push(h.truth);
      break;
    }
    case 'list': {
      const h = personName(hero, names);
      meta.push(`- Support: ${h.written}`);
      supportHeroes.push(h.truth);
      break;
    }
    case 'heading': {
      const h = personName(hero, names);
      meta.push('## Support hero', '', `- ${h.written}`);
      supportHeroes.push(h.truth);
      if (random.chance(0.3) && second !== hero) {
        const s = personName(second, names);
        meta.push(`- ${s.written}`);
        supportHeroes.push(s.truth);
      }
      meta.push('');
      break;
    }
    case 'weeks': {
      const a = personName(hero, names);
      const b = personName(second, names);
      const firstWeek = formatDayRange(input.start, addDays(input.start, 4));
      const secondWeek = formatDayRange(addDays(input.start, 7), addDays(input.start, 11));
      meta.push(
        random.pick([
          `**Support hero:** Week 1: ${a.written} Week 2: ${b.written}`,
          `Support hero: ${a.written} first week, then ${b.written}`,
          `Support hero: ${a.written} (${firstWeek}), ${b.written} (${secondWeek})`,
        ]),
      );
      supportHeroes.push(a.truth);
      if (b.truth !== a.truth) supportHeroes.push(b.truth);
      break;
    }
    case 'products': {
      const a = personName(hero, 'handle');
      const b = personName(second, 'handle');
      meta.push(`**${voice.products[0]} support hero:** ${a.written}`, `**${voice.products[1]} support hero:** ${b.written}`);
      supportHeroes.push(a.truth);
      if (b.truth !== a.truth) supportHeroes.push(b.truth);
      break;
    }
  }
  if (meta.length > 0 && meta[meta.length - 1] !== '' && voice.support !== 'list') meta.push('');
  const offPeople = people.slice(2).filter(() => random.chance(0.25));
  const listPrefix = voice.support === 'list' ? '- ' : '';
  const off = offPeople.map((person) => personName(person, names));
  switch (voice.off) {
    case 'off':
      meta.push(`${listPrefix}Off: ${off.length === 0 ? 'nobody' : off.map((o, i) => `${o.written} (${['Mon-Tue', 'Friday', '2 days', 'first week'][i % 4]})`).join(', ')}`);
      break;
    case 'bold':
      meta.push(`**Off during the sprint:** ${off.length === 0 ? 'none' : off.map((o) => `${o.written} (${random.int(1, 4)} days)`).join(', ')}`);
      break;
    case 'days': {
      meta.push('Days off:');
      for (const person of team.people) {
        const o = personName(person, names);
        const isOff = off.some((x) => x.truth === o.truth);
        const days = isOff ? random.int(1, 5) : 0;
        meta.push(`- ${o.written}: ${days} day${days === 1 ? '' : 's'}`);
      }
      break;
    }
    case 'ooo':
      if (off.length > 0) meta.push(`${listPrefix}OOO: ${off.map((o, i) => `${o.written} ${formatDayRange(addDays(input.start, i * 3), addDays(input.start, i * 3 + 2))}`).join(', ')}`);
      break;
    case 'pto':
      if (off.length > 0) meta.push(`${listPrefix}${random.pick(['PTO', 'PTO', 'AFK'])}: ${off.map((o, i) => `${o.written} out ${i % 2 === 0 ? '2 days' : '1st week'}`).join(', ')}`);
      break;
    case 'heading':
      if (off.length > 0) {
        if (meta.length > 0 && meta[meta.length - 1] !== '') meta.push('');
        meta.push('## Time Off', '', ...off.map((o, i) => `- ${o.written} - ${i % 2 === 0 ? 'vacation' : 'out 1 day'}`), '');
      }
      break;
    case 'vacation':
      if (off.length > 0) meta.push(`${off.map((o) => o.written).join(' and ')} ${off.length === 1 ? 'is' : 'are'} on vacation part of this sprint 🌴`);
      break;
  }
  away.push(...off.map((o) => o.truth));
  lines.push(...meta);
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
      const who = personName(person, useHandles ? 'handle' : 'first');
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

function composeHeading(input: UpdateInput): { heading: string; teamName: string; teamAliases: string[] } {
  const { team, voice, random, name, leaving } = input;
  let label = name;
  let teamName = name;
  const teamAliases: string[] = [];
  if (leaving) {
    const lower = random.chance(0.5);
    label = lower ? `~~${leaving.toLowerCase()}~~ ${name.toLowerCase()}` : `~${leaving}~ ${name}`;
    teamName = leaving;
    teamAliases.push(name);
  } else if (random.chance(voice.flairChance)) {
    const kinds = [
      ...(team.flair.subtitles.length > 0 ? ['subtitle'] : []),
      ...(team.flair.backronyms.length > 0 ? ['backronym'] : []),
      ...(team.flair.jokeNames.length > 0 ? ['joke'] : []),
    ];
    const kind = kinds.length > 0 ? random.pick(kinds) : null;
    if (kind === 'subtitle') {
      label = `${name}${random.chance(0.5) ? ',' : ' -'} ${random.pick(team.flair.subtitles)}`;
    } else if (kind === 'backronym') {
      label = random.pick(team.flair.backronyms);
      const expansion = label.replace(/^[A-Z]+[:\s(]+/, '').replace(/\)$/, '');
      teamAliases.push(expansion);
    } else if (kind === 'joke') {
      const joke = random.pick(team.flair.jokeNames);
      label = `~${name}~ ${joke}`;
      teamAliases.push(joke);
    }
  }
  const heading = {
    h1: `# Team ${label}`,
    h2: `## Team ${label}`,
    plain: `Team ${label}`,
    suffix: `# ${label} team`,
  }[voice.heading];
  return { heading, teamName, teamAliases };
}

function renderItem(
  input: UpdateInput,
  markers: Partial<Record<Status, readonly string[]>>,
  section: Section,
  entry: JudgedItem,
  fixedOwner?: { written: string; truth: string },
): { line: string; truth: TruthItem } {
  const { voice, random } = input;
  const status = entry.status;
  let text = entry.item.text;
  if (status === 'done' && random.chance(0.08)) text += random.pick([' 🎉', ' :rocket:', ' 🥳']);
  const plain = voice.owners === 'bracket-name' || voice.owners === 'names-paren';
  const owners = fixedOwner ? [] : entry.item.owners.map((p) => (plain ? { written: p.first, truth: p.first } : { written: `@${p.login}`, truth: p.login }));
  let ownersBefore = '';
  let ownersAfter = '';
  if (owners.length > 0) {
    const written = owners.map((o) => o.written);
    switch (voice.owners) {
      case 'at-end':
        ownersAfter = ` ${written.join(' ')}`;
        break;
      case 'at-start':
        ownersBefore = `${written.join(' ')} `;
        break;
      case 'owner-paren':
        ownersAfter = written.length === 1 ? ` (owner: ${written[0]})` : ` (owners: ${written.join(', ')})`;
        break;
      case 'bracket-name':
        ownersAfter = ` [${written.join(', ')}]`;
        break;
      case 'names-paren':
        ownersAfter = ` (${written.join(', ')})`;
        break;
    }
  }
  const core = `${ownersBefore}${text}${ownersAfter}`;
  let line: string;
  const marker = status === 'unknown' ? null : markers[status] ? random.pick(markers[status] as readonly string[]) : null;
  switch (voice.status) {
    case 'emoji-start':
      line = marker ? `- ${marker} ${core}` : `- ${core}`;
      break;
    case 'emoji-end':
      line = marker ? `- ${core} ${marker}` : `- ${core}`;
      break;
    case 'checkbox':
      if (section === 'carry-over') line = `- ${core}`;
      else if (status === 'done') line = `- [x] ${core}`;
      else if (status === 'in-progress') line = `- [ ] ${core} - still in progress`;
      else line = `- [ ] ${core}`;
      break;
    case 'words': {
      const words = STATUS_WORDS[status];
      if (status === 'unknown' || !words) line = `- ${core}`;
      else {
        const word = random.pick(words);
        line = word === 'carry over' ? `- ${core} (carry over)` : `- ${core} - ${word}`;
      }
      break;
    }
  }
  const truthOwners = fixedOwner ? [fixedOwner.truth] : owners.map((o) => o.truth);
  return { line, truth: { section, text, status, owners: truthOwners, links: [...entry.item.links] } };
}

function renderOkrs(
  input: UpdateInput,
  lines: string[],
  okrs: OkrState[],
  openSection: (title: string, sub?: boolean) => void,
  closeSection: () => void,
): TruthOkr[] {
  const { voice, random, legend } = input;
  const markers = markersFor(legend);
  const { q, year } = quarterLabel(input.start);
  const useWords = voice.okr === 'goals' || voice.status === 'words';
  const atEnd = voice.status === 'emoji-end';
  const mark = (title: string, status: Status, labelPrefix = ''): string => {
    if (status === 'unknown') return `${labelPrefix}${title}`;
    if (useWords) return `${labelPrefix}${title} (${OKR_WORDS[status] ?? status})`;
    const emoji = random.pick(markers[status] ?? ['']);
    return atEnd ? `${labelPrefix}${title} ${emoji}` : `${labelPrefix}${emoji} ${title}`;
  };
  const titles = {
    numbered: ['OKR', 'OKRs', `OKR ${q} ${year}`],
    labels: ['OKRs', `OKR ${q} ${year}`],
    goals: ['Quarter goals', `${q} ${year} objectives`],
    headings: [`${q} ${year} objectives`, 'OKR'],
  }[voice.okr];
  const truth: TruthOkr[] = okrs.map((okr) => ({
    title: okr.title,
    status: okr.status,
    children: okr.results.map((r) => ({ title: r.title, status: r.status, children: [] })),
  }));
  const indent = voice.indent;
  if (voice.okr === 'headings') {
    const level = voice.sections === 'h3' ? '###' : '##';
    lines.push(`${level} ${random.pick(titles)}`, '');
    for (const okr of okrs) {
      lines.push(`${level}# ${mark(okr.title, okr.status)}`, '');
      for (const r of okr.results) lines.push(`- ${mark(r.title, r.status)}`);
      lines.push('');
    }
    return truth;
  }
  openSection(random.pick(titles));
  okrs.forEach((okr, i) => {
    switch (voice.okr) {
      case 'numbered':
        lines.push(`${i + 1}. ${mark(okr.title, okr.status)}`);
        for (const r of okr.results) lines.push(`${indent === '\t' ? '\t' : '   '}- ${mark(r.title, r.status)}`);
        break;
      case 'labels':
        lines.push((useWords || atEnd ? `**Objective ${i + 1}: ${okr.title}** ${markWordless(mark, okr)}` : `**Objective ${i + 1}: ${mark(okr.title, okr.status)}**`).trimEnd());
        for (const r of okr.results) lines.push(`- ${mark(r.title, r.status, 'KR: ')}`);
        lines.push('');
        break;
      case 'goals':
        lines.push(`- ${mark(okr.title, okr.status, `Goal ${i + 1}: `)}`);
        for (const r of okr.results) lines.push(`${indent}- ${mark(r.title, r.status, 'KR: ')}`);
        break;
    }
  });
  closeSection();
  return truth;
}

/** The status part of an objective line written after the bold title. */
function markWordless(mark: (title: string, status: Status) => string, okr: OkrState): string {
  return mark('', okr.status).trim();
}

function renderExtras(input: UpdateInput): string[] {
  const { random, team } = input;
  const out: string[] = ['---', ''];
  const kind = random.int(0, 3);
  const topic = random.pick(team.topics);
  if (kind === 0) {
    out.push('### Notes', '', `Big thanks to everyone who reviewed the work on ${topic} :tada: The flag \`${team.slug}_beta\` stays on for internal accounts until the next sprint.`);
  } else if (kind === 1) {
    const a = random.int(60, 95);
    out.push('| Metric | Last sprint | This sprint |', '| --- | ---: | ---: |', `| Tickets closed | ${random.int(8, 30)} | ${random.int(8, 30)} |`, `| On-call pages | ${random.int(0, 9)} | ${random.int(0, 9)} |`, `| Review turnaround (h) | ${a / 10} | ${random.int(30, 95) / 10} |`);
  } else if (kind === 2) {
    const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[random.int(0, 15)]).join('');
    out.push(`Screenshot of the work on ${topic}:`, '', `![screenshot](https://github.com/user-attachments/assets/${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)})`);
  } else {
    out.push(`> "Whatever you did to ${topic}, it saves us an hour every morning" — a dispatcher at one of our pilot customers`, '', 'Keep them coming :rocket:');
  }
  out.push('');
  return out;
}


const CHANGE_VERBS = ['Fix', 'Bump', 'Refactor', 'Add', 'Remove', 'Tweak', 'Speed up', 'Log'];
const CHANGE_OBJECTS = [
  'flaky test in `route_solver_spec`', 'the stop list sorting', 'timezone handling for depots', 'the map legend colours', 'N+1 query on the board',
  'dispatcher audit events', 'a typo in the reassign dialog', 'retry on solver timeouts', 'the CSV export header', 'dead code in the planner',
];

/** A merged-PR list: every line an item of section 'other' with no status. */
function renderChangelog(input: UpdateInput, count: number): { line: string; truth: TruthItem }[] {
  const { random, team } = input;
  let number = 3000;
  return Array.from({ length: count }, () => {
    number += random.int(1, 9);
    const url = `https://github.com/${team.codeRepo}/pull/${number}`;
    const text = `${random.pick(CHANGE_VERBS)} ${random.pick(CHANGE_OBJECTS)} ([#${number}](${url}))`;
    const owner = random.pick(team.people);
    return { line: `- ${text} @${owner.login}`, truth: { section: 'other' as const, text, status: 'unknown' as const, owners: [owner.login], links: [url] } };
  });
}
