/** A team's writing habits: how it heads its comment, marks statuses, names owners. They drift over time. */
import type { Random } from './random.ts';
import type { LegendName } from './statuses.ts';

export interface TeamVoice {
  heading: 'h1' | 'h2' | 'plain' | 'suffix';
  /** Chance of an emoji or joke line before the heading. */
  preambleChance: number;
  /** Chance of a subtitle, backronym or joke rename in the heading. */
  flairChance: number;
  support: 'bold' | 'bold-outside' | 'dash' | 'list' | 'heading' | 'weeks' | 'products';
  off: 'off' | 'bold' | 'days' | 'ooo' | 'pto' | 'heading' | 'vacation';
  /** How people are named in support and time-off lines. */
  names: 'handle' | 'first';
  sections: 'h2' | 'h3' | 'bold' | 'details';
  status: 'emoji-start' | 'emoji-end' | 'checkbox' | 'words';
  owners: 'at-end' | 'at-start' | 'owner-paren' | 'bracket-name' | 'names-paren';
  okr: 'numbered' | 'labels' | 'goals' | 'headings';
  /** Legend per era (cycled); null entries mean no legend in that era. */
  legends: (LegendName | null)[];
  legendPlacement: 'text' | 'details' | 'heading';
  indent: '  ' | '   ' | '\t';
  /** High-priority items grouped under one subsection per person. */
  perPerson: boolean;
  /** Chance of free prose, a table, a blockquote or an image after the plan. */
  extrasChance: number;
  /** Two products with their own support hero, for the 'products' support style. */
  products: [string, string];
}

/** Sprints per era: every era a team may change a habit or two. */
export const ERA_LENGTH = 13;

const BASE: TeamVoice = {
  heading: 'h1',
  preambleChance: 0.05,
  flairChance: 0.08,
  support: 'bold',
  off: 'off',
  names: 'handle',
  sections: 'h2',
  status: 'emoji-start',
  owners: 'at-end',
  okr: 'numbered',
  legends: [null],
  legendPlacement: 'text',
  indent: '  ',
  perPerson: false,
  extrasChance: 0.2,
  products: ['Mobile', 'Web'],
};

/** The hand-picked habits of the eight core teams; together they cover every convention of FORMAT.md. */
export const CORE_VOICES: Record<string, TeamVoice> = {
  dispatch: { ...BASE, flairChance: 0.15, extrasChance: 0.35 },
  billing: { ...BASE, heading: 'h2', support: 'dash', off: 'days', sections: 'details', status: 'checkbox', owners: 'names-paren', names: 'first', okr: 'labels' },
  harbor: {
    ...BASE, heading: 'suffix', support: 'heading', off: 'ooo', sections: 'h3', status: 'emoji-end', owners: 'owner-paren',
    legends: ['rainbow'], legendPlacement: 'text', okr: 'goals', extrasChance: 0.3,
  },
  apps: {
    ...BASE, heading: 'plain', preambleChance: 0.5, support: 'products', off: 'pto', sections: 'bold', status: 'words',
    owners: 'at-start', products: ['Mobile', 'Dockside'],
  },
  lenses: {
    ...BASE, support: 'weeks', off: 'heading', status: 'emoji-start', owners: 'at-start', legends: ['finish'],
    legendPlacement: 'details', okr: 'headings', indent: '\t', perPerson: true,
  },
  gantry: {
    ...BASE, flairChance: 0.6, support: 'list', off: 'off', names: 'first', sections: 'bold', owners: 'bracket-name',
    legends: ['green'], legendPlacement: 'heading', indent: '   ',
  },
  onboarding: { ...BASE, flairChance: 0.3, support: 'bold-outside', off: 'vacation', status: 'emoji-end', names: 'first', okr: 'goals', sections: 'h3' },
  atlas: {
    ...BASE, flairChance: 0.2, support: 'weeks', off: 'bold', okr: 'headings', legends: ['finish', null, 'green', 'rainbow'],
    legendPlacement: 'heading', extrasChance: 0.4,
  },
};

/** A voice for a generated team. */
export function createRandomVoice(random: Random): TeamVoice {
  return {
    heading: random.pick(['h1', 'h1', 'h1', 'h2', 'plain', 'suffix'] as const),
    preambleChance: random.pick([0, 0.05, 0.2]),
    flairChance: random.pick([0, 0.1, 0.3]),
    support: random.pick(['bold', 'bold-outside', 'dash', 'list', 'heading', 'weeks', 'products'] as const),
    off: random.pick(['off', 'bold', 'days', 'ooo', 'pto', 'heading', 'vacation'] as const),
    names: random.pick(['handle', 'first'] as const),
    sections: random.pick(['h2', 'h2', 'h3', 'bold', 'details'] as const),
    status: random.pick(['emoji-start', 'emoji-start', 'emoji-end', 'checkbox', 'words'] as const),
    owners: random.pick(['at-end', 'at-end', 'at-start', 'owner-paren', 'bracket-name', 'names-paren'] as const),
    okr: random.pick(['numbered', 'labels', 'goals', 'headings'] as const),
    legends: [random.pick([null, null, 'finish', 'green', 'rainbow'] as const)],
    legendPlacement: random.pick(['text', 'details', 'heading'] as const),
    indent: random.pick(['  ', '   ', '\t'] as const),
    perPerson: random.chance(0.15),
    extrasChance: random.pick([0.1, 0.25]),
    products: ['Mobile', 'Web'],
  };
}

/** The team's habits in a given era: mostly its own, with a habit or two changed now and then. */
export function driftVoice(voice: TeamVoice, random: Random): TeamVoice {
  const drifted = { ...voice };
  if (random.chance(0.3)) drifted.sections = random.pick(['h2', 'h3', 'bold', 'details'] as const);
  if (random.chance(0.25)) drifted.heading = random.pick(['h1', 'h1', 'h2'] as const);
  if (random.chance(0.2)) drifted.support = random.pick(['bold', 'dash', 'heading', 'weeks'] as const);
  if (random.chance(0.2)) drifted.okr = random.pick(['numbered', 'labels', 'goals', 'headings'] as const);
  return drifted;
}
