import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArchiveConfigSchema, CONFIG_FILE_NAME, type ArchiveConfig } from './schema.ts';

/** The config file could not be read or does not match the schema; `message` names the bad key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly file: string;
  constructor(file: string, message: string, options?: ErrorOptions) {
    super(`${file}: ${message}`, options);
    this.file = file;
  }
}

/** Validates raw config JSON; throws ConfigError with every bad key named. */
export function parseArchiveConfig(raw: unknown, file = CONFIG_FILE_NAME): ArchiveConfig {
  const result = ArchiveConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `"${key}": ${issue.message}`;
  });
  throw new ConfigError(file, `invalid config: ${problems.join('; ')}`);
}

/** Reads `archive.config.json` from an archive directory (or an explicit file); defaults when it is absent. */
export function loadArchiveConfig(archiveDir: string, explicitFile?: string): ArchiveConfig {
  const file = explicitFile ?? join(archiveDir, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (!explicitFile && (error as NodeJS.ErrnoException).code === 'ENOENT') return parseArchiveConfig({}, file);
    throw new ConfigError(file, `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, `not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseArchiveConfig(raw, file);
}

/** The archive directory the site builds from: ARCHIVE_DIR, or `content`. */
export function resolveArchiveDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['ARCHIVE_DIR'] || 'content';
}
