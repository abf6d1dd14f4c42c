import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compositeActionAsWorkflow, formatProblems, lintWorkflow } from './actionlint.ts';

const WORKFLOW = '.github/workflows/archive.yml';
const workflowText = readFileSync(WORKFLOW, 'utf8');
const actionText = readFileSync('action.yml', 'utf8');

describe('actionlint', () => {
  it('finds no problem in the archive workflow', async () => {
    const problems = await lintWorkflow(workflowText, WORKFLOW);
    expect(formatProblems(WORKFLOW, problems)).toBe('');
  });

  it('finds no problem in the steps of the composite action', async () => {
    const problems = await lintWorkflow(compositeActionAsWorkflow(actionText), 'action.yml');
    expect(formatProblems('action.yml', problems)).toBe('');
  });

  it('reports a deliberately broken copy of the workflow, so the check can fail', async () => {
    const broken = workflowText
      .replace('pages: write # publish the site', 'pagez: write # publish the site')
      .replace("&& inputs.full)", "&& inputs.fulll)")
      .replace("cron: '23 5 * * *'", "cron: '23 25 * * *'");
    expect(broken).not.toBe(workflowText);
    const problems = await lintWorkflow(broken, WORKFLOW);
    const kinds = problems.map((p) => p.kind).sort();
    expect(kinds).toEqual(['events', 'expression', 'permissions']);
    expect(formatProblems(WORKFLOW, problems)).toContain('unknown permission scope "pagez"');
    expect(formatProblems(WORKFLOW, problems)).toContain('property "fulll" is not defined');
  });

  it('reports a composite action step that uses an input the action does not declare', async () => {
    const broken = actionText.replace('GITHUB_TOKEN: ${{ inputs.token }}', 'GITHUB_TOKEN: ${{ inputs.tokn }}');
    expect(broken).not.toBe(actionText);
    const problems = await lintWorkflow(compositeActionAsWorkflow(broken), 'action.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('property "tokn" is not defined');
  });

  it('reports an action output that points at a step the action does not have', async () => {
    const broken = actionText.replace('value: ${{ steps.paths.outputs.site-dir }}', 'value: ${{ steps.path.outputs.site-dir }}');
    expect(broken).not.toBe(actionText);
    const problems = await lintWorkflow(compositeActionAsWorkflow(broken), 'action.yml');
    expect(formatProblems('action.yml', problems)).toContain('property "path" is not defined');
  });
});

describe('the example workflow in docs/github-actions.md', () => {
  const docs = readFileSync('docs/github-actions.md', 'utf8');
  const example = /```yaml\n(# \.github\/workflows\/sprint-archive\.yml\n[\s\S]*?)```/.exec(docs)?.[1] ?? '';

  it('passes actionlint', async () => {
    expect(example).toContain('uses: OWNER/sprint-archive@REF');
    const problems = await lintWorkflow(example, 'docs/github-actions.md');
    expect(formatProblems('docs/github-actions.md', problems)).toBe('');
  });

  it('passes the action only inputs it declares', () => {
    const step = (parse(example) as { jobs: { build: { steps: { uses?: string; with?: Record<string, string> }[] } } }).jobs.build.steps.find(
      (s) => s.uses === 'OWNER/sprint-archive@REF',
    );
    const declared = Object.keys((parse(actionText) as { inputs: Record<string, unknown> }).inputs);
    expect(Object.keys(step?.with ?? {}).length).toBeGreaterThan(0);
    for (const input of Object.keys(step?.with ?? {})) expect(declared).toContain(input);
  });

  it('uses the same action pins as the workflow', () => {
    const pins = (text: string) => new Set([...text.matchAll(/uses: (actions\/\S+)/g)].map((m) => m[1]));
    for (const pin of pins(example)) expect(pins(workflowText)).toContain(pin);
  });
});
