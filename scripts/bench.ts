/**
 * `npm run bench`: builds a synthetic archive with our site and with stock Starlight, and prints
 * build time, memory, page counts, page and script weight, search weight and a first search's cost
 * against the targets of the site issue. Thin on purpose: the steps live in scripts/bench/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CommandFailedError } from './bench/run-measured.ts';
import { formatReport, judge } from './bench/report.ts';
import { REPO_ROOT, runBench } from './bench/run-bench.ts';

const HELP = `Usage: npm run bench -- [options]

Generates N sprints × T teams with the demo generator, builds our site and a stock Starlight site of
the same issues (cold, one after the other), builds bare Astro pages of the same Markdown, and prints
the figures with PASS/FAIL against the targets. Figures are also written as JSON.

Options:
  --sprints N      sprints (default 130)
  --teams T        teams (default 12)
  --scale K        multiply the default sprints by K (--scale 10: 1,300 × 12)
  --runs R         cold builds of each site; medians are reported (default 1)
  --seed S         generator seed (default 2026)
  --[no-]starlight build the Starlight baseline (default: yes below 1,000 sprints, no above)
  --query WORD     query for the first-search figure (default: the first team's name)
  --json FILE      where to write the figures (default bench-out/bench-<N>x<T>.json)
  --work DIR       scratch dir for the archive and the three builds, kept afterwards
                   (default $TMPDIR/sprint-archive-bench-<pid>, removed afterwards)
  --strict         exit 1 when a measured target fails
  --help           show this help
`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: --${name} must be a positive integer, got "${value}"\n`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      sprints: { type: 'string' },
      teams: { type: 'string' },
      scale: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      starlight: { type: 'boolean' },
      query: { type: 'string' },
      json: { type: 'string' },
      work: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const scale = positiveInt('scale', values.scale, 1);
  const sprints = positiveInt('sprints', values.sprints, 130 * scale);
  const teams = positiveInt('teams', values.teams, 12);
  // A dir of its own per run: two benches sharing one would delete each other's builds mid-way.
  const workDir = resolve(values.work ?? join(tmpdir(), `sprint-archive-bench-${process.pid}`));
  const keep = values.work !== undefined;
  const starlight = values.starlight ?? sprints < 1000;
  if (!starlight) process.stderr.write('bench: skipping the Starlight baseline (pass --starlight to build it; at 1,000+ sprints it takes minutes and no target needs it)\n');
  const result = await runBench({
    sprints,
    teams,
    seed: positiveInt('seed', values.seed, 2026),
    runs: positiveInt('runs', values.runs, 1),
    starlight,
    ...(values.query ? { query: values.query } : {}),
    workDir,
    starlightDir: join(workDir, 'starlight'),
    bareDir: join(workDir, 'bare'),
    log: (line) => process.stderr.write(`${line}\n`),
  }).finally(() => {
    if (!keep) rmSync(workDir, { recursive: true, force: true });
  });
  const verdicts = judge(result);
  process.stdout.write(formatReport(result, verdicts));
  const jsonFile = resolve(values.json ?? join(REPO_ROOT, 'bench-out', `bench-${sprints}x${teams}.json`));
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify({ ...result, verdicts }, null, 2)}\n`);
  process.stdout.write(`figures written to ${jsonFile}\n`);
  if (values.strict && verdicts.some((verdict) => verdict.pass === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  if (error instanceof CommandFailedError) process.stderr.write(`bench: a build failed.\n${error.message}\n`);
  else process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
