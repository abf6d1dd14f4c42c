import type { CommentKind } from './types.ts';

/** What classification needs to know about a comment. */
export interface ClassifiableComment {
  author: string | null;
  authorType: string | null;
  body: string;
}

/** What the comment parser concluded about the comment. */
export interface CommentVerdict {
  isUpdate: boolean;
  teamName: string | null;
  /** Sections, items or OKRs were recognised. */
  structured?: boolean;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n {0,3}\2[`~]*[ \t]*$/gmu;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/gu;
/** Team names that are a template's blank to fill in, not a team. */
const PLACEHOLDER_TEAM = /^(?:x|xyz|name|team ?name|your team(?: name)?|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|_+|\.{3}|…|todo|tbd)$/iu;
/** Lines that carry no content of their own: list markers, empty checkboxes, rules. */
const BLANK_LINE = /^(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]?\])?\s*(?:[:\-–—_*|]|\.{3}|…)*\s*$/u;

/** The contents of every fenced code block of a Markdown text: issue descriptions keep the update template there. */
export function extractTemplates(description: string): string[] {
  return [...description.matchAll(FENCE)].map((match) => match[3] ?? '').filter((text) => text.trim() !== '');
}

function toContentLines(markdown: string): string[] {
  return markdown
    .replace(HTML_COMMENT, '')
    .split('\n')
    .map((line) => line.trim().toLowerCase().replace(/\s+/gu, ' '))
    .filter((line) => line !== '' && !BLANK_LINE.test(line));
}

/** Templates as sets of content lines, ready to compare comments against. */
export interface PreparedTemplates {
  lines: Set<string>[];
}

/** Prepares an issue's templates once for all its comments. */
export function prepareTemplates(templates: readonly string[]): PreparedTemplates {
  return { lines: templates.map((template) => new Set(toContentLines(template))).filter((lines) => lines.size >= 2) };
}

/** True when the body adds at most one line (say, the team name) to one of the templates. */
function isFilledTemplate(body: string, templates: PreparedTemplates): boolean {
  if (templates.lines.length === 0) return false;
  const longest = Math.max(...templates.lines.map((lines) => lines.size));
  // Cheap bound first: a body with many more lines than any template has been filled in.
  if (body.split('\n', longest * 3 + 10).length > longest * 3 + 8) return false;
  const lines = toContentLines(body);
  if (lines.length === 0) return false;
  return templates.lines.some((templateLines) => {
    const added = lines.filter((line) => !templateLines.has(line)).length;
    const kept = lines.length - added;
    return added <= 1 && kept >= Math.min(templateLines.size, 2) && kept / templateLines.size >= 0.6;
  });
}

function isBot(comment: ClassifiableComment): boolean {
  return comment.authorType === 'Bot' || /\[bot\]$/iu.test(comment.author ?? '');
}

/** True when a team name is the template's blank ("Team X", "Team <name>"). */
export function isPlaceholderTeamName(name: string | null): boolean {
  if (name === null) return false;
  const bare = name.replace(/^\s*team\b\s*/iu, '').trim();
  return PLACEHOLDER_TEAM.test(bare);
}

/**
 * Sorts a comment into update, discussion, bot or template. Bots are known by their author type,
 * templates by matching the description's fenced template (or a placeholder team name); a deleted
 * author (null) is classified by content like anyone else.
 */
export function classifyComment(comment: ClassifiableComment, verdict: CommentVerdict, templates: PreparedTemplates | readonly string[]): CommentKind {
  if (!('lines' in templates)) return classifyComment(comment, verdict, prepareTemplates(templates));
  if (isBot(comment)) return 'bot';
  if (isFilledTemplate(comment.body, templates)) return 'template';
  if (verdict.isUpdate && isPlaceholderTeamName(verdict.teamName)) return 'template';
  // Neither a team nor any structure: a proposal or a question that merely looks like a post.
  if (verdict.isUpdate && verdict.teamName === null && verdict.structured === false) return 'discussion';
  return verdict.isUpdate ? 'update' : 'discussion';
}
