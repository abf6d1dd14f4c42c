import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSprintWorld } from '../fake-github/make-world.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ world: makeSprintWorld({ sprints: 5, commentsPerSprint: 3 }), token: 'good' });
});
afterAll(() => fake.close());

async function post(query: string, variables: Record<string, unknown> = {}, token = 'good') {
  const response = await fetch(fake.url, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { type?: string; message: string }[] } };
}

describe('the fake GitHub', () => {
  test('rejects first: 101 the way GitHub does', async () => {
    const { body } = await post('{ repository(owner: "acme", name: "planning") { issues(first: 101) { nodes { number } } } }');
    expect(body).toEqual({
      errors: [
        {
          type: 'EXCESSIVE_PAGINATION',
          message: 'Requesting 101 records on the `issues` connection exceeds the `first` limit of 100 records.',
          path: ['repository', 'issues'],
          locations: [],
        },
      ],
    });
  });

  test('rejects a connection without first or last', async () => {
    const { body } = await post('{ repository(owner: "acme", name: "planning") { issues { nodes { number } } } }');
    expect(body.errors?.[0]).toMatchObject({ type: 'MISSING_PAGINATION_BOUNDARIES', message: 'You must provide a `first` or `last` value to properly paginate the `issues` connection.' });
  });

  test('rejects a field that is not in GitHub’s schema', async () => {
    const { body } = await post('{ repository(owner: "acme", name: "planning") { issues(first: 1) { nodes { sprintNumber } } } }');
    expect(body.errors?.[0]?.message).toBe('Cannot query field "sprintNumber" on type "Issue".');
    expect(body.data).toBeUndefined();
  });

  test('answers a missing repository with a NOT_FOUND error and null data', async () => {
    const { status, body } = await post('query($o: String!, $n: String!) { repository(owner: $o, name: $n) { name } }', { o: 'acme', n: 'nope' });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { repository: null },
      errors: [{ type: 'NOT_FOUND', path: ['repository'], locations: [{ line: 1, column: 35 }], message: "Could not resolve to a Repository with the name 'acme/nope'." }],
    });
  });

  test('answers a wrong token with 401 Bad credentials', async () => {
    const { status, body } = await post('{ viewer { login } }', {}, 'bad');
    expect(status).toBe(401);
    expect(body).toMatchObject({ message: 'Bad credentials' });
  });

  test('charges points like GitHub: each connection counts one request per parent node, divided by 100', async () => {
    const used = fake.rateLimit.used;
    const { body } = await post(`{
      rateLimit { cost remaining }
      repository(owner: "acme", name: "planning") {
        issues(first: 100) { nodes { labels(first: 10) { nodes { name } } comments(first: 100) { nodes { body } } } }
      }
    }`);
    // 1 (issues) + 100 (labels per issue) + 100 (comments per issue) = 201 → 2 points.
    expect(body.data).toMatchObject({ rateLimit: { cost: 2, remaining: 5000 - used - 2 } });
    expect(fake.rateLimit.used).toBe(used + 2);
  });

  test('costs at least one point for a query without connections', async () => {
    const { body } = await post('{ rateLimit { cost } viewer { login } }');
    expect(body.data).toEqual({ rateLimit: { cost: 1 }, viewer: { login: 'fake-user' } });
  });

  test('pages issues by updatedAt with cursors that survive an update between pages', async () => {
    const query = `query($after: String) { repository(owner: "acme", name: "planning") {
      issues(first: 2, after: $after, labels: ["sprint"], orderBy: { field: UPDATED_AT, direction: ASC }) { pageInfo { hasNextPage endCursor } nodes { number } } } }`;
    const first = (await post(query)).body.data as { repository: { issues: { pageInfo: { endCursor: string }; nodes: { number: number }[] } } };
    fake.world.repos[0]!.issues[0]!.updatedAt = '2035-01-01T00:00:00Z';
    const seen = first.repository.issues.nodes.map((n) => n.number);
    let after: string | null = first.repository.issues.pageInfo.endCursor;
    while (after) {
      const page = (await post(query, { after })).body.data as { repository: { issues: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { number: number }[] } } };
      seen.push(...page.repository.issues.nodes.map((n) => n.number));
      after = page.repository.issues.pageInfo.hasNextPage ? page.repository.issues.pageInfo.endCursor : null;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 1]);
  });

  test('serves the requested fault once, then answers normally', async () => {
    fake.failNext({ kind: '502' });
    expect((await fetch(fake.url, { method: 'POST', headers: { authorization: 'bearer good' }, body: '{"query":"{ viewer { login } }"}' })).status).toBe(502);
    expect((await post('{ viewer { login } }')).status).toBe(200);
  });
});
