/**
 * `sync-state.json`: per repository and label, the `since` instant the next incremental sync asks
 * GitHub for. Written last, atomically, with sorted keys so an unchanged cursor keeps its bytes.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readTextIfExists, writeFileIfChanged } from './atomic-write.ts';
import { SYNC_STATE_FILE } from './paths.ts';
import { HintedError } from '../hinted-error.ts';

const CursorSchema = z.strictObject({
  /** Passed as `filterBy.since`: the newest `updatedAt` seen minus the safety overlap. */
  since: z.iso.datetime(),
});

/** The file's shape: cursors[repo lowercased][label]. */
export const SyncStateSchema = z.strictObject({
  version: z.literal(1),
  cursors: z.record(z.string(), z.record(z.string(), CursorSchema)),
});

export type SyncState = z.output<typeof SyncStateSchema>;

/** sync-state.json exists but is not what this code writes. */
export class SyncStateError extends HintedError {
  override name = 'SyncStateError';
  readonly file: string;
  constructor(file: string, detail: string, options?: ErrorOptions) {
    super(`${file} is not a valid sync state (${detail})`, 'delete it (the next sync is then a full sync) or run with --full', options);
    this.file = file;
  }
}

/** Reads the state of an archive directory; an empty state when the file does not exist. */
export async function readSyncState(outDir: string): Promise<SyncState> {
  const file = join(outDir, SYNC_STATE_FILE);
  const text = await readTextIfExists(file);
  if (text === null) return { version: 1, cursors: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SyncStateError(file, 'not JSON', { cause: error });
  }
  const parsed = SyncStateSchema.safeParse(raw);
  if (!parsed.success) throw new SyncStateError(file, parsed.error.issues[0]?.message ?? 'bad shape', { cause: parsed.error });
  return parsed.data;
}

/** The saved `since` for a repository and label, if any. */
export function getCursor(state: SyncState, repo: string, label: string): string | undefined {
  return state.cursors[repo.toLowerCase()]?.[label]?.since;
}

/** A copy of `state` with one cursor set. */
export function setCursor(state: SyncState, repo: string, label: string, since: string): SyncState {
  const key = repo.toLowerCase();
  return { ...state, cursors: { ...state.cursors, [key]: { ...state.cursors[key], [label]: { since } } } };
}

/** Writes the state with sorted keys; returns what happened to the file. */
export async function writeSyncState(outDir: string, state: SyncState) {
  const sorted = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const cursors = sorted(Object.fromEntries(Object.entries(state.cursors).map(([repo, labels]) => [repo, sorted(labels)])));
  return writeFileIfChanged(join(outDir, SYNC_STATE_FILE), `${JSON.stringify({ version: 1, cursors }, null, 2)}\n`);
}
