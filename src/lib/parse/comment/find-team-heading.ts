import { classifyHeading } from './classify-heading.ts';
import { readTeamName, type TeamName } from './read-team-name.ts';
import type { Line } from './scan-lines.ts';

/** The line that names the team, and the name read from it. */
export interface TeamHeading extends TeamName {
  /** Position in the scanned lines. */
  index: number;
}

const TEAM_WORD = /^(?:the\s+)?(?:team|project|squad|pod)\b|\s(?:team|squad)$/i;
const LOOK_AHEAD = 8;

/** Find the team heading among the first lines: `# Team X`, `**Team X**`, `Team X`, `# X team`, else a first heading that names no section. */
export function findTeamHeading(lines: readonly Line[]): TeamHeading | null {
  let seen = 0;
  let firstHeading: number | null = null;
  for (let index = 0; index < lines.length && seen < LOOK_AHEAD; index++) {
    const line = lines[index]!;
    if (line.kind === 'blank' || line.kind === 'details-open' || line.kind === 'details-close' || line.kind === 'rule') continue;
    seen++;
    if (line.kind !== 'heading' && line.kind !== 'text') continue;
    const text = line.text.replace(/\*\*|__/g, '').replace(/:$/, '').trim();
    if (text.length === 0 || text.length > 120) continue;
    const isShort = line.kind === 'heading' || text.split(/\s+/).length <= 10;
    const marked = stripMarks(text);
    const leadsWithTeam = /^(?:the\s+)?(?:team|project|squad|pod)\b/i.test(marked);
    if (isShort && TEAM_WORD.test(marked) && (leadsWithTeam || classifyHeading(text) === null)) {
      const name = readTeamName(text);
      if (name) return { index, ...name };
    }
    if (firstHeading === null && line.kind === 'heading' && line.level <= 3 && classifyHeading(text) === null && seen <= 3) {
      firstHeading = index;
    }
  }
  if (firstHeading === null) return null;
  const name = readTeamName(lines[firstHeading]!.text);
  return name ? { index: firstHeading, ...name } : null;
}

function stripMarks(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u200d~*_`]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
