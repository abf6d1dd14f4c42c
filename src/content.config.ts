import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CommentFrontmatterSchema, IssueFrontmatterSchema } from './lib/archive/records.ts';
import { resolveArchiveDir } from './lib/config/load.ts';
import { sourceOnly } from './lib/site/source-only-loader.ts';

const archiveDir = resolveArchiveDir();

// Bodies are rendered by our own sanitizing pipeline (src/lib/render), never by Astro: both Astro's
// eager render and `deferRender` fail the whole build on a relative image typed on GitHub (sourceOnly).
const issues = defineCollection({
  loader: sourceOnly(glob({
    base: `${archiveDir}/issues`,
    pattern: '**/*.md',
    generateId: ({ data }) => `${String(data['repo'])}#${String(data['number'])}`,
  })),
  schema: IssueFrontmatterSchema,
});

const comments = defineCollection({
  loader: sourceOnly(glob({
    base: `${archiveDir}/comments`,
    pattern: '**/*.md',
    generateId: ({ data }) => String(data['id']),
  })),
  schema: CommentFrontmatterSchema,
});

export const collections = { issues, comments };
