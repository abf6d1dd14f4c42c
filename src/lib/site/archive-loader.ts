import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listMarkdownFiles } from '../archive/list-markdown-files.ts';
import { MarkdownFileError, parseMarkdownFile } from '../archive/markdown-file.ts';
import { BuildInputError } from './build-input-error.ts';

export interface ArchiveLoaderOptions {
  /** Folder of `.md` files in the archive's format (an archive's `issues/` or `comments/`). */
  base: string;
  /** The entry id, from the file's raw frontmatter. */
  id: (data: Record<string, unknown>) => string;
}

/** An archive file that is not in the archive's format; the message names the file and the hint says what to do. */
export class ArchiveFileError extends BuildInputError {
  override name = 'ArchiveFileError';
}

const READ_AT_ONCE = 64;

/**
 * A content loader for one folder of the archive: each `.md` file becomes an entry whose data is its
 * frontmatter, checked by the collection's schema. The body is not stored: Astro bundles the whole
 * data store into the build as a module, so bodies there would go through the bundler and be held
 * twice more in memory (at 1,300 × 12, 31 MB of store, and ~20 s and ~0.6 GB more per build). Pages
 * read bodies from the files where the archive layout puts them (load-archive.ts) and render them
 * through the site's sanitizing pipeline (src/lib/render), never Astro's (which fails the whole
 * build on a relative image typed on GitHub). The files are the archive's own format
 * (src/lib/archive/markdown-file.ts), read with that format's parser rather than a YAML parser.
 * Unchanged files (same digest) are not parsed again; in `astro dev` the folder is watched.
 */
export function archiveLoader(options: ArchiveLoaderOptions): Loader {
  const base = resolve(options.base);
  return {
    name: 'sprint-archive:archive',
    load: async (context) => {
      const idsByFile = new Map<string, string>();
      const files = listMarkdownFiles(base);
      for (let start = 0; start < files.length; start += READ_AT_ONCE) {
        await Promise.all(files.slice(start, start + READ_AT_ONCE).map(async (file) => idsByFile.set(file, await loadFile(context, options, file))));
      }
      const kept = new Set(idsByFile.values());
      for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
      watch(context, options, base, idsByFile);
    },
  };
}

async function loadFile(context: LoaderContext, options: ArchiveLoaderOptions, file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  const fromRoot = relative(fileURLToPath(context.config.root), file);
  // Astro wants paths from the project root; a message names a file outside it by its full path.
  const where = fromRoot.startsWith('..') ? file : fromRoot;
  let parsed: ReturnType<typeof parseMarkdownFile>;
  try {
    parsed = parseMarkdownFile(text);
  } catch (error) {
    if (error instanceof MarkdownFileError) throw new ArchiveFileError(`${where}: ${error.message}.`, 'Rerun the sync to rewrite it (npm run sync), or fix that line by hand: each frontmatter value is JSON.');
    throw error;
  }
  const id = options.id(parsed.data);
  const digest = context.generateDigest(text);
  if (context.store.get(id)?.digest === digest) return id;
  const data = await context.parseData({ id, data: parsed.data, filePath: fromRoot });
  context.store.set({ id, data, filePath: fromRoot, digest });
  return id;
}

function watch(context: LoaderContext, options: ArchiveLoaderOptions, base: string, idsByFile: Map<string, string>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(base);
  const inArchive = (file: string) => file.startsWith(`${base}${sep}`) && file.endsWith('.md');
  const reload = (file: string) => {
    if (!inArchive(file)) return;
    loadFile(context, options, file)
      .then((id) => idsByFile.set(file, id))
      .catch((error: Error) => logger.error(error.message));
  };
  watcher.on('add', reload);
  watcher.on('change', reload);
  watcher.on('unlink', (file) => {
    const id = idsByFile.get(file);
    if (id === undefined) return;
    idsByFile.delete(file);
    context.store.delete(id);
  });
}
