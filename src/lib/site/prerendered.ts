/**
 * Markdown rendered ahead of the pages by a worker thread (render-worker.ts, started by
 * src/integrations/prerender.ts during `astro build`), shared through `globalThis` because the
 * integration and the pages run in the same process but are bundled separately.
 */

export interface Prerendered {
  /** Settles when the worker has finished (or failed); entries are usable only after that. */
  done: Promise<void>;
  /** Rendered HTML for `key` if the worker rendered exactly this `body`. */
  get(key: string, body: string): string | undefined;
  /** The worker's archive model, if it was derived from input with this key (archive-input.ts). */
  model(inputKey: string): unknown;
}

const KEY = Symbol.for('sprint-archive.prerendered');

export function prerendered(): Prerendered | undefined {
  return (globalThis as { [KEY]?: Prerendered | undefined })[KEY];
}

export function setPrerendered(value: Prerendered | undefined): void {
  (globalThis as { [KEY]?: Prerendered | undefined })[KEY] = value;
}
