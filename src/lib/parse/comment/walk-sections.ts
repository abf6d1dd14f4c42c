import { classifyHeading, readPersonHeading, type HeadingKind } from './classify-heading.ts';
import { readAwayNames, readAwaySentence, readHandles, readPeopleLabel, readSupportNames, type PeopleField } from './read-people.ts';
import type { Line } from './scan-lines.ts';
import type { Status } from '../types.ts';
import { readLeadingEmoji, statusFromPhrase } from '../status.ts';

/** Where a line sits: a section of the update, or the preamble before the first section. */
export type Section = HeadingKind | 'preamble';

/** One list entry (bullet, emoji line, `@x - …` line, bold objective) before nesting. */
export interface ListNode {
  /** Nesting depth in columns; -1 for bold objective lines that head an OKR list. */
  indent: number;
  content: string;
  /** The raw line ends with ":" (a group label like `Extras:`). */
  endsWithColon: boolean;
  children: ListNode[];
}

/** Consecutive list entries of one section under one person. */
export interface Run {
  section: Section;
  person: string | null;
  /** Status given by a heading like "### Done" or "**In progress**" to the unmarked entries under it. */
  status: Status | null;
  nodes: ListNode[];
}

/** What walking the lines yields: lists per section, people, and whether any section was seen. */
export interface Walk {
  runs: Run[];
  supportHeroes: string[];
  away: string[];
  sectionCount: number;
}

interface Frame {
  sectionBefore: Section;
  levelBefore: number;
  retroLevelBefore: number | null;
  retro: boolean;
  summarySet: boolean;
}

const ITEM_SECTIONS = new Set<Section>(['retro', 'carry-over', 'okr', 'high', 'low', 'other', 'preamble']);
const LONE_SECTIONS = new Set<Section>(['carry-over', 'high', 'low']);
const PASS_THROUGH_BOLD = /^(?:objectives?|key results?|krs?|goals?)\s*:?$/i;
const OKR_LINE = /^(?:\*\*|__)|^(?:goal|objective|kr|key result|o\d|kr\d)\b[^:]{0,12}:/i;

