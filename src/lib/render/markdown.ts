import type { Root } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { markdownToHast } from 'satteri';
import { enhanceTree } from './enhance.ts';
import { linkifyReferences, type RenderContext } from './references.ts';

/** How one piece of GitHub Markdown is rendered. */
export interface RenderOptions extends RenderContext {
  /** Level the top headings of the text become; default 3 (under the page's h1 and section h2). */
  topHeading?: number;
  /** Fold code blocks into a closed <details>; used for issue descriptions. */
  collapseCode?: boolean;
}

const FEATURES = { gfm: { footnotes: false }, rawHtml: true, frontmatter: false } as const;

/** Parses GitHub Markdown with its raw HTML into a hast tree (Sätteri, Rust). */
export function parseMarkdown(source: string): Root {
  return markdownToHast(source, { features: FEATURES, position: false }) as Root;
}

/**
 * Renders GitHub-flavoured Markdown to safe HTML: parse (raw HTML included), sanitize with GitHub's
 * allowlist, then a trusted pass adding links, emoji, lazy images and accessible task boxes.
 */
export function renderMarkdown(source: string, options: RenderOptions): string {
  const tree = sanitize(parseMarkdown(source), defaultSchema) as Root;
  linkifyReferences(tree, options);
  enhanceTree(tree, {
    baseUrl: options.baseUrl,
    topHeading: options.topHeading ?? 3,
    collapseCode: options.collapseCode ?? false,
  });
  return toHtml(tree);
}
