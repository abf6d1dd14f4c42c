/**
 * The archive's file format: YAML frontmatter whose every value is written as JSON (JSON is YAML, so
 * Astro reads it, and JSON.stringify is deterministic), then the body exactly as GitHub returned it.
 */

const OPENING = '---\n';
const CLOSING = '\n---\n';

/** Serializes frontmatter in the given key order followed by the verbatim body. */
export function serializeMarkdownFile<T extends object>(data: T, keys: readonly (keyof T)[], body: string): string {
  const lines = keys.map((key) => `${String(key)}: ${JSON.stringify(data[key] ?? null)}`);
  return `${OPENING}${lines.join('\n')}${CLOSING}${body}`;
}

/** The file does not have the frontmatter this project writes. */
export class MarkdownFileError extends Error {
  override name = 'MarkdownFileError';
}

/** Reads a file written by serializeMarkdownFile back into raw frontmatter values and the exact body. */
export function parseMarkdownFile(text: string): { data: Record<string, unknown>; body: string } {
  if (!text.startsWith(OPENING)) throw new MarkdownFileError('missing frontmatter: the file must start with "---"');
  const end = text.indexOf(CLOSING, OPENING.length - 1);
  if (end < 0) throw new MarkdownFileError('unterminated frontmatter: no closing "---" line');
  const data: Record<string, unknown> = {};
  const block = text.slice(OPENING.length, end);
  for (const line of block.split('\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(': ');
    if (colon < 0) throw new MarkdownFileError(`malformed frontmatter line: ${line.slice(0, 80)}`);
    const key = line.slice(0, colon);
    try {
      data[key] = JSON.parse(line.slice(colon + 2));
    } catch {
      throw new MarkdownFileError(`frontmatter value of "${key}" is not JSON`);
    }
  }
  return { data, body: text.slice(end + CLOSING.length) };
}
