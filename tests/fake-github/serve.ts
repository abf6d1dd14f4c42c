/**
 * Runs the fake GitHub as a standalone server for manual runs and measurements:
 *   npx node tests/fake-github/serve.ts --sprints 130 --comments 18 [--big 150] [--token T]
 * prints the GraphQL URL on stdout and serves until killed (Ctrl-C).
 */
import { parseArgs } from 'node:util';
import { makeSprintWorld } from './make-world.ts';
import { startFakeGitHub } from './server.ts';

const { values } = parseArgs({
  options: {
    sprints: { type: 'string', default: '130' },
    comments: { type: 'string', default: '18' },
    big: { type: 'string', default: '0' },
    token: { type: 'string' },
  },
});

const world = makeSprintWorld({ sprints: Number(values.sprints), commentsPerSprint: Number(values.comments), bigSprintComments: Number(values.big) });
const fake = await startFakeGitHub({ world, ...(values.token ? { token: values.token } : {}) });
process.stdout.write(`${fake.url}\n`);
const stop = () => {
  process.stderr.write(`fake GitHub: ${fake.requests.length} requests, ${fake.rateLimit.used} points used\n`);
  void fake.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
