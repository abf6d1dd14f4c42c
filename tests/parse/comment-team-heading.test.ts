import { describe, expect, it } from 'vitest';
import { parseTeamComment } from '../../src/lib/parse/index.ts';

const team = (body: string) => {
  const { isUpdate, teamHeading, teamName, teamAliases } = parseTeamComment(body);
  return { isUpdate, teamHeading, teamName, teamAliases };
};

describe('team heading', () => {
  it.each([
    ['# Team Kestrel\n\n## Retro\n- ✅ nest', '# Team Kestrel'],
    ['## Team Kestrel\n\n## Retro\n- ✅ nest', '## Team Kestrel'],
    ['### Team Kestrel\n- ✅ nest', '### Team Kestrel'],
    ['Team Kestrel\n\n## Retro\n- ✅ nest', 'Team Kestrel'],
    ['**Team Kestrel**\n\n## Retro\n- ✅ nest', '**Team Kestrel**'],
    ['<details><summary>Team Kestrel</summary>\n\n## Retro\n- ✅ nest\n</details>', '<details><summary>Team Kestrel</summary>'],
  ])('finds the team in %j', (body, heading) => {
    expect(team(body)).toEqual({ isUpdate: true, teamHeading: heading, teamName: 'Kestrel', teamAliases: [] });
  });

  it('gives the heading exactly as typed, emoji variation selectors and shortcodes included', () => {
    expect(team('<!-- fill me -->\n# Team Quay ⚡️ :white_check_mark:\n\n## Retro')).toMatchObject({ teamHeading: '# Team Quay ⚡️ :white_check_mark:', teamName: 'Quay' });
  });

  it('reads "# Platform team" with the word after the name', () => {
    expect(team('# Platform team\n\n## Retro').teamName).toBe('Platform');
  });

  it('finds the heading after an emoji or a joke line', () => {
    expect(team('🦆🦆🦆\n\nWe survived another one!\n\n# Team Quay\n\n## Retro')).toEqual({
      isUpdate: true,
      teamHeading: '# Team Quay',
      teamName: 'Quay',
      teamAliases: [],
    });
  });

  it.each([
    ['# Team Pipeline, piping hot', 'Pipeline', ['piping hot']],
    ['# Team Tides - always on time', 'Tides', ['always on time']],
    ['# Team Tides – always on time', 'Tides', ['always on time']],
    ['# Team Tides: the moon made us do it', 'Tides', ['the moon made us do it']],
  ])('strips the subtitle of %j', (body, name, aliases) => {
    expect(team(body)).toMatchObject({ teamName: name, teamAliases: aliases });
  });

  it.each([
    ['# Team ~Replay~ Harpoon', 'Replay', ['Harpoon']],
    ['# Team ~~web analytics~~ session table', 'web analytics', ['session table']],
  ])('takes the struck-through name as the real team in %j', (body, name, aliases) => {
    expect(team(body)).toMatchObject({ teamName: name, teamAliases: aliases });
  });

  it('takes the acronym of a backronym and keeps the expansion as an alias', () => {
    expect(team('## Team Rapid Orbital Coordination Kit (ROCK)')).toMatchObject({
      teamName: 'ROCK',
      teamAliases: ['Rapid Orbital Coordination Kit'],
    });
  });

  it('keeps a parenthesised expansion with commas whole as an alias, never cutting the name at its commas', () => {
    expect(team('# Team BEACON (Builds Every App, Carefully, Obviously Never late)\n\n## Retro\n- ✅ lamp')).toMatchObject({
      teamName: 'BEACON',
      teamAliases: ['Builds Every App, Carefully, Obviously Never late'],
    });
  });

  it('keeps a backronym subtitle as an alias', () => {
    expect(team('# Team Tides - Totally Interesting Data Engineering Squad')).toMatchObject({
      teamName: 'Tides',
      teamAliases: ['Totally Interesting Data Engineering Squad'],
    });
  });

  it('drops decoration emoji and undoes joke elongation, keeping the joke name as an alias', () => {
    expect(team('# Team Speeeeed 🚀')).toMatchObject({ teamName: 'Speed', teamAliases: ['Speeeeed'] });
    expect(team('# Team Lanterns 🏮').teamName).toBe('Lanterns');
  });

  it('reads a heading without the word Team as the team ("## Core Things", "# Project Rivet")', () => {
    expect(team('## Core Things\n\n- Fix the widget @ana').teamName).toBe('Core Things');
    expect(team('# Project Rivet\n\n## OKR\n- Ship it').teamName).toBe('Rivet');
  });

  it('calls a comment with sections but no team an update without a team', () => {
    expect(team('## Retro\n\n- ✅ done thing')).toEqual({ isUpdate: true, teamHeading: null, teamName: null, teamAliases: [] });
  });

  it('does not take a section heading for a team', () => {
    expect(team('## OKR\n- Grow').teamName).toBeNull();
  });

  it('calls plain prose, questions and bot notices discussion', () => {
    expect(team('Is this the right issue for the retro? I could not find last week.').isUpdate).toBe(false);
    expect(team('This issue is getting long. Consider splitting it.').isUpdate).toBe(false);
  });
});
