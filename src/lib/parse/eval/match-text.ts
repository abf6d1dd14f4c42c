/** Reduce a snippet to comparable form: link text only, no markup, emoji or punctuation, lowercase. */
export function normalizeSnippet(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a labelled snippet (first ~60 characters) and a parsed text name the same thing. */
export function snippetsMatch(label: string, parsed: string): boolean {
  const a = normalizeSnippet(label);
  const b = normalizeSnippet(parsed);
  if (a.length === 0 || b.length === 0) return a === b;
  const length = Math.min(a.length, b.length, 40);
  // Snippets are cut at ~60 characters, so compare the shared prefix, not the whole text.
  return length >= Math.min(8, a.length, b.length) && a.slice(0, length) === b.slice(0, length);
}

/** Normalise a name for comparison: case, spaces and a leading "@" do not matter. */
export function normalizeName(name: string): string {
  return name.replace(/^@/, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Pair labelled snippets with parsed ones in order, each used once; returns parsed index per label (or -1). */
export function pairSnippets(labels: readonly string[], parsed: readonly string[]): number[] {
  const used = new Set<number>();
  return labels.map((label) => {
    for (let index = 0; index < parsed.length; index++) {
      if (!used.has(index) && snippetsMatch(label, parsed[index]!)) {
        used.add(index);
        return index;
      }
    }
    return -1;
  });
}
