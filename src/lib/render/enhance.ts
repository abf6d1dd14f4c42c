import type { Element, ElementContent, Root } from 'hast';

/** Options for the trusted pass that runs after sanitizing. */
export interface EnhanceOptions {
  /** Absolute URL relative paths resolve against. */
  baseUrl: string;
  /** Heading level the comment's top headings become (the page owns h1 and the section heading). */
  topHeading: number;
  /** Wrap code blocks in a closed <details> (issue descriptions carry their template in one). */
  collapseCode: boolean;
}

function resolveUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (value.startsWith('#')) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

const GITHUB_REFERENCE = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/(?:issues|pull)\/(\d+)\/?(#issuecomment-\d+)?$/;

/**
 * What GitHub shows for a bare link to an issue or pull request: "#12" in the same repository,
 * "owner/repo#12" in another, with " (comment)" for a link to one of its comments.
 */
function shortReference(href: string, baseUrl: string): string | undefined {
  const match = GITHUB_REFERENCE.exec(href);
  if (!match) return undefined;
  const here = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\//.exec(baseUrl)?.[1];
  const reference = `${match[1]!.toLowerCase() === here?.toLowerCase() ? '' : match[1]}#${match[2]}`;
  return match[3] ? `${reference} (comment)` : reference;
}

function collectHeadingLevels(node: Root | Element, levels: Set<number>): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const level = /^h([1-6])$/.exec(child.tagName)?.[1];
    if (level) levels.add(Number(level));
    else collectHeadingLevels(child, levels);
  }
}

function countLines(pre: Element): number {
  let text = '';
  const walk = (node: ElementContent): void => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') node.children.forEach(walk);
  };
  pre.children.forEach(walk);
  return text.replace(/\n$/, '').split('\n').length;
}

// Whitespace between two block-level elements (or a block and its parent's edge) is never rendered:
// the newlines the Markdown renderer writes there are dropped, ~60 bytes gzip a sprint page.
const BLOCKS = new Set(['blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);

type Child = Root['children'][number];

/** Drops whitespace-only text between blocks; a parent's edge counts as a block only in a block (or the root). */
function withoutLayoutWhitespace<T extends Child>(children: T[], inBlock: boolean): T[] {
  const isBlock = (node: Child | undefined) => (node === undefined ? inBlock : node.type === 'element' && BLOCKS.has(node.tagName));
  return children.filter((child, index) => !(child.type === 'text' && /^\s*$/.test(child.value) && isBlock(children[index - 1]) && isBlock(children[index + 1])));
}

interface HeadingState {
  map: Map<number, number>;
  /** Level of the previous heading written, so the next one never skips a level (axe: heading-order). */
  last: number;
}

function enhanceElement(node: Element, options: EnhanceOptions, headings: HeadingState): ElementContent {
  const props = node.properties;
  switch (node.tagName) {
    case 'img': {
      const src = resolveUrl(props['src'], options.baseUrl);
      if (src) props['src'] = src;
      else delete props['src'];
      props['loading'] = 'lazy';
      props['decoding'] = 'async';
      props['alt'] ??= '';
      break;
    }
    case 'a': {
      const href = resolveUrl(props['href'], options.baseUrl);
      if (href) props['href'] = href;
      const [text] = node.children;
      if (href && node.children.length === 1 && text?.type === 'text' && text.value === href) {
        text.value = shortReference(href, options.baseUrl) ?? text.value;
      }
      break;
    }
    case 'input':
      // A disabled checkbox has no label (axe: critical); a task's state is announced by name instead.
      props['ariaLabel'] = props['checked'] ? 'Done' : 'Not done';
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    {
      const level = Math.min(headings.map.get(Number(node.tagName[1])) ?? 6, headings.last + 1);
      headings.last = level;
      node.tagName = `h${level}`;
    }
      delete props['id'];
      break;
  }
  node.children = node.children.map((child) => (child.type === 'element' ? enhanceElement(child, options, headings) : child));
  node.children = withoutLayoutWhitespace(node.children, BLOCKS.has(node.tagName));
  if (node.tagName === 'table') {
    return { type: 'element', tagName: 'div', properties: { className: ['table-wrap'] }, children: [node] };
  }
  if (node.tagName === 'pre' && options.collapseCode) {
    const lines = countLines(node);
    return {
      type: 'element',
      tagName: 'details',
      properties: { className: ['code-fold'] },
      children: [
        { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: `Code block (${lines} ${lines === 1 ? 'line' : 'lines'})` }] },
        node,
      ],
    };
  }
  return node;
}

/**
 * Trusted pass over sanitized HTML: lazy images, absolute URLs, labelled task checkboxes, headings
 * shifted under the page's own, scrollable tables, optionally folded code blocks.
 */
export function enhanceTree(tree: Root, options: EnhanceOptions): void {
  const levels = new Set<number>();
  collectHeadingLevels(tree, levels);
  // Rank the levels actually used so the outline has no gaps: h1,h3 in a comment become h3,h4.
  const map = new Map([...levels].sort().map((level, rank) => [level, Math.min(6, options.topHeading + rank)]));
  const headings = { map, last: options.topHeading - 1 };
  tree.children = withoutLayoutWhitespace(tree.children.map((child) => (child.type === 'element' ? enhanceElement(child, options, headings) : child)), true);
}
