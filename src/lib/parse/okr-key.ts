import type { Okr } from './types.ts';

import type { ParsedOkr } from './comment/types.ts';

export type { ParsedOkr };

interface KnownOkr {
  key: string;
  /** Token sets of every wording seen, so slow drift keeps matching. */
  wordings: Set<string>[];
}

/** Remembers the objectives of each team and quarter so later sprints reuse their keys. */
export interface OkrKeyRegistry {
  known: Map<string, KnownOkr[]>;
  /** Normalised title and tokens by title as written: the same wording recurs every sprint. */
  wordings: Map<string, { normalized: string; tokens: Set<string> }>;
}

const SIMILARITY_THRESHOLD = 0.6;
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'with', 'by', 'at', 'is', 'are', 'be', 'we', 'our']);
const NUMBERING = /^\s*(?:(?:objective|goal|okr|kr|key result|o)\s*#?\s*\d*(?:\.\d+)*\s*[:.)\-–—]?|\d+(?:\.\d+)*\s*[:.)\-–—]|[a-z][.)])\s*/iu;
/** Status words teams put next to an objective; they change every sprint, the objective does not. */
const STATUS_WORDS =
  /[([]\s*(?:green|yellow|orange|red|grey|gray|white|blue|purple|on[ -]track|at[ -]risk|off[ -]track|done|not done|in progress|wip|not started|blocked|dropped|abandoned)\s*[)\]]|\s[-–—]\s*(?:done|not done|didn't happen|won't finish|in progress|still in progress|blocked|dropped|on track|at risk|off track)\s*$/giu;
const MAX_KEY_LENGTH = 48;

/** Creates an empty registry; one per archive build, fed sprints oldest first. */
export function createOkrKeyRegistry(): OkrKeyRegistry {
  return { known: new Map(), wordings: new Map() };
}

/** Lowercase words of an OKR title without numbering ("Objective 2:", "KR1."), emoji, punctuation or Markdown. */
export function normalizeOkrTitle(title: string): string {
  const plain = title.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1').replace(/[*_`~]+/gu, '').replace(STATUS_WORDS, ' ');
  const toWords = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // A bare "Objective 1" is all numbering: then the numbering is the only name it has.
  return toWords(plain.replace(NUMBERING, '')) || toWords(plain);
}

function toTokens(normalized: string): Set<string> {
  const words = normalized.split(' ').filter((word) => word !== '');
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return new Set(meaningful.length > 0 ? meaningful : words);
}

/** Dice coefficient of two token sets, or containment when one title is a short form of the other. */
export function measureTokenSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  const dice = (2 * shared) / (a.size + b.size);
  const containment = Math.min(a.size, b.size) >= 3 ? shared / Math.min(a.size, b.size) : 0;
  return Math.max(dice, containment >= 0.9 ? containment : 0);
}

function toKeySlug(normalized: string): string {
  const slug = normalized.replace(/\s+/gu, '-');
  if (slug.length <= MAX_KEY_LENGTH) return slug || 'okr';
  const cut = slug.slice(0, MAX_KEY_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-') > 16 ? cut.lastIndexOf('-') : MAX_KEY_LENGTH);
}

function keyOne(okr: ParsedOkr, scope: string, parentKey: string | null, registry: OkrKeyRegistry, usedNow: Set<string>): Okr {
  let wording = registry.wordings.get(okr.title);
  if (!wording) {
    const normalized = normalizeOkrTitle(okr.title);
    registry.wordings.set(okr.title, (wording = { normalized, tokens: toTokens(normalized) }));
  }
  const { normalized, tokens } = wording;
  const bucket = `${scope}\u0000${parentKey ?? ''}`;
  const known = registry.known.get(bucket) ?? [];
  let best: KnownOkr | null = null;
  let bestScore = SIMILARITY_THRESHOLD;
  for (const candidate of known) {
    if (usedNow.has(candidate.key)) continue;
    const score = Math.max(...candidate.wordings.map((wording) => measureTokenSimilarity(tokens, wording)));
    if (score >= bestScore && (best === null || score > bestScore)) [best, bestScore] = [candidate, score];
  }
  let key: string;
  if (best) {
    key = best.key;
    if (!best.wordings.includes(tokens)) best.wordings.push(tokens);
  } else {
    const base = parentKey ? `${parentKey}/${toKeySlug(normalized)}` : toKeySlug(normalized);
    const taken = new Set(known.map((entry) => entry.key));
    key = base;
    for (let n = 2; taken.has(key) || usedNow.has(key); n += 1) key = `${base}-${n}`;
    known.push({ key, wordings: [tokens] });
    registry.known.set(bucket, known);
  }
  usedNow.add(key);
  const childrenUsed = new Set<string>();
  const children = okr.children.map((child) => keyOne(child, scope, key, registry, childrenUsed));
  return { key, title: okr.title, status: okr.status, children };
}

/**
 * Gives each objective of one update a key stable across the sprints of a quarter for that team:
 * an objective whose normalised text is close enough (token similarity ≥ 0.6) to one seen earlier
 * reuses its key; key results are keyed under their objective. Call in chronological order.
 */
export function assignOkrKeys(okrs: ParsedOkr[], team: string, quarter: string, registry: OkrKeyRegistry): Okr[] {
  const usedNow = new Set<string>();
  return okrs.map((okr) => keyOne(okr, `${team}\u0000${quarter}`, null, registry, usedNow));
}