/** Walk the scanned lines once, tracking sections, `<details>` blocks and person groups. */
export function walkSections(lines: readonly Line[], skip: ReadonlySet<number>, initialSection: Section = 'preamble'): Walk {
  const runs: Run[] = [];
  const supportHeroes: string[] = [];
  const away: string[] = [];
  const frames: Frame[] = [];
  let section: Section = initialSection;
  let sectionLevel = 0;
  let retroLevel: number | null = null;
  let person: { name: string; level: number } | null = null;
  let headingStatus: { status: Status; level: number } | null = null;
  // A lone short line under a plan or hang-over heading ("Reed bed cleanup") is an item,
  // unless a list follows it (then it labels the list) or more prose surrounds it.
  let lone: ListNode | null = null;
  let prose = false;
  let pending: { field: PeopleField; used: number } | null = null;
  let run: Run | null = null;
  let sectionCount = 0;

  const endRun = (): void => {
    run = null;
  };
  const addNode = (node: ListNode): void => {
    if (!run || run.section !== section || run.person !== (person?.name ?? null) || run.status !== (headingStatus?.status ?? null)) {
      run = { section, person: person?.name ?? null, status: headingStatus?.status ?? null, nodes: [] };
      runs.push(run);
    }
    run.nodes.push(node);
  };
  const flushLone = (): void => {
    if (lone) addNode(lone);
    lone = null;
  };
  const addPeople = (field: PeopleField, names: string[]): void => {
    (field === 'support' ? supportHeroes : away).push(...names);
  };
  const inRetroScope = (level: number): boolean => (retroLevel !== null && level > retroLevel) || frames.some((frame) => frame.retro);

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (skip.has(index)) continue;
    switch (line.kind) {
      case 'code':
      case 'table':
        continue;
      case 'blank':
        if (pending && pending.used > 0) pending = null;
        continue;
      case 'rule':
        flushLone();
        pending = null;
        continue;
      case 'details-open':
        flushLone();
        frames.push({ sectionBefore: section, levelBefore: sectionLevel, retroLevelBefore: retroLevel, retro: section === 'retro', summarySet: false });
        endRun();
        continue;
      case 'details-close': {
        flushLone();
        const frame = frames.pop();
        if (frame?.summarySet) {
          section = frame.sectionBefore;
          sectionLevel = frame.levelBefore;
          retroLevel = frame.retroLevelBefore;
        } else if (frame?.retro && section === 'retro') {
          // The retro was wrapped in <details>: a plan heading after it is this sprint's plan.
          retroLevel = null;
        }
        pending = null;
        endRun();
        continue;
      }
      default:
        break;
    }

    const text = line.text;
    const isLabelLine = line.kind === 'text' && text.endsWith(':') && text.split(/\s+/).length <= 5 && !text.startsWith('@');
    if (line.kind === 'heading' || isLabelLine) {
      flushLone();
      prose = false;
      const level = line.kind === 'heading' ? line.level : 7;
      if (headingStatus && level <= headingStatus.level) headingStatus = null;
      const label = readPeopleLabel(text);
      const kind = label?.field ?? classifyHeading(text);
      // Inside an OKR list, a bold line or a sub-heading is the next objective unless it clearly opens another section.
      const objectiveHeading =
        section === 'okr' &&
        (line.source === 'bold' || (line.level > sectionLevel && line.level <= 6)) &&
        (kind === null || kind === 'okr' || kind === 'other' || readLeadingEmoji(text) !== null) &&
        !PASS_THROUGH_BOLD.test(text);
      if (objectiveHeading) {
        addNode({ indent: -1, content: text, endsWithColon: false, children: [] });
        continue;
      }
      if (kind === 'support' || kind === 'away') {
        if (label && label.value) addPeople(label.field, label.field === 'support' ? readSupportNames(label.value) : readAwayNames(label.value));
        if (level === 7) pending = { field: kind, used: 0 };
        else {
          section = kind;
          sectionLevel = level;
          retroLevel = null;
          pending = null;
        }
        sectionCount++;
        endRun();
        continue;
      }
      if (kind !== null) {
        const effective: Section = (kind === 'high' || kind === 'low') && inRetroScope(level) ? 'retro' : kind;
        pending = null;
        if (!(level === 7 && effective === section)) {
          if (person && level <= person.level) person = null;
          section = effective;
          sectionLevel = level;
          headingStatus = null;
          if (effective === 'retro') {
            if (kind === 'retro' && (retroLevel === null || level <= retroLevel)) retroLevel = level;
          } else if (retroLevel === null || level <= retroLevel || kind === 'okr') retroLevel = null;
          const frame = frames.at(-1);
          if (line.source === 'summary' && frame) {
            frame.summarySet = true;
            if (effective === 'retro') frame.retro = true;
          }
          if (kind !== 'other' && kind !== 'legend') sectionCount++;
          endRun();
        }
        continue;
      }
      const stated = statusFromPhrase(text.replace(/[\p{Extended_Pictographic}\uFE0F:]/gu, ''));
      if (stated && section !== 'okr') {
        headingStatus = { status: stated, level };
        if (section === 'preamble') section = 'retro';
        endRun();
        continue;
      }
      if (line.kind === 'heading') {
        if (line.level === 7) continue;
        const name = readPersonHeading(text);
        if (name && !(person && line.level > person.level)) {
          person = { name, level: line.level };
        } else if (!name && line.level <= sectionLevel) {
          section = 'other';
          sectionLevel = line.level;
          retroLevel = null;
          person = null;
        }
        endRun();
        continue;
      }
    }

    if (section === 'legend') continue;
    if (pending) {
      addPeople(pending.field, pending.field === 'support' ? readSupportNames(text) : readAwayNames(text));
      pending.used++;
      continue;
    }
    // A retro talks about the last sprint: who was off or on call then is not this sprint's news.
    if (section !== 'retro') {
      const label = readPeopleLabel(text);
      const names = label ? (label.field === 'support' ? readSupportNames(label.value) : readAwayNames(label.value)) : [];
      // Inside a work section, "Support tickets triage: reduce backlog" names nobody: it is an item, not a label.
      if (label && (section === 'preamble' || label.value === '' || names.length > 0)) {
        addPeople(label.field, names);
        pending = label.value === '' ? { field: label.field, used: 0 } : null;
        continue;
      }
      if (section === 'support' || section === 'away') {
        addPeople(section, section === 'support' ? readSupportNames(text) : readAwayNames(text));
        continue;
      }
      if (section === 'preamble') {
        const names = readAwaySentence(text);
        if (names.length > 0) {
          addPeople('away', names);
          continue;
        }
      }
    }
    if (!ITEM_SECTIONS.has(section)) continue;

    if (line.kind === 'text' && /^(?:@[A-Za-z0-9][\w-]*[\s,]*)+:?$/.test(text)) {
      const handles = readHandles(text);
      person = { name: handles.join(' '), level: 8 };
      endRun();
      continue;
    }
    if (line.kind === 'bullet' || isListLikeText(text, section)) {
      lone = null;
      // "KR: …" written flush with its objective still belongs under it.
      const indent = section === 'okr' && /^(?:kr\d*|key results?)\b/i.test(text) ? line.indent + 1 : line.indent;
      addNode({ indent, content: text, endsWithColon: text.endsWith(':'), children: [] });
    } else if (line.kind === 'text' && LONE_SECTIONS.has(section)) {
      const short = text.split(/\s+/).length <= 8 && !/[.:!?]$/.test(text);
      if (short && !lone && !prose) lone = { indent: line.indent, content: text, endsWithColon: false, children: [] };
      else {
        lone = null;
        prose = true;
      }
    }
  }
  flushLone();
  return { runs, supportHeroes: unique(supportHeroes), away: unique(away), sectionCount };
}

function isListLikeText(text: string, section: Section): boolean {
  if (readLeadingEmoji(text) !== null) return true;
  if (/^\[[ xX]\]\s/.test(text)) return true;
  if (/^@[A-Za-z0-9][\w-]*\b/.test(text)) return true;
  return section === 'okr' && OKR_LINE.test(text);
}

/** Nest a run's entries by indentation. */
export function nestNodes(nodes: readonly ListNode[]): ListNode[] {
  const roots: ListNode[] = [];
  const stack: ListNode[] = [];
  for (const original of nodes) {
    const node: ListNode = { ...original, children: [] };
    while (stack.length > 0 && stack.at(-1)!.indent >= node.indent) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
