/** The sprint issue's description: a template with global sections and the team template in a code fence. */
import type { Random } from './random.ts';

const RISKS = [
  'The carrier rate API migration lands mid-sprint - Gantry is watching it',
  'Peak season volume: expect 3x stops from the 20th',
  'Database disk at 78% - Harbor has a resize scheduled',
  'Two customers onboarding on the same week',
  'The map tile provider contract ends this month',
  'iOS review times are slow again',
  'Half of the company is at the offsite on Thursday',
];
const INCIDENTS = [
  'Route solver timeouts for EU customers (45 min)',
  'Webhook deliveries delayed after a deploy',
  'Driver app login loop on Android 15',
  'Invoice emails sent twice to 40 accounts',
  'Tile server out of disk on a Sunday',
];

/** Writes the description of a sprint issue; the template inside it evolves over the eras. */
export function renderIssueBody(random: Random, era: number, globalHeroes: [string, string]): string {
  const lines: string[] = [];
  lines.push('<!-- Sprint planning: one comment per team, please. Do not edit this description, copy the template below. -->', '');
  lines.push(era % 2 === 0 ? '# Global sprint planning' : '# Sprint planning 🗓️', '');
  lines.push(random.pick(['## Three things that could sink the ship', '## What might take us down', '## Risks this sprint']), '');
  random.shuffle(RISKS).slice(0, 3).forEach((risk, i) => lines.push(`${i + 1}. ${risk}`));
  lines.push('', '## Incidents since last sprint', '');
  if (random.chance(0.4)) lines.push('None :tada:');
  else lines.push(...random.shuffle(INCIDENTS).slice(0, random.int(1, 2)).map((incident) => `- ${incident}`));
  lines.push('', '## Company-wide support rotation', '', `Week 1: @${globalHeroes[0]}`, `Week 2: @${globalHeroes[1]}`, '');
  lines.push('---', '', '## Team template', '', '<!-- Copy everything inside the block below into a NEW comment. Keep the headings so the archive can read them. -->', '');
  lines.push('```');
  lines.push('# Team ___', '', '**Support hero:** @', '', '**Off during the sprint:** ', '');
  lines.push('## Retro', '', '<!-- Paste last sprint\'s high and low priority items and mark each one: ✅ done, 🟡 partly, 🔴 not done -->', '', '- ', '');
  lines.push('## Hang over items from previous sprint', '', '- ', '');
  lines.push(era % 3 === 2 ? '## Quarter goals' : '## OKR', '', '1. Objective, status (🟢/🟡/🔴)', '   - Key result, status', '');
  lines.push('## High priority', '', '- [ ] ', '', '## Low priority / side quests', '', '- [ ] ');
  lines.push('```', '');
  return lines.join('\n');
}
