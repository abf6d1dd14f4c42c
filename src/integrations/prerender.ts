import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { setPrerendered } from '../lib/site/prerendered.ts';
import { keepHeapCompact } from './archive-size.ts';

/**
 * On `astro build`, renders the archive's comments and descriptions and derives the archive model in
 * a worker thread from the moment the config is loaded, so that work runs on a second core while
 * Astro syncs content and bundles. Pages fall back to rendering an entry themselves
 * whenever the worker failed or saw a different body (see src/lib/site/comments.ts).
 * A large archive (archive-size.ts) gets no worker and a compact heap instead: less peak memory.
 */
export function prerenderMarkdown(archive: { dir: string; comments: number; lean: boolean }): AstroIntegration {
  return {
    name: 'sprint-archive:prerender',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { dir: archiveDir, comments, lean } = archive;
        if (lean) {
          keepHeapCompact();
          logger.info(`Lean build (${comments} comments): pages render their own Markdown one at a time, with a compact heap (less peak memory).`);
          return;
        }
        const started = performance.now();
        const entries = new Map<string, { body: string; html: string }>();
        let model: { value: unknown; inputKey: string } | undefined;
        const worker = new Worker(join(fileURLToPath(config.root), 'src/lib/site/render-worker.ts'), {
          workerData: { archiveDir },
          // Rendering, it takes one file at a time and hands results over in batches: a small heap
          // suffices, and a worker that runs out of it only means the pages render the rest themselves.
          resourceLimits: { maxOldGenerationSizeMb: 384 },
        });
        worker.unref();
        let modelSent: () => void = () => {};
        const modelReady = new Promise<void>((resolve) => (modelSent = resolve));
        let rendered = 0;
        worker.on('message', (message: { rendered?: [string, string, string][]; done?: boolean; model?: unknown; inputKey?: string }) => {
          if ('inputKey' in message) {
            if (message.inputKey !== undefined) model = { value: message.model, inputKey: message.inputKey };
            logger.info(`${model ? 'Derived the model in a worker' : 'The worker left the model to the pages'} in ${Math.round(performance.now() - started)} ms.`);
            modelSent();
          }
          for (const [key, body, html] of message.rendered ?? []) entries.set(key, { body, html });
          rendered += message.rendered?.length ?? 0;
          if (message.done) logger.info(`Rendered ${rendered} comments and descriptions in the worker in ${Math.round(performance.now() - started)} ms.`);
        });
        worker.on('error', (error) => {
          // What it sent before failing is still good; the pages do the rest themselves.
          logger.warn(`The build worker stopped after ${rendered} entries (${error.message}); pages render the rest themselves.`);
          modelSent();
        });
        worker.on('exit', () => modelSent());
        setPrerendered({
          modelReady,
          get(key, body) {
            const entry = entries.get(key);
            if (!entry) return undefined;
            entries.delete(key); // the pages cache what they get
            return entry.body === body ? entry.html : undefined;
          },
          model(inputKey) {
            const value = model && model.inputKey === inputKey() ? model.value : undefined;
            model = undefined; // handed over once; the pages keep their own reference
            return value;
          },
        });
      },
      'astro:build:done': () => {
        setPrerendered(undefined);
      },
    },
  };
}
