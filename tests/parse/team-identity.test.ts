import { describe, expect, it } from 'vitest';
import { ArchiveConfigSchema } from '../../src/lib/config/schema.ts';
import { cleanTeamName, normalizeTeamName, resolveTeams, slugifyTeamName, type TeamMention } from '../../src/lib/parse/team-identity.ts';

const noConfig = ArchiveConfigSchema.parse({});

function mention(id: string, sprintIndex: number, teamName: string | null, extra: Partial<TeamMention> = {}): TeamMention {
  return { id, sprintIndex, teamName, teamAliases: [], author: null, people: [], ...extra };
}

function slugsOf(mentions: TeamMention[], config = noConfig): Record<string, string> {
  const result = resolveTeams(mentions, config);
  return Object.fromEntries(mentions.map((m) => [m.id, result.get(m.id)!.slug]));
}

describe('normalizeTeamName and cleanTeamName', () => {
  it('drops the word team, case, punctuation and emoji', () => {
    expect(normalizeTeamName('Team Rocket-Science 🚀')).toBe('rocket science');
  });

  it('keeps the struck-through real name and cuts subtitles and emoji', () => {
    expect(cleanTeamName('Team ~~Billing~~ Money Printers')).toBe('Billing');
    expect(cleanTeamName('Team Harbor, sailing smoothly')).toBe('Harbor');
    expect(cleanTeamName('Team Lighthouse - Lights In Giant Houses')).toBe('Lighthouse');
    expect(cleanTeamName('Team Compass 🧭')).toBe('Compass');
    expect(cleanTeamName('Platform team')).toBe('Platform');
    expect(cleanTeamName('Team CRANE: Carefully Raising All Nice Equipment')).toBe('CRANE');
    expect(cleanTeamName('Team CRANE (Carefully Raising, All Nice Equipment')).toBe('CRANE');
  });

  it('slugifies names into lowercase hyphenated words', () => {
    expect(slugifyTeamName('Team Data Pipes!')).toBe('data-pipes');
  });
});

