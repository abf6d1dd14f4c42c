/**
 * Runs a command and measures it: wall time, and peak resident memory of the whole process tree
 * (Astro spawns Pagefind and workers), sampled from /proc every 50 ms.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
  ms: number;
  /** Highest sum of VmRSS over the process and its descendants seen while it ran; 0 off Linux. */
  peakRssBytes: number;
  /** Highest VmRSS of any single process of the tree (shared pages make the sum an upper bound). */
  peakProcessRssBytes: number;
  /**
   * CPU time (user + system) of the process and the descendants it waited for (Pagefind, Astro's
   * workers are threads of its own); 0 off Linux. Less sensitive than wall time to other tenants.
   */
  cpuMs: number;
  exitCode: number | null;
  /** stdout and stderr interleaved. */
  output: string;
}

/** A command exited non-zero; `output` holds what it printed. */
export class CommandFailedError extends Error {
  override name = 'CommandFailedError';
  readonly command: string;
  readonly exitCode: number | null;
  readonly output: string;
  constructor(command: string, exitCode: number | null, output: string) {
    const tail = output.trimEnd().split('\n').slice(-40).join('\n');
    super(`"${command}" exited with ${exitCode}:\n${tail}`);
    this.command = command;
    this.exitCode = exitCode;
    this.output = output;
  }
}

/** Runs `command args` in `cwd` with extra env; throws CommandFailedError on a non-zero exit. */
export async function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<MeasuredRun> {
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...inheritedEnv(), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peak = 0;
  let peakProcess = 0;
  const timer = setInterval(() => {
    if (!child.pid) return;
    const tree = treeRss(child.pid);
    peak = Math.max(peak, tree.total);
    peakProcess = Math.max(peakProcess, tree.largest);
  }, 50);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => clearInterval(timer));
  const ms = performance.now() - started;
  const cpuMs = childrenCpuMs() - cpuBefore;
  if (exitCode !== 0) throw new CommandFailedError(`${command} ${args.join(' ')}`, exitCode, output);
  return { ms, peakRssBytes: peak, peakProcessRssBytes: peakProcess, cpuMs, exitCode, output };
}

/**
 * The parent's environment minus what a test runner adds for its own `import.meta.env`
 * (BASE_URL=/, MODE, NODE_ENV=test…): inherited by an Astro build, they override its config.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

/** Sum of VmRSS of `pid` and all its descendants, and the largest of them, from /proc. */
export function treeRss(pid: number): { total: number; largest: number } {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return { total: 0, largest: 0 };
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    largest = Math.max(largest, rss.get(current) ?? 0);
    stack.push(...(children.get(current) ?? []));
  }
  return { total, largest };
}

let ticksPerSecond: number | undefined;

/**
 * CPU time of this process's waited-for children, from /proc/self/stat (cutime + cstime, fields 16
 * and 17, in clock ticks); 0 where there is no /proc. Builds run one at a time, so the difference
 * across one run is that build's.
 */
export function childrenCpuMs(): number {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return 0;
  }
  // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  ticksPerSecond ??= clockTicks();
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
}

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
