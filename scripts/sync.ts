/**
 * `npm run sync`: pulls sprint issues and their comments from GitHub into the archive directory.
 * Thin on purpose: reads options, config and environment, then narrates src/lib/sync/sync-archive.ts.
 * Options and exit codes: docs/sync.md.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { assertWritableDir } from '../src/lib/archive/atomic-write.ts';
import { loadArchiveConfig } from '../src/lib/config/load.ts';
import { CONFIG_FILE_NAME } from '../src/lib/config/schema.ts';
import { DEFAULT_GRAPHQL_URL, readTokenFromEnv } from '../src/lib/github/endpoint.ts';
import { MissingTokenError } from '../src/lib/github/errors.ts';
import { describeFailure, EXIT_CODES } from '../src/lib/sync/describe-failure.ts';
import { NoReposError } from '../src/lib/sync/errors.ts';
import { formatProgress, formatSummary } from '../src/lib/sync/format-report.ts';
import { syncArchive } from '../src/lib/sync/sync-archive.ts';

const HELP = `Usage: npm run sync -- [options]

Pulls every issue carrying the sprint label, and all their comments, into the archive directory.

Options:
  --repo owner/name   repository to sync (repeatable; default: "repos" in the config file)
  --label NAME        label that marks sprint issues (default: "label" in the config, else "sprint")
  --out DIR           archive directory to write (default: content)
  --full              ignore the saved cursor: re-fetch everything and prune what left GitHub
  --config FILE       config file (default: <out>/archive.config.json)
  --help              show this help

Environment:
  GITHUB_TOKEN, GH_TOKEN   token (the first one set wins)
  GITHUB_GRAPHQL_URL       GraphQL endpoint (default: ${DEFAULT_GRAPHQL_URL})
`;

function fail(line: string, exitCode: number): never {
  process.stderr.write(`sync: ${line}\n`);
  process.exit(exitCode);
}

function readNumberEnv(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined || value === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        repo: { type: 'string', multiple: true },
        label: { type: 'string' },
        out: { type: 'string', default: 'content' },
        full: { type: 'boolean', default: false },
        config: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message.split('\n')[0]}; run with --help to see the options`, EXIT_CODES.usage);
  }
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }

  const outDir = args.out;
  // Before reading <out>/archive.config.json, so an unusable --out is reported as such.
  await assertWritableDir(outDir);
  const config = loadArchiveConfig(outDir, args.config);
  const repos = args.repo?.length ? args.repo : config.repos;
  const label = args.label ?? config.label;
  if (label.trim() === '') fail('--label is empty; pass the name of the label on your sprint issues', EXIT_CODES.usage);
  if (repos.length === 0) throw new NoReposError();
  const token = readTokenFromEnv();
  if (!token) throw new MissingTokenError();
  const endpoint = process.env['GITHUB_GRAPHQL_URL'] || DEFAULT_GRAPHQL_URL;

  process.stderr.write(`sync: ${repos.join(', ')} · label "${label}" · ${endpoint} → ${join(outDir)}${args.config ? '' : ` (config: ${join(outDir, CONFIG_FILE_NAME)})`}\n`);
  const retryBaseMs = readNumberEnv('SYNC_RETRY_BASE_MS');
  const minIntervalMs = readNumberEnv('SYNC_MIN_INTERVAL_MS');
  const summary = await syncArchive({
    endpoint,
    token,
    repos,
    label,
    outDir,
    full: args.full,
    tuning: { ...(retryBaseMs === undefined ? {} : { retryBaseMs }), ...(minIntervalMs === undefined ? {} : { minIntervalMs }) },
    onProgress: (event) => {
      const line = formatProgress(event);
      if (line) process.stderr.write(`sync: ${line}\n`);
    },
  });
  for (const line of formatSummary(summary)) process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  if (process.env['DEBUG']) console.error(error);
  const { line, exitCode } = describeFailure(error);
  fail(line, exitCode);
});
