/** What follows a plan now and then: notes, a metrics table, a screenshot, a quote, a changelog. */
import type { UpdateInput } from './render-update.ts';
import type { TruthItem } from './truth.ts';

/** Writes one of: notes with inline code, a table, an attachment image, a blockquote. */
export function renderExtras(input: UpdateInput): string[] {
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
export function renderChangelog(input: UpdateInput, count: number): { line: string; truth: TruthItem }[] {
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
