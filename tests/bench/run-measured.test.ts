/**
 * The bench's measured run: wall time, and the CPU time of the child tree, which the build-time
 * figures rely on when the machine's other tenants make wall times drift.
 */
import { platform } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runMeasured } from '../../scripts/bench/run-measured.ts';

const node = process.execPath;
const onLinux = platform() === 'linux';

describe('runMeasured', () => {
  it('counts the CPU time a child spends, and not the time it sleeps (0 where there is no /proc)', async () => {
    const busy = await runMeasured(node, ['-e', 'const end = Date.now() + 400; while (Date.now() < end);'], { cwd: process.cwd() });
    const idle = await runMeasured(node, ['-e', 'setTimeout(() => {}, 400)'], { cwd: process.cwd() });
    expect(idle.ms).toBeGreaterThanOrEqual(350);
    if (!onLinux) {
      expect([busy.cpuMs, idle.cpuMs]).toEqual([0, 0]);
      return;
    }
    expect(busy.cpuMs).toBeGreaterThanOrEqual(300);
    expect(busy.cpuMs).toBeLessThanOrEqual(busy.ms * 2 + 100);
    expect(idle.cpuMs).toBeLessThan(busy.cpuMs - 200);
  });

  it('throws with the output when the command fails', async () => {
    await expect(runMeasured(node, ['-e', 'console.log("boom"); process.exit(3)'], { cwd: process.cwd() })).rejects.toThrow(/exited with 3:\nboom/);
  });
});
