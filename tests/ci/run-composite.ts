/**
 * Runs a composite action's `run:` steps the way a runner does: in order, each in its working
 * directory, with its `env:` and `if:` evaluated, `${{ }}` expanded, and step outputs read back from
 * $GITHUB_OUTPUT. `uses:` steps (setup-node, cache) are skipped: this machine already has Node and
 * nothing to cache. Enough to test action.yml end to end without a runner.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evaluate, jobRuns, type Value } from './expression.ts';

interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
}

export interface CompositeRun {
  outputs: Record<string, string>;
  /** One entry per step: its name, whether it ran, and what it printed. */
  steps: { name: string; ran: boolean; code: number; stdout: string; stderr: string }[];
}

export interface RunnerContext {
  /** The action's folder (github.action_path). */
  actionPath: string;
  workspace: string;
  temp: string;
  repository: string;
  token: string;
  graphqlUrl: string;
  /** Environment every step starts from. */
  env: NodeJS.ProcessEnv;
  /** Names of run steps not to run (e.g. the install, in a checkout that is installed already). */
  skip?: string[];
}

/** Expands every `${{ expr }}` in a string. */
export function interpolate(text: string, contexts: Record<string, Value>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => {
    const value = evaluate(expr, contexts);
    return value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
  }
  return outputs;
}

/** Runs action.yml at `ctx.actionPath` with the given `with:` inputs. */
export async function runCompositeAction(ctx: RunnerContext, withInputs: Record<string, string>): Promise<CompositeRun> {
  const action = parse(readFileSync(join(ctx.actionPath, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { steps: ActionStep[] };
  };
  const github: Value = {
    action_path: ctx.actionPath,
    workspace: ctx.workspace,
    repository: ctx.repository,
    token: ctx.token,
    graphql_url: ctx.graphqlUrl,
    run_id: '1',
    run_attempt: '1',
  };
  const runner: Value = { temp: ctx.temp, os: 'Linux' };
  const inputs: Record<string, Value> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    inputs[name] = withInputs[name] ?? interpolate(input.default ?? '', { github, runner });
  }
  for (const name of Object.keys(withInputs)) if (!(name in action.inputs)) throw new Error(`input ${name} is not declared by the action`);
  const steps: Record<string, Value> = {};
  const contexts = () => ({ github, runner, inputs, steps });

  const result: CompositeRun = { outputs: {}, steps: [] };
  for (const [index, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.id ?? `step ${index + 1}`;
    const ran = step.run !== undefined && !ctx.skip?.includes(name) && jobRuns(step.if, contexts());
    if (!ran) {
      result.steps.push({ name, ran: false, code: 0, stdout: '', stderr: '' });
      continue;
    }
    mkdirSync(ctx.temp, { recursive: true });
    const outputFile = join(ctx.temp, `output-${index}`);
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      ...ctx.env,
      GITHUB_ACTION_PATH: ctx.actionPath,
      GITHUB_WORKSPACE: ctx.workspace,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: ctx.temp,
    };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = interpolate(String(value), contexts());
    const cwd = step['working-directory'] ? interpolate(step['working-directory'], contexts()) : ctx.workspace;
    mkdirSync(cwd, { recursive: true });
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile('bash', ['-e', '-c', step.run!], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
    result.steps.push({ name, ran: true, ...run });
    if (step.id) steps[step.id] = { outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
    if (run.code !== 0) throw new Error(`step "${name}" failed with exit code ${run.code}:\n${run.stderr}`);
  }
  for (const [name, output] of Object.entries(action.outputs)) result.outputs[name] = interpolate(output.value, contexts());
  return result;
}
