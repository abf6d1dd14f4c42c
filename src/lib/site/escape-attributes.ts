/**
 * Escapes `<` and `>` inside double-quoted attribute values of serialized HTML. Astro escapes only
 * `&` and `"` in attributes: safe, but a sprint title such as `<script>…` then appears verbatim in
 * `<meta content>` and `title=""`, which tools that scan HTML for scripts count as one. Applied to
 * every built page by the search integration's post-build pass.
 */
export function escapeAttributeBrackets(html: string): string {
  // Fast path: most pages have no bracket inside any quoted value.
  if (!/="[^"]*[<>]/.test(html)) return html;
  let out = '';
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) break;
    out += html.slice(index, open);
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(open, stop);
      index = stop;
      continue;
    }
    // Walk the tag, tracking quotes, so a `>` inside a value does not end it.
    let cursor = open + 1;
    let tag = '<';
    let quote = '';
    for (; cursor < html.length; cursor++) {
      const char = html[cursor]!;
      if (quote) {
        if (char === quote) quote = '';
        tag += char === '<' ? '&lt;' : char === '>' ? '&gt;' : char;
        continue;
      }
      tag += char;
      if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
    }
    out += tag;
    index = cursor + 1;
    // Raw-text elements: copy their content untouched up to the closing tag.
    const raw = /^<(script|style|textarea|title)\b/i.exec(tag)?.[1];
    if (raw) {
      const close = html.toLowerCase().indexOf(`</${raw.toLowerCase()}`, index);
      const stop = close < 0 ? html.length : close;
      out += html.slice(index, stop);
      index = stop;
    }
  }
  return out + html.slice(index);
}
