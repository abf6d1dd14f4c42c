/** Comments that are not team updates: replies, questions, a bot, a hostile snippet, a very long thread. */
import type { Random } from './random.ts';

const QUESTIONS = [
  'Can we move the retro call to Thursday this time? Half of Harbor is at the carrier summit.',
  'Reminder: staging freeze starts Wednesday 14:00 UTC.',
  'Is the OKR section still required for teams without quarterly goals?',
  'This doesn\'t look right: the Atlas update still lists last quarter\'s objectives.',
  'Who is covering support on Friday? The rotation doc has a gap.',
  'Nice sprint everyone 👏 the on-time delivery chart finally went up and to the right.',
  'Heads-up: the demo for the pilot customer moved to next Tuesday.',
  'Could every team link the tickets for their high priority items? It makes the archive much more useful.',
];
const REPLIES = ['+1', 'Thursday works for us.', 'Fixed, thanks for spotting it!', 'I can take Friday.', 'Done ✅', 'Good call, updated our comment.', '👍'];

/** A short discussion comment, a question or a reply. */
export function renderDiscussion(random: Random, reply: boolean): string {
  return `${random.pick(reply ? REPLIES : QUESTIONS)}\n`;
}

/** The housekeeping bot's complaint about a long issue. */
export function renderBotComplaint(comments: number, kilobytes: number): string {
  return [
    `📏 This sprint issue is getting long: **${comments} comments**, about ${kilobytes} KB of text.`,
    '',
    'Long issues load slowly and are hard to skim. Consider moving side discussions into their own issue and linking it here.',
    '',
    '<sub>I am a bot. Reply `/snooze` to silence me on this issue.</sub>',
    '',
  ].join('\n');
}

/** A comment whose HTML must not survive rendering: script, event handler, javascript: link. */
export function renderHostileComment(): string {
  return [
    'Testing whether the archive escapes things properly 🙃',
    '',
    '<script>alert("sprint archive says hi")</script>',
    '',
    '<img src="https://github.com/user-attachments/assets/not-a-real-image" onerror="alert(\'onerror fired\')" alt="broken on purpose">',
    '',
    '<a href="javascript:alert(\'clicked\')">totally safe link</a>',
    '',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:red" onclick="alert(1)">cover the page</div>',
    '',
    'And a picture pasted from a laptop that never made it to GitHub: ![whiteboard](./whiteboard-photo.png)',
    '',
  ].join('\n');
}

const STANCES = ['+1 to three-week sprints.', 'I\'d rather keep two weeks.', 'Strong yes from me.', 'Not convinced yet.', 'Neutral, but', 'Playing devil\'s advocate:', 'Agree with the above.', 'Counterpoint:'];
const REASONS = [
  'Two weeks barely leaves time for a proper retro after the planning call.',
  'Longer sprints mean bigger batches and later feedback from customers.',
  'Our release train is tied to the fortnight, moving it is a lot of work for Apps.',
  'Support rotations would be three weeks long, that is rough for small teams.',
  'We could try it for one quarter and compare the carry-over numbers.',
  'Most of our carry-over is caused by interruptions, not by sprint length.',
  'OKR check-ins would line up better with a three-week cadence.',
  'Fewer planning meetings sounds great to me.',
  'The archive makes it easy to compare before and after, so the experiment is cheap.',
  'Peak season is the worst moment to change process.',
];

/** One message in the long sprint-length debate; `quote` is an earlier message to quote. */
export function renderDebateMessage(random: Random, quote: string | null): string {
  const lines: string[] = [];
  if (quote && random.chance(0.25)) lines.push(`> ${quote.split('\n')[0]}`, '');
  lines.push(`${random.pick(STANCES)} ${random.pick(REASONS)}`);
  if (random.chance(0.1)) lines.push('', `Numbers from the last quarter: ${random.int(18, 42)}% of high priority items carried over.`);
  return `${lines.join('\n')}\n`;
}

/** The opening post of the long debate. */
export function renderDebateOpening(): string {
  return [
    '## Proposal: three-week sprints from next quarter',
    '',
    'We keep carrying over a third of our high priority items. Should we try three-week sprints for one quarter?',
    '',
    'Vote with 👍 / 👎 and add your reasons below. I will summarise at the end of the sprint.',
    '',
  ].join('\n');
}

/** The minimized comments: an off-topic one and an outdated one. */
export const OFF_TOPIC_COMMENT = 'Anyone up for lunch at the dumpling place near the office? 🥟\n';
export const OUTDATED_COMMENT = 'Heads up: staging is down, Harbor is on it. Please hold your updates until it is back.\n';
