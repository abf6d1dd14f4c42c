import { describe, expect, it } from 'vitest';
import { parseTeamComment } from '../../src/lib/parse/index.ts';

const people = (lines: string) => {
  const { supportHeroes, away } = parseTeamComment(`# Team Otter\n\n${lines}\n\n## Retro\n\n- ✅ shipped the dam`);
  return { supportHeroes, away };
};

describe('support heroes', () => {
  it.each([
    ['**Support hero:** @ana-m', ['ana-m']],
    ['**Support hero**: @ana-m', ['ana-m']],
    ['**Support hero**: Ana', ['Ana']],
    ['Support hero - @ana-m', ['ana-m']],
    ['- Support: Ben', ['Ben']],
    ['* Support hero: @ana-m', ['ana-m']],
    ['Mobile support hero: @ana-m', ['ana-m']],
    ['**Support hero:** @ana-m / @ben-k', ['ana-m', 'ben-k']],
    ['Support: Ines, backups: Kofi & Yara', ['Ines', 'Kofi', 'Yara']],
    ['**Support hero:** Week 1: @ana-m Week 2: @ben-k', ['ana-m', 'ben-k']],
    ['**Support hero:** @ana-m the first week, then @ben-k', ['ana-m', 'ben-k']],
    ['**Support hero:** Lena/Omar, Tove', ['Lena', 'Omar', 'Tove']],
    ['**Support hero this sprint:** @ana-m', ['ana-m']],
    ['🦸 Support hero: @ana-m', ['ana-m']],
    ['**On-call:** @ana-m', ['ana-m']],
  ])('reads %j', (line, heroes) => {
    expect(people(line).supportHeroes).toEqual(heroes);
  });

  it('reads a label followed by a per-week list', () => {
    expect(people('**Support hero:**\n- First week: Ines, Kofi & Yara\n- Second week: Ruben & Yara (and the Monday after)').supportHeroes).toEqual([
      'Ines',
      'Kofi',
      'Yara',
      'Ruben',
    ]);
  });

  it('reads a list of handles with dates', () => {
    expect(people('**Support hero:**\n- @ana-m: 04/02 - 04/06\n- @ben-k: 04/09 - 04/13').supportHeroes).toEqual(['ana-m', 'ben-k']);
  });

  it('reads a "## Support hero" heading followed by a list or a line', () => {
    expect(people('## Support hero\n- @ana-m\n- @ben-k').supportHeroes).toEqual(['ana-m', 'ben-k']);
    expect(people('# Support hero:\n@ana-m').supportHeroes).toEqual(['ana-m']);
  });

  it('reads nobody from placeholders', () => {
    for (const line of ['**Support hero:** TBD', '**Support hero:** ?', '**Support hero:** ___', '**Support hero:**\n- TBD']) {
      expect(people(line).supportHeroes).toEqual([]);
    }
  });

  it('keeps a work item that merely starts with "Support"', () => {
    const parsed = parseTeamComment('# Team Otter\n\n## High priority\n\n- Support tickets triage: reduce the backlog');
    expect({ heroes: parsed.supportHeroes, items: parsed.items.map((item) => item.text) }).toEqual({ heroes: [], items: ['Support tickets triage: reduce the backlog'] });
  });

  it('ignores support mentioned as retro work', () => {
    expect(parseTeamComment('# Team Otter\n\n## Retro\n\n- ✅ Night shift on support: calm week @ana-m').supportHeroes).toEqual([]);
  });
});

describe('time off', () => {
  it.each([
    ['Off: Lena (2 weeks), Omar (1 week), Tove (3 days)', ['Lena', 'Omar', 'Tove']],
    ['**Off during the sprint:** @ana-m (1 day)', ['ana-m']],
    ['**Off during the sprint:** none', []],
    ['**Off during the sprint:** No time off planned', []],
    ['OOO: Ruben 4-6 May', ['Ruben']],
    ['@ana-m OOO 3 days', ['ana-m']],
    ['- @ana-m out 2 days', ['ana-m']],
    ['- @ana-m out 1st week', ['ana-m']],
    ['Kofi is off 3rd-5th', ['Kofi']],
    ['Yara on PTO from Tuesday', ['Yara']],
    ['Ines and Tove are on vacation for a few days 🌴', ['Ines', 'Tove']],
    ['bogdan out on friday', ['bogdan']],
    ['- Bogdan - out until Wednesday (moving house)', ['Bogdan']],
    ['* AFK 2 days - team visit @ana-m', ['ana-m']],
    ['- @ben-k on vacation until the 20th', ['ben-k']],
    ['- @ben-k holiday on Friday', ['ben-k']],
    ['Time off: @ana-m for the last three days', ['ana-m']],
    ['Holidays 🎄: @ana-m (Mon-Tue)', ['ana-m']],
    ['PTO: Clara, Dan', ['Clara', 'Dan']],
    ['Away for a workshop: @ana-m on Monday', ['ana-m']],
    ['- Team offsite on Thursday\n- Public Holiday friday', []],
  ])('reads %j', (line, away) => {
    expect(people(line).away).toEqual(away);
  });

  it('reads a "Days off:" per-person list and leaves out "0 days"', () => {
    expect(people('Days off:\nLena: 3 days\nOmar: 0 days\nTove: 1 day').away).toEqual(['Lena', 'Tove']);
  });

  it('reads a "## Time Off" section', () => {
    expect(people('## Time Off\n- @ana-m 2 days\n- @ben-k first week').away).toEqual(['ana-m', 'ben-k']);
  });

  it('does not count time off mentioned in the retro (that was the last sprint)', () => {
    expect(parseTeamComment('# Team Otter\n\n## Retro\n\n@ana-m was off most of last sprint\n- ✅ dam').away).toEqual([]);
  });

  it('reads a bold "Out of office" label followed by a list, wherever it sits', () => {
    const parsed = parseTeamComment('## Platform team\n\n**Carried over**\n* Fix flaky tests (@joe-p)\n\n**Out of office**\n* @amy-l: Mon–Wed\n* Bob 0 days\n\n**On call:** @zed-r');
    expect({ away: parsed.away, heroes: parsed.supportHeroes, items: parsed.items.map((item) => item.text) }).toEqual({
      away: ['amy-l'],
      heroes: ['zed-r'],
      items: ['Fix flaky tests'],
    });
  });
});
