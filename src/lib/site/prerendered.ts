/**
 * Markdown rendered ahead of the pages by a worker thread (render-worker.ts, started by
 * src/integrations/prerender.ts during `astro build`), shared through `globalThis` because the
 * integration and the pages run in the same process but are bundled separately.
 */

export interface Prerendered {
  /** Settles when the worker has sent the model (or failed); wait for it before calling `model`. */
  modelReady: Promise<void>;
  /** Rendered HTML for `key` if the worker has already rendered exactly this `body` (handed out once). */
  get(key: string, body: string): string | undefined;
  /** The worker's archive model, if it was derived from input with this key (archive-input.ts). */
  model(inputKey: () => string): unknown;
}

const KEY = Symbol.for('sprint-archive.prerendered');

export function prerendered(): Prerendered | undefined {
  return (globalThis as { [KEY]?: Prerendered | undefined })[KEY];
}

export function setPrerendered(value: Prerendered | undefined): void {
  (globalThis as { [KEY]?: Prerendered | undefined })[KEY] = value;
}
