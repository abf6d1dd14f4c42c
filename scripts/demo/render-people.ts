/** The support-hero and time-off lines of a team update, in the team's style, with who they name. */
import { addDays, formatDayRange } from './calendar.ts';
import type { DemoPerson } from './company.ts';
import type { UpdateInput } from './render-update.ts';

/** A person as written ("@login" or a first name) and as the truth records them (login or name). */
export function describePerson(person: DemoPerson, style: 'handle' | 'first'): { written: string; truth: string } {
  return style === 'handle' ? { written: `@${person.login}`, truth: person.login } : { written: person.first, truth: person.first };
}

/** Writes who is support hero and who is away; "0 days" entries are written but not counted. */
export function renderPeople(input: UpdateInput): { lines: string[]; supportHeroes: string[]; away: string[] } {
  const { team, voice, random } = input;
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
        const h = describePerson(hero, names);
        meta.push(`**Support hero:** ${h.written}`);
        supportHeroes.push(h.truth);
      }
      break;
    case 'bold-outside': {
      const h = describePerson(hero, names);
      meta.push(`**Support hero**: ${h.written}`);
      supportHeroes.push(h.truth);
      break;
    }
    case 'dash': {
      const h = describePerson(hero, 'handle');
      meta.push(`Support hero - ${h.written}`);
      supportHeroes.push(h.truth);
      break;
    }
    case 'list': {
      const h = describePerson(hero, names);
      meta.push(`- Support: ${h.written}`);
      supportHeroes.push(h.truth);
      break;
    }
    case 'heading': {
      const h = describePerson(hero, names);
      meta.push('## Support hero', '', `- ${h.written}`);
      supportHeroes.push(h.truth);
      if (random.chance(0.3) && second !== hero) {
        const s = describePerson(second, names);
        meta.push(`- ${s.written}`);
        supportHeroes.push(s.truth);
      }
      meta.push('');
      break;
    }
    case 'weeks': {
      const a = describePerson(hero, names);
      const b = describePerson(second, names);
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
      const a = describePerson(hero, 'handle');
      const b = describePerson(second, 'handle');
      meta.push(`**${voice.products[0]} support hero:** ${a.written}`, `**${voice.products[1]} support hero:** ${b.written}`);
      supportHeroes.push(a.truth);
      if (b.truth !== a.truth) supportHeroes.push(b.truth);
      break;
    }
  }
  if (meta.length > 0 && meta[meta.length - 1] !== '' && voice.support !== 'list') meta.push('');
  const offPeople = people.slice(2).filter(() => random.chance(0.25));
  const listPrefix = voice.support === 'list' ? '- ' : '';
  const off = offPeople.map((person) => describePerson(person, names));
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
        const o = describePerson(person, names);
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
  return { lines: meta, supportHeroes, away };
}
