import { describe, expect, it } from 'vitest';
import { classifyComment, extractTemplates, isPlaceholderTeamName } from '../../src/lib/parse/classify-comment.ts';

const TEMPLATE = ['# Team <name>', '', '**Support hero:** @', '', '## Retro', '- ', '', '## High priority', '- [ ] ', '', '## Low priority', '- '].join('\n');
const DESCRIPTION = ['Plan your sprint below.', '', '<!-- copy this -->', '```md', TEMPLATE, '```', '', '## Three things that might take us down', '- the coffee machine'].join('\n');
const user = { author: 'ana', authorType: 'User' };
const update = { isUpdate: true, teamName: 'Harbor' };
const notUpdate = { isUpdate: false, teamName: null };

describe('extractTemplates', () => {
  it('returns the text of every fenced code block of the description', () => {
    expect(extractTemplates(DESCRIPTION)).toEqual([TEMPLATE]);
  });

  it('returns nothing for a description without fences', () => {
    expect(extractTemplates('# Sprint\nNo template here.')).toEqual([]);
  });
});

describe('classifyComment', () => {
  it('classifies a filled team comment as an update', () => {
    const body = '# Team Harbor\n**Support hero:** @bo\n## Retro\n- ✅ shipped the dock @ana\n## High priority\n- [ ] new crane @bo';
    expect(classifyComment({ ...user, body }, update, extractTemplates(DESCRIPTION))).toBe('update');
  });

  it('classifies a reply as discussion', () => {
    expect(classifyComment({ ...user, body: 'This does not seem right, the dates are off?' }, notUpdate, [])).toBe('discussion');
  });

  it('classifies any comment by a bot as bot, even one that looks like an update', () => {
    expect(classifyComment({ author: 'helper', authorType: 'Bot', body: '# Team Harbor\n- ✅ x' }, update, [])).toBe('bot');
    expect(classifyComment({ author: 'tidy[bot]', authorType: null, body: 'This issue is very long.' }, notUpdate, [])).toBe('bot');
  });

  it('classifies a comment that is just the blank template as template', () => {
    expect(classifyComment({ ...user, body: TEMPLATE }, { isUpdate: true, teamName: '<name>' }, extractTemplates(DESCRIPTION))).toBe('template');
  });

  it('classifies the template with only the team name filled in as template', () => {
    const body = TEMPLATE.replace('<name>', 'Harbor');
    expect(classifyComment({ ...user, body }, update, extractTemplates(DESCRIPTION))).toBe('template');
  });

  it('classifies an update with a placeholder team name as template even without a description template', () => {
    expect(classifyComment({ ...user, body: '# Team X\n## Retro\n- ' }, { isUpdate: true, teamName: 'X' }, [])).toBe('template');
  });

  it('classifies a comment whose author was deleted by its content', () => {
    const body = '# Team Harbor\n## Retro\n- ✅ shipped the dock';
    expect(classifyComment({ author: null, authorType: null, body }, update, [])).toBe('update');
    expect(classifyComment({ author: null, authorType: null, body: 'thanks!' }, notUpdate, [])).toBe('discussion');
  });
});

describe('isPlaceholderTeamName', () => {
  it('recognises the blanks of templates but not real names', () => {
    expect(['Team X', '<team name>', '[Team name]', 'Team ...', 'TBD'].map(isPlaceholderTeamName)).toEqual([true, true, true, true, true]);
    expect(['Team Xylophone', 'Harbor', null].map(isPlaceholderTeamName)).toEqual([false, false, false]);
  });
});

describe('classifyComment without a team or structure', () => {
  it('treats a post the parser calls an update but that names no team and has no structure as discussion', () => {
    const body = '## Proposal: longer sprints\nShould we try three weeks? Vote below.';
    expect(classifyComment({ author: 'ana', authorType: 'User', body }, { isUpdate: true, teamName: null, structured: false }, [])).toBe('discussion');
    expect(classifyComment({ author: 'ana', authorType: 'User', body }, { isUpdate: true, teamName: null, structured: true }, [])).toBe('update');
  });
});
