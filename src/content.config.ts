import { defineCollection } from 'astro:content';
import { CommentFrontmatterSchema, IssueFrontmatterSchema } from './lib/archive/records.ts';
import { resolveArchiveDir } from './lib/config/load.ts';
import { archiveLoader } from './lib/site/archive-loader.ts';

const archiveDir = resolveArchiveDir();

// Bodies are kept as written and rendered by the site's own sanitizing pipeline (src/lib/render),
// never by Astro (see archive-loader.ts).
const issues = defineCollection({
  loader: archiveLoader({ base: `${archiveDir}/issues`, id: (data) => `${String(data['repo'])}#${String(data['number'])}` }),
  schema: IssueFrontmatterSchema,
});

const comments = defineCollection({
  loader: archiveLoader({ base: `${archiveDir}/comments`, id: (data) => String(data['id']) }),
  schema: CommentFrontmatterSchema,
});

export const collections = { issues, comments };
