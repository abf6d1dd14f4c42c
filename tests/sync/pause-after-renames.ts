/**
 * Preloaded (`--import`) into a sync child process by the kill tests: after PAUSE_AFTER_RENAMES
 * atomic renames it announces "paused" on stderr and stops making progress, so the test can SIGKILL
 * it at exactly that point however fast the machine is. Test instrumentation only.
 */
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const limit = Number(process.env['PAUSE_AFTER_RENAMES']);
const originalRename = fsPromises.rename;
let renames = 0;

fsPromises.rename = async (...args: Parameters<typeof originalRename>) => {
  await originalRename(...args);
  renames += 1;
  if (renames === limit) {
    process.stderr.write('paused\n');
    setInterval(() => {}, 1_000);
    await new Promise(() => {});
  }
};
syncBuiltinESMExports();
