/**
 * Measures Markdown → safe HTML pipelines on ~1,500 comments (run: npx node tests/render/measure-render.ts DIR).
 * DIR holds JSON issues shaped like the shared corpus; bodies are repeated to reach the count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { renderMarkdown } from '../../src/lib/render/markdown.ts';

const dir = process.argv[2] ?? '../shared/corpus/issues';
const bodies: string[] = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const issue = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { description: string; comments: { body: string }[] };
  bodies.push(issue.description, ...issue.comments.map((comment) => comment.body));
}
const corpus = Array.from({ length: 1500 }, (_, index) => bodies[index % bodies.length]! + `\n\n<!-- ${index} -->`);
const kb = corpus.reduce((sum, body) => sum + body.length, 0) / 1024;
const context = { repo: 'acme/planning', baseUrl: 'https://github.com/acme/planning/issues/1' };

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkGemoji)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize)
  .use(rehypeStringify);

const pipelines: Record<string, (source: string) => string> = {
  'unified: remark-parse+gfm+gemoji → rehype-raw → rehype-sanitize → stringify': (source) => String(processor.processSync(source)),
  'satteri markdownToHtml → hast-util-from-html (parse5) → sanitize → to-html': (source) =>
    toHtml(sanitize(fromHtml(markdownToHtml(source, { features: { gfm: { footnotes: false } } }).html, { fragment: true }), defaultSchema)),
  'chosen: satteri markdownToHast(rawHtml) → sanitize → links/emoji/images → to-html': (source) => renderMarkdown(source, context),
};

console.log(`${corpus.length} comments, ${kb.toFixed(0)} KB of Markdown`);
for (const [name, run] of Object.entries(pipelines)) {
  for (const body of corpus.slice(0, 50)) run(body); // warm-up
  const start = performance.now();
  let bytes = 0;
  for (const body of corpus) bytes += run(body).length;
  const ms = performance.now() - start;
  console.log(`${ms.toFixed(0).padStart(6)} ms  ${(ms / corpus.length).toFixed(2)} ms/comment  ${(bytes / 1024).toFixed(0)} KB html  ${name}`);
}
