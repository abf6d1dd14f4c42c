/**
 * `npm run demo`: regenerates the demo archive of Kittiwake Logistics, a fictional company, by
 * running the real sync against the fake GitHub. Thin on purpose: logic in scripts/demo/.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProgress, formatSummary } from '../src/lib/sync/format-report.ts';
import { buildDemoArchive } from './demo/build-demo-archive.ts';

const HELP = `Usage: npm run demo -- [options]

Generates the demo company's sprint issues, serves them from the fake GitHub on 127.0.0.1, syncs them
with the real sync, and replaces the archive directory with the result.

Options:
  --sprints N   fortnightly sprints, the newest starting 2026-10-19 (default 52)
  --teams T     teams; beyond 8 they are generated (default 8)
  --seed S      seed of the generator (default 2026)
  --out DIR     archive directory to replace (default content)
  --truth FILE  also write what a careful reader extracts (the parser's oracle) as JSON
  --help        show this help
`;

function readPositiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`demo: --${name} must be a positive integer, got "${value}"\n`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sprints: { type: 'string' },
      teams: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string', default: 'content' },
      truth: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const sprints = readPositiveInt('sprints', values.sprints, 52);
  const teams = readPositiveInt('teams', values.teams, 8);
  const seed = values.seed === undefined ? 2026 : Number(values.seed);
  if (!Number.isInteger(seed)) {
    process.stderr.write(`demo: --seed must be an integer, got "${values.seed}"\n`);
    process.exit(2);
  }
  process.stderr.write(`demo: generating ${sprints} sprints × ${teams} teams (seed ${seed}), syncing through the fake GitHub into ${values.out}\n`);
  const { demo, summary } = await buildDemoArchive({
    sprints,
    teams,
    seed,
    outDir: values.out,
    onProgress: (event) => {
      const line = formatProgress(event);
      if (line) process.stderr.write(`${line}\n`);
    },
  });
  const updates = demo.truth.updates.length;
  process.stderr.write(`demo: ${demo.truth.sprints.length} sprint issues, ${demo.truth.comments.length} comments (${updates} team updates)\n`);
  for (const line of formatSummary(summary)) process.stderr.write(`${line}\n`);
  if (values.truth) {
    await writeFile(values.truth, `${JSON.stringify(demo.truth, null, 2)}\n`);
    process.stderr.write(`demo: truth written to ${values.truth}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
