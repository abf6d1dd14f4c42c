/** What a heading (or bold line, `<summary>`, `Label:` line) introduces. */
export type HeadingKind = 'retro' | 'carry-over' | 'okr' | 'high' | 'low' | 'other' | 'support' | 'away' | 'legend';

/** Reduce a heading to lowercase words: no emoji, markup, links or punctuation noise. */
export function simplifyHeading(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~#>]/g, ' ')
    .replace(/[^\p{L}\p{N}&'/:+-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const RULES: readonly [HeadingKind, RegExp][] = [
  ['legend', /^(?:legend|status legend|key|status key)$/],
  ['support', /\bsupport heroe?s?\b|^support(?: rotation)?:?$|\bon[- ]?call\b|^heroe?s?:?$/],
  ['away', /\b(?:time off|days? off|ooo|pto|out of office|vacations?|holidays?|off during|absences?|availability|away)\b/],
  ['retro', /\bretro|\bretrospective|went well|gone better|went wrong|could(?:'ve| have)? (?:been|gone) better|what we (?:did|shipped)|last sprint'?s/],
  ['carry-over', /\bhang[- ]?overs?\b|\bcarr(?:y|ied)[- ]?overs?\b|\bleft[- ]?overs?\b|\brollovers?\b|\bspill[- ]?overs?\b/],
  ['retro', /\b(?:previous|last) sprint\b/],
  ['low', /\blow[- ]?prio|\bside[- ]?quests?\b|\bstretch\b|\bnice[- ]to[- ]have\b|\bif time\b|\bmaybe\b|\bbacklog\b|\blower priority\b/],
  ['high', /\bsprint goals?\b|\bgoals? for (?:this|the|next) sprint\b/],
  ['okr', /\bokrs?\b|\bobjectives?\b|\bgoals?\b|\bkey results?\b|\bkrs?\b|\bquarter(?:ly)?\b|\bq[1-4]\b/],
  ['high', /\bhigh[- ]?prio|^(?:the )?plan(?:ned|ning)?\b|\bsprint plan|\bplan(?:ned)? (?:for|items|work)\b|\bthis sprint\b|\bnext sprint\b|\bpriorit|\btasks?\b|\bfocus\b|\bcommitments?\b|\bto ?do\b|\bupcoming\b|\bp[01]\b|\bwork items?\b/],
  // Only names that say "this is not planned work"; topics like "Bugs" or "Misc" are groups inside a section.
  ['other', /\bchangelog\b|\bshipped\b|\bprs?\b|\bpull requests?\b|\brelease notes?\b|\bnotes?\b|\bincidents?\b|\bannouncements?\b/],
];

/** Classify a heading's text; null when it names no known section (a team, a person, a topic). */
export function classifyHeading(text: string): HeadingKind | null {
  // Teams reuse the same few headings in every sprint: remember recent answers.
  const cached = recent.get(text);
  if (cached !== undefined) return cached;
  if (recent.size >= 2000) recent.clear();
  const kind = classifySimplified(simplifyHeading(text));
  if (text.length <= 120) recent.set(text, kind);
  return kind;
}

const recent = new Map<string, HeadingKind | null>();

function classifySimplified(simple: string): HeadingKind | null {
  if (simple.length === 0 || simple.length > 80) return null;
  for (const [kind, pattern] of RULES) if (pattern.test(simple)) return kind;
  return null;
}

/** The person a heading names (`## Anders`, `### @handle`), or null. */
export function readPersonHeading(text: string): string | null {
  const trimmed = text.replace(/[*_`:]/g, '').trim();
  const handle = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})$/.exec(trimmed);
  if (handle) return handle[1]!;
  if (/^\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+)?$/u.test(trimmed)) return trimmed;
  return null;
}
