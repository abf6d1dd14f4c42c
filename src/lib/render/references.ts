import type { Element, ElementContent, Root, Text } from 'hast';
import { nameToEmoji } from 'gemoji';

/** Where a comment was written: references without a repository resolve against it. */
export interface RenderContext {
  /** Repository as "owner/name". */
  repo: string;
  /** Absolute URL relative image and link paths resolve against (the issue's URL, as on GitHub). */
  baseUrl: string;
}

// One pass over each text node: @login or @org/team, owner/repo#123 or #123, :shortcode:.
// The leading group keeps e-mail addresses, paths and words like "a#1" from matching.
const TOKEN =
  /(^|[^\w/`@.-])(?:@([a-z\d](?:-?[a-z\d]){0,38})(?:\/([\w-]+))?(?![\w-])|([\w.-]+\/[\w.-]+)?#(\d+)\b)|:([a-z\d_+-]+):/gi;

const SKIP = new Set(['a', 'code', 'pre', 'kbd', 'script', 'style', 'textarea']);

function link(href: string, text: string): Element {
  return { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] };
}

/** Splits one text value into text and link nodes; returns undefined when nothing matched. */
export function linkifyText(value: string, context: RenderContext): ElementContent[] | undefined {
  if (!/[@#:]/.test(value)) return undefined;
  const out: ElementContent[] = [];
  let last = 0;
  let changed = false;
  for (const match of value.matchAll(TOKEN)) {
    const [whole, lead = '', login, team, repo, number, shortcode] = match;
    let start = match.index;
    let node: ElementContent | undefined;
    if (shortcode !== undefined) {
      const emoji = nameToEmoji[shortcode.toLowerCase()];
      if (emoji) node = { type: 'text', value: emoji };
    } else {
      start += lead.length;
      const text = whole.slice(lead.length);
      if (login !== undefined) {
        const href = team ? `https://github.com/orgs/${login}/teams/${team}` : `https://github.com/${login}`;
        node = link(href, text);
      } else if (number !== undefined) {
        node = link(`https://github.com/${repo ?? context.repo}/issues/${number}`, text);
      }
    }
    if (!node) continue;
    if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
    out.push(node);
    last = match.index + whole.length;
    changed = true;
  }
  if (!changed) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

const BREAK = /\n(?=[^\S\n]*\S)/;

/** GitHub comments keep single line breaks: a newline followed by more text becomes <br>. */
export function breakLines(value: string): ElementContent[] | undefined {
  if (!BREAK.test(value)) return undefined;
  const parts = value.split(BREAK);
  return parts.flatMap((part, index): ElementContent[] => [
    ...(index > 0 ? [{ type: 'element', tagName: 'br', properties: {}, children: [] } as Element] : []),
    ...(part ? [{ type: 'text', value: part } as Text] : []),
  ]);
}

/** Links @mentions and issue references, replaces emoji shortcodes and keeps line breaks, outside links and code. */
export function linkifyReferences(tree: Root | Element, context: RenderContext): void {
  const children = tree.children as (ElementContent | Text)[];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'text') {
      const linked = linkifyText(child.value, context);
      const nodes = linked ?? [child];
      const broken = nodes.flatMap((node) => (node.type === 'text' ? (breakLines(node.value) ?? [node]) : [node]));
      const replacement = linked || broken.length !== nodes.length ? broken : undefined;
      if (replacement) {
        children.splice(index, 1, ...replacement);
        index += replacement.length - 1;
      }
    } else if (child.type === 'element' && !SKIP.has(child.tagName)) {
      linkifyReferences(child, context);
    }
  }
}
