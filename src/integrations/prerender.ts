import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { resolveArchiveDir } from '../lib/config/load.ts';
import { setPrerendered } from '../lib/site/prerendered.ts';

/**
 * On `astro build`, renders the archive's comments and descriptions in a worker thread from the
 * moment the config is loaded, so the Markdown work runs on a second core while Astro syncs
 * content, bundles and the model is derived. Pages fall back to rendering an entry themselves
 * whenever the worker failed or saw a different body (see src/lib/site/comments.ts).
 */
export function prerenderMarkdown(): AstroIntegration {
  return {
    name: 'sprint-archive:prerender',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const entries = new Map<string, { body: string; html: string }>();
        const worker = new Worker(join(fileURLToPath(config.root), 'src/lib/site/render-worker.ts'), {
          workerData: { archiveDir: resolveArchiveDir() },
        });
        worker.unref();
        const done = new Promise<void>((resolve) => {
          worker.on('message', (message: { rendered?: [string, string, string][]; done?: boolean }) => {
            for (const [key, body, html] of message.rendered ?? []) entries.set(key, { body, html });
            if (message.done) {
              logger.info(`Rendered ${entries.size} comments and descriptions in a worker in ${Math.round(performance.now() - started)} ms.`);
              resolve();
            }
          });
          worker.on('error', (error) => {
            logger.warn(`The Markdown worker failed (${error.message}); pages render their Markdown themselves.`);
            entries.clear();
            resolve();
          });
          worker.on('exit', () => resolve());
        });
        setPrerendered({
          done,
          get(key, body) {
            const entry = entries.get(key);
            return entry && entry.body === body ? entry.html : undefined;
          },
        });
      },
      'astro:build:done': () => {
        setPrerendered(undefined);
      },
    },
  };
}
