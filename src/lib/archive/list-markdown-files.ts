import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.md` file under `dir`, as full paths in sorted order; none when `dir` does not exist. */
export function listMarkdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => join(dir, name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
