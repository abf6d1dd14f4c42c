/**
 * The benchmark, step by step: generate a synthetic archive, build our site and the stock Starlight
 * site of the same issues (cold, one after the other, never both at once), build bare Astro pages of
 * the same Markdown for a sample of sprints, then weigh the outputs and measure a first search.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDemoWorld } from '../demo/generate-world.ts';
import { sprintMarkdown, writeBareProject, writeStarlightProject } from './baseline-projects.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import { listPages, median, pageScriptBytes, searchIndexBytes, sizeOf } from './measure-output.ts';
import { runMeasured, type MeasuredRun } from './run-measured.ts';
import { recordsFromWorld } from '../../tests/fake-github/world-records.ts';
import { writeWorldArchive } from './world-to-archive.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** Bare pages are a floor for page weight, so a sample of sprints is enough. */
const BARE_SAMPLE = 25;

export interface BenchOptions {
  sprints: number;
  teams: number;
  seed: number;
  /** Cold builds of each site; the figure reported is the median. */
  runs: number;
  /** Build the Starlight baseline too. */
  starlight: boolean;
  /** Search query for the first-search figure; default: the first configured team's name. */
  query?: string;
  /** Scratch space for the archive and our build. */
  workDir: string;
  /** Temp project dirs of the baselines, outside the repo. */
  starlightDir: string;
  bareDir: string;
  log: (line: string) => void;
}

export interface BuildFigures {
  /** Wall time of every cold run, ms. */
  runsMs: number[];
  medianMs: number;
  /** CPU time (user + system) of the build's process tree, median over the runs, ms. */
  medianCpuMs: number;
  peakRssBytes: number;
  peakProcessRssBytes: number;
  pages: number;
  jsPerPage: { medianRaw: number; maxRaw: number; medianGzip: number };
  search: { bytes: number; files: number; indexBytes: number };
  firstSearch: FirstSearch | { error: string };
}

export interface BenchResult {
  at: string;
  options: Omit<BenchOptions, 'log'>;
  archive: { issues: number; comments: number; markdownBytes: number };
  ours: BuildFigures & { sprintPages: number; sprintHtml: { medianRaw: number; medianGzip: number } };
  starlight: (BuildFigures & { sprintHtml: { medianRaw: number; medianGzip: number } }) | null;
  bare: { sample: number; medianRaw: number; medianGzip: number; medianGzipRatio: number; ratioOfMedians: number };
}

function freshDir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function coldAstroBuild(root: string, scratch: string, env: NodeJS.ProcessEnv): Promise<MeasuredRun & { outDir: string }> {
  const outDir = freshDir(join(scratch, 'out'));
  const cacheDir = freshDir(join(scratch, 'cache'));
  // Astro also keeps generated types and the content layer store under <project>/.astro when the cache dir is elsewhere.
  if (root !== REPO_ROOT) rmSync(join(root, '.astro'), { recursive: true, force: true });
  // The prerender chunks import packages at build time, resolved from the out dir upwards.
  linkNodeModules(scratch, root);
  // Run from the scratch dir with --root: Astro puts a static build's prerender chunks in
  // <cwd>/.astro/.prerender whenever the out dir is outside the cwd, and builds sharing that dir
  // (tests, other benches) overwrite each other's chunks mid-build.
  const run = await runMeasured(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
    cwd: scratch,
    env: { ...env, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...run, outDir };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One measured build, as the progress log shows it. */
function describeRun(run: MeasuredRun): string {
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return `  ${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}), peak RSS ${mib(run.peakRssBytes)} MiB (largest process ${mib(run.peakProcessRssBytes)} MiB)`;
}

function linkNodeModules(dir: string, root: string): void {
  const link = join(dir, 'node_modules');
  if (dir === root || existsSync(link)) return;
  symlinkSync(join(root, 'node_modules'), link, 'dir');
}

function weighScripts(outDir: string, pages: string[]) {
  const sizes = pages.map((page) => pageScriptBytes(outDir, '/', page));
  return {
    medianRaw: median(sizes.map((size) => size.raw)),
    maxRaw: Math.max(0, ...sizes.map((size) => size.raw)),
    medianGzip: median(sizes.map((size) => size.gzip)),
  };
}

async function safeFirstSearch(outDir: string, query: string): Promise<FirstSearch | { error: string }> {
  try {
    return await measureFirstSearch(outDir, '/', query);
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0]! };
  }
}

