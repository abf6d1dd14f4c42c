import { existsSync } from 'node:fs';
import { ConfigError, loadArchiveConfig, resolveArchiveDir } from '../lib/config/load.ts';
import type { ArchiveConfig } from '../lib/config/schema.ts';
import { buildsLean, countArchiveComments, LeanBuildSettingError } from './archive-size.ts';
import { BuildInputError } from '../lib/site/build-input-error.ts';

export interface BuildInputs {
  archiveDir: string;
  archive: ArchiveConfig;
  comments: number;
  /** Whether the build keeps to the lean path (archive-size.ts). */
  lean: boolean;
}

/**
 * What astro.config.mjs needs before Astro starts: the archive's folder, config and size, and the
 * build path. A missing folder (a mistyped ARCHIVE_DIR would otherwise build an empty site), a bad
 * config file or a bad setting ends the build with one line and a hint. An existing empty folder
 * builds a site that says to run the sync.
 */
export function readBuildInputs(env: NodeJS.ProcessEnv = process.env): BuildInputs {
  const archiveDir = resolveArchiveDir(env);
  if (!existsSync(archiveDir)) {
    throw new BuildInputError(`The archive folder ${archiveDir} does not exist.`, env['ARCHIVE_DIR'] ? 'Point ARCHIVE_DIR at the folder the sync wrote (npm run sync -- --out DIR).' : 'Run npm run sync to fetch the sprint issues into content/, or set ARCHIVE_DIR to an archive folder.');
  }
  try {
    const archive = loadArchiveConfig(archiveDir);
    const comments = countArchiveComments(archiveDir);
    return { archiveDir, archive, comments, lean: buildsLean(comments, env['LEAN_BUILD']) };
  } catch (error) {
    if (error instanceof ConfigError) throw new BuildInputError(error.message, 'Fix that file (README.md, "Configuration reference", lists every key), or delete it to build with the defaults.');
    if (error instanceof LeanBuildSettingError) throw new BuildInputError(error.message, 'Unset LEAN_BUILD to let the archive size decide, or set it to 1 (less memory) or 0 (faster on a small archive).');
    throw error;
  }
}
