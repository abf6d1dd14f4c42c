import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CommentFrontmatterSchema, IssueFrontmatterSchema } from './lib/archive/records.ts';
import { resolveArchiveDir } from './lib/config/load.ts';

const archiveDir = resolveArchiveDir();

// deferRender: comment bodies are rendered by our own sanitizing pipeline, never by Astro's eager
// Markdown render (which would also fail the build on a relative image typed on GitHub).
const issues = defineCollection({
  loader: glob({
    base: `${archiveDir}/issues`,
    pattern: '**/*.md',
    deferRender: true,
    generateId: ({ data }) => `${String(data['repo'])}#${String(data['number'])}`,
  }),
  schema: IssueFrontmatterSchema,
});

const comments = defineCollection({
  loader: glob({
    base: `${archiveDir}/comments`,
    pattern: '**/*.md',
    deferRender: true,
    generateId: ({ data }) => String(data['id']),
  }),
  schema: CommentFrontmatterSchema,
});

export const collections = { issues, comments };