/** Runs the whole benchmark and returns every figure. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;

  log(`Generating ${options.sprints} sprints × ${options.teams} teams (seed ${options.seed})…`);
  const demo = generateDemoWorld({ sprints: options.sprints, teams: options.teams, seed: options.seed });
  const archiveDir = join(options.workDir, 'archive');
  const written = writeWorldArchive(demo.world, demo.config, archiveDir);
  const { issues, comments } = recordsFromWorld(demo.world);
  const sprints = sprintMarkdown(issues, comments);
  const markdownBytes = sprints.reduce((sum, sprint) => sum + Buffer.byteLength(sprint.markdown), 0);
  log(`  ${written.issues} issues, ${written.comments} comments, ${(markdownBytes / 1e6).toFixed(1)} MB of Markdown → ${archiveDir}`);
  const query = options.query ?? Object.values(demo.config.teams)[0]?.name ?? 'sprint';

  if (options.starlight) {
    log(`Writing the Starlight baseline → ${options.starlightDir}`);
    writeStarlightProject(options.starlightDir, REPO_ROOT, sprints, demo.config.title);
  }

  const ourRuns: MeasuredRun[] = [];
  const starlightRuns: MeasuredRun[] = [];
  let ourOut = '';
  let starlightOut = '';
  for (let run = 0; run < options.runs; run++) {
    // Alternate who goes first so drift on a noisy machine hits both alike.
    const order = run % 2 === 0 ? ['ours', 'starlight'] : ['starlight', 'ours'];
    for (const who of order) {
      if (who === 'ours') {
        log(`Building our site, cold (run ${run + 1}/${options.runs})…`);
        const result = await coldAstroBuild(REPO_ROOT, join(options.workDir, 'ours'), {
          ARCHIVE_DIR: archiveDir,
          BASE_PATH: '/',
          SITE_URL: 'http://127.0.0.1',
        });
        ourRuns.push(result);
        ourOut = result.outDir;
        log(describeRun(result));
      } else if (options.starlight) {
        log(`Building stock Starlight, cold (run ${run + 1}/${options.runs})…`);
        const result = await coldAstroBuild(options.starlightDir, join(options.starlightDir, '.bench'), {});
        starlightRuns.push(result);
        starlightOut = result.outDir;
        log(describeRun(result));
      }
    }
  }

  // Our sprint pages, paired with bare pages of the same Markdown by slug.
  const ourPages = listPages(ourOut);
  const ourSprintFiles = ourPages.filter((file) => /^sprints\/[^/]+\/index\.html$/.test(file));
  const ourSprintSizes = ourSprintFiles.map((file) => sizeOf(ourOut, file));
  const bySlug = new Map(sprints.map((sprint) => [sprint.slug, sprint]));
  const paired = ourSprintFiles.map((file) => file.split('/')[1]!).filter((slug) => bySlug.has(slug));
  if (paired.length === 0) throw new Error(`none of our ${ourSprintFiles.length} sprint pages has a slug like "${sprints[0]?.slug}"; cannot pair them with bare pages`);
  const step = Math.max(1, Math.floor(paired.length / BARE_SAMPLE));
  const sample = paired.filter((_, index) => index % step === 0).slice(0, BARE_SAMPLE);
  log(`Building bare Astro pages of the same Markdown for ${sample.length} sprints…`);
  writeBareProject(options.bareDir, REPO_ROOT, sample.map((slug) => bySlug.get(slug)!));
  const bare = await coldAstroBuild(options.bareDir, join(options.bareDir, '.bench'), {});
  const ratios: number[] = [];
  const bareSizes = sample.map((slug) => {
    const size = sizeOf(bare.outDir, existsSync(join(bare.outDir, slug, 'index.html')) ? `${slug}/index.html` : `${slug}.html`);
    ratios.push(sizeOf(ourOut, `sprints/${slug}/index.html`).gzip / size.gzip);
    return size;
  });

  log(`Measuring a first search for "${query}" in headless Chromium…`);
  const ourSearch = await safeFirstSearch(ourOut, query);
  const starlightSearch = options.starlight ? await safeFirstSearch(starlightOut, query) : null;

  const medianGzipOurs = median(ourSprintSizes.map((size) => size.gzip));
  const medianGzipBare = median(bareSizes.map((size) => size.gzip));
  const { log: _log, ...recorded } = options;
  let starlight: BenchResult['starlight'] = null;
  if (options.starlight) {
    const pages = listPages(starlightOut);
    const sprintSizes = pages.filter((file) => file.startsWith('sprints/')).map((file) => sizeOf(starlightOut, file));
    starlight = {
      runsMs: starlightRuns.map((run) => run.ms),
      medianMs: median(starlightRuns.map((run) => run.ms)),
      medianCpuMs: median(starlightRuns.map((run) => run.cpuMs)),
      peakRssBytes: Math.max(...starlightRuns.map((run) => run.peakRssBytes)),
      peakProcessRssBytes: Math.max(...starlightRuns.map((run) => run.peakProcessRssBytes)),
      pages: pages.length,
      jsPerPage: weighScripts(starlightOut, pages),
      search: searchIndexBytes(starlightOut),
      firstSearch: starlightSearch!,
      sprintHtml: { medianRaw: median(sprintSizes.map((size) => size.raw)), medianGzip: median(sprintSizes.map((size) => size.gzip)) },
    };
  }
  return {
    at: new Date().toISOString(),
    options: recorded,
    archive: { issues: written.issues, comments: written.comments, markdownBytes },
    ours: {
      runsMs: ourRuns.map((run) => run.ms),
      medianMs: median(ourRuns.map((run) => run.ms)),
      medianCpuMs: median(ourRuns.map((run) => run.cpuMs)),
      peakRssBytes: Math.max(...ourRuns.map((run) => run.peakRssBytes)),
      peakProcessRssBytes: Math.max(...ourRuns.map((run) => run.peakProcessRssBytes)),
      pages: ourPages.length,
      sprintPages: ourSprintFiles.length,
      jsPerPage: weighScripts(ourOut, ourPages),
      search: searchIndexBytes(ourOut),
      firstSearch: ourSearch,
      sprintHtml: { medianRaw: median(ourSprintSizes.map((size) => size.raw)), medianGzip: medianGzipOurs },
    },
    starlight,
    bare: {
      sample: sample.length,
      medianRaw: median(bareSizes.map((size) => size.raw)),
      medianGzip: medianGzipBare,
      medianGzipRatio: median(ratios),
      ratioOfMedians: medianGzipOurs / medianGzipBare,
    },
  };
}
