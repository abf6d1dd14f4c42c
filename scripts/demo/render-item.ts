/** One work item as a list line in the team's style: marker, checkbox or words, and owners. */
import type { Section, Status } from '../../src/lib/parse/types.ts';
import type { UpdateInput } from './render-update.ts';
import { STATUS_WORDS } from './statuses.ts';
import type { JudgedItem } from './team-sprint.ts';
import type { TruthItem } from './truth.ts';

/** Writes an item line (without its nesting indent) and the item as a careful reader reads it. */
export function renderItem(
  input: UpdateInput,
  markers: Partial<Record<Status, readonly string[]>>,
  section: Section,
  entry: JudgedItem,
  fixedOwner?: { written: string; truth: string },
): { line: string; truth: TruthItem } {
  const { voice, random } = input;
  const status = entry.status;
  let text = entry.item.text;
  if (status === 'done' && random.chance(0.08)) text += random.pick([' 🎉', ' :rocket:', ' 🥳']);
  const plain = voice.owners === 'bracket-name' || voice.owners === 'names-paren';
  const owners = fixedOwner ? [] : entry.item.owners.map((p) => (plain ? { written: p.first, truth: p.first } : { written: `@${p.login}`, truth: p.login }));
  let ownersBefore = '';
  let ownersAfter = '';
  if (owners.length > 0) {
    const written = owners.map((o) => o.written);
    switch (voice.owners) {
      case 'at-end':
        ownersAfter = ` ${written.join(' ')}`;
        break;
      case 'at-start':
        ownersBefore = `${written.join(' ')} `;
        break;
      case 'owner-paren':
        ownersAfter = written.length === 1 ? ` (owner: ${written[0]})` : ` (owners: ${written.join(', ')})`;
        break;
      case 'bracket-name':
        ownersAfter = ` [${written.join(', ')}]`;
        break;
      case 'names-paren':
        ownersAfter = ` (${written.join(', ')})`;
        break;
    }
  }
  const core = `${ownersBefore}${text}${ownersAfter}`;
  let line: string;
  const marker = status === 'unknown' ? null : markers[status] ? random.pick(markers[status] as readonly string[]) : null;
  switch (voice.status) {
    case 'emoji-start':
      line = marker ? `- ${marker} ${core}` : `- ${core}`;
      break;
    case 'emoji-end':
      line = marker ? `- ${core} ${marker}` : `- ${core}`;
      break;
    case 'checkbox':
      if (section === 'carry-over') line = `- ${core}`;
      else if (status === 'done') line = `- [x] ${core}`;
      else if (status === 'in-progress') line = `- [ ] ${core} - still in progress`;
      else line = `- [ ] ${core}`;
      break;
    case 'words': {
      const words = STATUS_WORDS[status];
      if (status === 'unknown' || !words) line = `- ${core}`;
      else {
        const word = random.pick(words);
        line = word === 'carry over' ? `- ${core} (carry over)` : `- ${core} - ${word}`;
      }
      break;
    }
  }
  const truthOwners = fixedOwner ? [fixedOwner.truth] : owners.map((o) => o.truth);
  return { line, truth: { section, text, status, owners: truthOwners, links: [...entry.item.links] } };
}
