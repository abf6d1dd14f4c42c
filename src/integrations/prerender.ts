import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { setPrerendered } from '../lib/site/prerendered.ts';
import { OVERLAP_LIMIT } from './archive-size.ts';

/**
 * On `astro build`, renders the archive's comments and descriptions and derives the archive model in
 * a worker thread from the moment the config is loaded, so that work runs on a second core while
 * Astro syncs content and bundles. Pages fall back to rendering an entry themselves
 * whenever the worker failed or saw a different body (see src/lib/site/comments.ts).
 */
export function prerenderMarkdown(archive: { dir: string; comments: number }): AstroIntegration {
  return {
    name: 'sprint-archive:prerender',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { dir: archiveDir, comments } = archive;
        // On a large archive the worker only derives the model and exits: holding every rendered
        // comment until its page asks for it would raise the build's peak memory by ~0.5 GB.
        const modelOnly = comments > OVERLAP_LIMIT;
        if (modelOnly) logger.info(`${comments} comments: the worker derives the model only; pages render comments as they need them (less peak memory).`);
        const started = performance.now();
        const entries = new Map<string, { body: string; html: string }>();
        let model: { value: unknown; inputKey: string } | undefined;
        const worker = new Worker(join(fileURLToPath(config.root), 'src/lib/site/render-worker.ts'), {
          workerData: { archiveDir, modelOnly },
          // Rendering, it takes one file at a time and hands results over in batches: a small heap
          // suffices, and a worker that runs out of it only means the pages render the rest themselves.
          // Deriving a large archive's model needs the default heap.
          ...(modelOnly ? {} : { resourceLimits: { maxOldGenerationSizeMb: 384 } }),
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