describe('resolveTeams', () => {
  it('puts config aliases first, case-insensitively and without the word team', () => {
    const config = ArchiveConfigSchema.parse({ teams: { harbor: { name: 'Harbor', aliases: ['Dockside', 'The Pier'] } } });
    const mentions = [mention('a', 0, 'dockside'), mention('b', 1, 'Team THE PIER'), mention('c', 2, 'Harbor')];
    const result = resolveTeams(mentions, config);
    expect([...result.values()].map((identity) => identity)).toEqual([
      { slug: 'harbor', name: 'Harbor' },
      { slug: 'harbor', name: 'Harbor' },
      { slug: 'harbor', name: 'Harbor' },
    ]);
  });

  it('joins a struck-through rename onto the real team', () => {
    expect(slugsOf([mention('a', 0, 'Compass'), mention('b', 1, 'Compass', { teamAliases: ['Needle'] })])).toEqual({ a: 'compass', b: 'compass' });
  });

  it('joins a backronym whose initials spell a known team', () => {
    const mentions = [mention('a', 0, 'Orbit'), mention('b', 1, 'Observing Rockets Brightly In Twilight')];
    expect(slugsOf(mentions)).toEqual({ a: 'orbit', b: 'orbit' });
  });

  it('joins an acronym in capitals that names the last word of one known team', () => {
    const mentions = [mention('a', 0, 'Release Gates'), mention('b', 1, 'Gently Adjusted Toggle Evaluation System', { teamAliases: ['GATES'] })];
    expect(slugsOf(mentions)).toEqual({ a: 'release-gates', b: 'release-gates' });
  });

  it('joins initials in capitals to the one known team they abbreviate, but not lowercase words', () => {
    const mentions = [mention('a', 0, 'Route Planning'), mention('b', 1, 'RP'), mention('c', 2, 'rp')];
    expect(slugsOf(mentions)).toEqual({ a: 'route-planning', b: 'route-planning', c: 'rp' });
  });

  it('does not guess between two known teams with the same initials', () => {
    const mentions = [mention('a', 0, 'Route Planning'), mention('b', 0, 'Rate Pricing'), mention('c', 1, 'RP')];
    expect(slugsOf(mentions)).toEqual({ a: 'route-planning', b: 'rate-pricing', c: 'rp' });
  });

  it('joins a known name glued to a joke suffix and stretched spellings', () => {
    const mentions = [mention('a', 0, 'Lantern'), mention('b', 1, 'Lantern-osaurus'), mention('c', 2, 'LanternXYZ'), mention('d', 3, 'Lanternnnn')];
    expect(Object.values(slugsOf(mentions))).toEqual(['lantern', 'lantern', 'lantern', 'lantern']);
  });

  it('joins a short form to the one team whose name it starts', () => {
    const mentions = [mention('a', 0, 'Observability'), mention('b', 1, 'Observ'), mention('c', 2, 'Observability')];
    expect(Object.values(slugsOf(mentions))).toEqual(['observability', 'observability', 'observability']);
  });

  it('keeps a team whose name extends another team name with a separate word apart', () => {
    const mentions = [mention('a', 0, 'Search'), mention('b', 0, 'Search Platform'), mention('c', 1, 'Search Platform')];
    expect(slugsOf(mentions)).toEqual({ a: 'search', b: 'search-platform', c: 'search-platform' });
  });

  it('never merges two teams posting in the same sprint even when a heuristic would', () => {
    const mentions = [mention('a', 0, 'Lantern'), mention('b', 0, 'Lantern-osaurus')];
    expect(slugsOf(mentions)).toEqual({ a: 'lantern', b: 'lantern-osaurus' });
  });

  it('follows a rename with no alias when the same author and the same people continue in the next sprint', () => {
    const people = ['ana', 'bo', 'cy'];
    const mentions = [
      mention('a', 0, 'Quarry', { author: 'ana', people }),
      mention('b', 1, 'Quarry', { author: 'ana', people }),
      mention('c', 2, 'Bedrock', { author: 'ana', people: ['ana', 'bo', 'dee'] }),
      mention('d', 3, 'Bedrock', { author: 'bo', people }),
    ];
    expect(Object.values(slugsOf(mentions))).toEqual(['quarry', 'quarry', 'quarry', 'quarry']);
    expect(resolveTeams(mentions, noConfig).get('a')!.name).toBe('Bedrock');
  });

  it('does not follow a rename on weak evidence: a new author with other people', () => {
    const mentions = [mention('a', 0, 'Quarry', { author: 'ana', people: ['ana', 'bo'] }), mention('b', 1, 'Bedrock', { author: 'zed', people: ['zed', 'yu'] })];
    expect(slugsOf(mentions)).toEqual({ a: 'quarry', b: 'bedrock' });
  });

  it('never joins two configured teams by rename evidence', () => {
    const config = ArchiveConfigSchema.parse({ teams: { quarry: { name: 'Quarry' }, bedrock: { name: 'Bedrock' } } });
    const mentions = [mention('a', 0, 'Quarry', { author: 'ana', people: ['ana'] }), mention('b', 1, 'Bedrock', { author: 'ana', people: ['ana'] })];
    expect(slugsOf(mentions, config)).toEqual({ a: 'quarry', b: 'bedrock' });
  });

  it('names a team-less update after its author and never collides with a configured slug', () => {
    const config = ArchiveConfigSchema.parse({ teams: { ana: { name: 'Ana Team Of One', aliases: [] } } });
    const result = resolveTeams([mention('a', 0, null, { author: 'ana' }), mention('b', 0, 'Ana Team Of One')], config);
    expect(result.get('b')!.slug).toBe('ana');
    expect(result.get('a')!.slug).toBe('ana-2');
  });

  it('is deterministic whatever the input order', () => {
    const mentions = [mention('a', 0, 'Lantern'), mention('b', 1, 'Lantern-osaurus'), mention('c', 1, 'Compass'), mention('d', 2, 'Observ'), mention('e', 2, 'Observability')];
    const forward = slugsOf(mentions);
    expect(slugsOf([...mentions].reverse())).toEqual(forward);
  });
});
