/** Trim spaces and dangling separators (` - `, `:`, `|`) at both ends without regex backtracking. */
export function trimSeparators(text: string): string {
  const separators = ' \t-–—:|,;';
  let start = 0;
  let end = text.length;
  while (start < end && separators.includes(text[start]!) && !(text[start] === '-' && text[start + 1] === '>')) start++;
  while (end > start && separators.includes(text[end - 1]!)) {
    // Keep the closing colon of an emoji shortcode (":rocket:").
    if (text[end - 1] === ':' && /:[a-z0-9_+-]{1,30}$/.test(text.slice(Math.max(start, end - 33), end - 1))) break;
    end--;
  }
  return text.slice(start, end);
}
