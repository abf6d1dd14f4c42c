/**
 * Crash-safe file writes: a temp file in the same directory renamed over the target, so a reader
 * (or a SIGKILL) only ever sees the old bytes or the new ones. Unchanged files are not touched.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { OutDirNotWritableError } from './errors.ts';
import { basename, dirname, join } from 'node:path';

/** What writeFileIfChanged did. */
export type WriteOutcome = 'added' | 'updated' | 'unchanged';

const TEMP_PATTERN = /^\..+\.sync-[0-9a-f]+\.tmp$/;

/** Writes `content` to `path` atomically, only if the bytes differ from what is there. */
export async function writeFileIfChanged(path: string, content: string): Promise<WriteOutcome> {
  const existing = await readTextIfExists(path);
  if (existing === content) return 'unchanged';
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.sync-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return existing === null ? 'added' : 'updated';
}

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Deletes temp files a killed run left behind in `dir` (and below it when `recursive`); returns how many. */
export async function removeStaleTempFiles(dir: string, recursive: boolean): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const stale = entries.filter((entry) => entry.isFile() && TEMP_PATTERN.test(entry.name));
  await Promise.all(stale.map((entry) => rm(join(entry.parentPath, entry.name), { force: true })));
  return stale.length;
}

/** Creates `dir` if needed and proves a file can be written in it; throws OutDirNotWritableError. */
export async function assertWritableDir(dir: string): Promise<void> {
  const probe = join(dir, `.probe.sync-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    throw new OutDirNotWritableError(dir, (error as NodeJS.ErrnoException).code ?? 'unknown error', { cause: error });
  }
}
