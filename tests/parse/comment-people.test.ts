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
    ['Support: Marcus, secondaries: Brett & Ted', ['Marcus', 'Brett', 'Ted']],
    ['**Support hero:** Week 1: @ana-m Week 2: @ben-k', ['ana-m', 'ben-k']],
    ['**Support hero:** @ana-m the first week, then @ben-k', ['ana-m', 'ben-k']],
    ['**Support hero:** Xavier/Tomas, Tiina', ['Xavier', 'Tomas', 'Tiina']],
    ['**Support hero this sprint:** @ana-m', ['ana-m']],
    ['🦸 Support hero: @ana-m', ['ana-m']],
    ['**On-call:** @ana-m', ['ana-m']],
  ])('reads %j', (line, heroes) => {
    expect(people(line).supportHeroes).toEqual(heroes);
  });

  it('reads a label followed by a per-week list', () => {
    expect(people('**Support hero:**\n- First week: Robbie, Marius & Marcus\n- Second week: Thomas & Marcus (& week after)').supportHeroes).toEqual([
      'Robbie',
      'Marius',
      'Marcus',
      'Thomas',
    ]);
  });

  it('reads a list of handles with dates', () => {
    expect(people('**Support hero:**\n- @ana-m: 03/09 - 03/13\n- @ben-k: 03/16 - 03/20').supportHeroes).toEqual(['ana-m', 'ben-k']);
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
    expect(parseTeamComment('# Team Otter\n\n## Retro\n\n- ✅ On call EU + support: the whole week @ana-m').supportHeroes).toEqual([]);
  });
});

describe('time off', () => {
  it.each([
    ['Off: Tiina (2 weeks), Brett (1 week), Ted (3 days)', ['Tiina', 'Brett', 'Ted']],
    ['**Off during the sprint:** @ana-m (1 day)', ['ana-m']],
    ['**Off during the sprint:** Nobody!', []],
    ['**Off during the sprint:** No major time off', []],
    ['OOO: Clara 29-31 Jan', ['Clara']],
    ['@ana-m OOO 3 days', ['ana-m']],
    ['- @ana-m out 2 days', ['ana-m']],
    ['- @ana-m out 1st week', ['ana-m']],
    ['Michael is off 12-14th', ['Michael']],
    ['Daniel on PTO next week', ['Daniel']],
    ['Rafael and Cordelia are on vacation part of this sprint 🌴', ['Rafael', 'Cordelia']],
    ['paul out a day', ['paul']],
    ['- Paul - out for one week (back for the demo)', ['Paul']],
    ['* 2 days AFK - conference in Lisbon @ana-m', ['ana-m']],
    ['- @ben-k on vacation until the 20th', ['ben-k']],
    ['- @ben-k holiday on Friday', ['ben-k']],
    ['Time off: @ana-m the second week', ['ana-m']],
    ['Holidays 🎄: @ana-m (Mon-Tue)', ['ana-m']],
    ['PTO: Clara, Dan', ['Clara', 'Dan']],
    ['Away for conference: @ana-m Sep 1', ['ana-m']],
    ['- Offsite 5 days\n- Bank Holiday monday', []],
  ])('reads %j', (line, away) => {
    expect(people(line).away).toEqual(away);
  });

  it('reads a "Days off:" per-person list and leaves out "0 days"', () => {
    expect(people('Days off:\nJuraj: 3 days\nNeil: 0 days\nPhani: 1 day').away).toEqual(['Juraj', 'Phani']);
  });

  it('reads a "## Time Off" section', () => {
    expect(people('## Time Off\n- @ana-m 2 days\n- @ben-k first week').away).toEqual(['ana-m', 'ben-k']);
  });

  it('does not count time off mentioned in the retro (that was the last sprint)', () => {
    expect(parseTeamComment('# Team Otter\n\n## Retro\n\n@ana-m basically out for the sprint\n- ✅ dam').away).toEqual([]);
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
