import type { Item, Section as ItemSection, Status } from '../types.ts';
import { statusFromWords, statusOfEmoji, type Legend } from '../status.ts';
import { readItemLine, type ItemLine } from './read-item.ts';
import type { ListNode } from './walk-sections.ts';

/** What item emission needs from the comment. */
export interface ItemContext {
  section: ItemSection;
  /** Status of unmarked items under a status heading ("### Done"). */
  headingStatus?: Status | null;
  legend: Legend;
  isPlaceholder: (text: string) => boolean;
}

const JUDGED = new Set<ItemSection>(['retro', 'carry-over']);
const readLines = new WeakMap<ListNode, ItemLine>();

/** Each entry is taken apart once, however often its parent looks at it. */
function readNode(node: ListNode): ItemLine {
  let line = readLines.get(node);
  if (!line) {
    line = readItemLine(node.content);
    readLines.set(node, line);
  }
  return line;
}

/** Turn nested list entries of one section into items: marked sub-tasks count, prose sub-bullets are details. */
export function emitItems(roots: readonly ListNode[], context: ItemContext, owners: readonly string[]): Item[] {
  const items: Item[] = [];
  visit(roots, { ...context, personPrefixed: isPersonPrefixedList(roots) }, owners, true, false, items);
  return items;
}

const PERSON_PREFIX = /^(\p{Lu}\p{Ll}+):\s+(?=\S)/u;

/** Per-person retro lines (`- Lena: …`, `- Omar: …`): every entry opens with one capitalised name and a colon. */
function isPersonPrefixedList(roots: readonly ListNode[]): boolean {
  if (roots.length < 2) return false;
  const names = roots.map((root) => PERSON_PREFIX.exec(readNode(root).text)?.[1]);
  return names.every((name) => name !== undefined) && new Set(names).size > 1;
}

interface VisitContext extends ItemContext {
  personPrefixed?: boolean;
}

function visit(nodes: readonly ListNode[], context: VisitContext, inherited: readonly string[], forced: boolean, siblingsMarked: boolean, out: Item[]): void {
  for (const node of nodes) {
    const line = { ...readNode(node) };
    const prefix = context.personPrefixed ? PERSON_PREFIX.exec(line.text) : null;
    if (prefix) {
      line.owners = [...line.owners, prefix[1]!];
      line.text = line.text.slice(prefix[0].length);
    }
    const marked = hasMarker(line);
    const inner = { ...context, personPrefixed: false };
    if (line.ownerOnly) {
      visit(node.children, inner, line.owners, true, node.children.some(isMarkedNode), out);
      continue;
    }
    if (context.isPlaceholder(line.text)) continue;
    const childrenMarked = node.children.some(isMarkedNode);
    if (isGroupLabel(node, line, marked, childrenMarked, context.section)) {
      visit(node.children, inner, inherited, true, childrenMarked, out);
      continue;
    }
    if (!(forced || marked || siblingsMarked)) continue;
    const owners = line.owners.length > 0 ? line.owners : [...inherited];
    // Under a judged item, unmarked sub-bullets comment on it; under an unjudged one next to marked siblings, they are sub-tasks.
    const childrenAreTasks = childrenMarked && !marked;
    const details = childrenAreTasks ? [] : node.children.filter((child) => !isMarkedNode(child)).map((child) => child.content);
    out.push({
      section: context.section,
      text: line.text,
      status: decideStatus(line, context, details),
      owners,
      links: line.links,
    });
    visit(node.children, inner, owners, false, childrenAreTasks, out);
  }
}

/** A short unmarked label heading marked sub-tasks (`- RBAC`, `- Extras:`) is a group, not an item. */
function isGroupLabel(node: ListNode, line: ItemLine, marked: boolean, childrenMarked: boolean, section: ItemSection): boolean {
  if (marked || line.owners.length > 0 || node.children.length === 0) return false;
  const short = line.text.split(/\s+/).length <= 4 || node.endsWithColon;
  return short && (childrenMarked || section === 'other');
}

function isMarkedNode(node: ListNode): boolean {
  return hasMarker(readNode(node));
}

function hasMarker(line: ItemLine): boolean {
  return line.emoji !== null || line.checkbox !== null || line.stated !== null;
}

/** Status of one item: emoji (legend first), then checkbox, then words where the section judges work. */
export function decideStatus(line: ItemLine, context: Pick<ItemContext, 'section' | 'legend' | 'headingStatus'>, details: readonly string[]): Status {
  if (line.emoji) {
    const status = statusOfEmoji(line.emoji, context.legend);
    // "🟢 Done": green says on track, the words say finished.
    return status === 'on-track' && /^(?:done|finished|shipped|completed|released|merged)\b/i.test(line.note) ? 'done' : status;
  }
  if (line.checkbox === 'checked') return 'done';
  // An open box whose note reports something done was partly done.
  if (line.stated) return line.checkbox === 'unchecked' && line.stated === 'done' ? 'in-progress' : line.stated;
  if (context.headingStatus && line.checkbox === null) return context.headingStatus;
  const judged = JUDGED.has(context.section);
  if (!judged) return line.struck ? 'abandoned' : 'unknown';
  const words = statusFromWords([line.text, line.note, ...details].join(' \n '));
  if (line.checkbox === 'unchecked') return words === 'done' ? 'in-progress' : (words ?? 'not-started');
  if (line.struck && !words) return 'abandoned';
  return words ?? 'unknown';
}
