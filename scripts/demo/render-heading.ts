/** The line that names the team: heading level, subtitle, backronym, joke or real rename. */
import type { UpdateInput } from './render-update.ts';

/** Writes the team heading and what it says about the team's name. */
export function composeHeading(input: UpdateInput): { heading: string; teamName: string; teamAliases: string[] } {
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
