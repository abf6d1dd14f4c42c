import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { createGitHubClient } from '../../src/lib/github/client.ts';
import { deriveBaseUrl, readTokenFromEnv } from '../../src/lib/github/endpoint.ts';
import { GitHubResponseError, InvalidEndpointError, RateLimitExhaustedError } from '../../src/lib/github/errors.ts';
import { makeSprintWorld } from '../fake-github/make-world.ts';
import { startFakeGitHub } from '../fake-github/server.ts';
import { FAST_TUNING } from './helpers.ts';

const ViewerSchema = z.object({ rateLimit: z.object({ cost: z.number(), remaining: z.number(), resetAt: z.string() }).nullable(), viewer: z.object({ login: z.string() }) });

describe('the GitHub endpoint', () => {
  test('maps GraphQL endpoints to the Octokit base URL that posts to them', () => {
    expect(deriveBaseUrl('https://api.github.com/graphql')).toBe('https://api.github.com');
    expect(deriveBaseUrl('https://ghe.example.com/api/graphql')).toBe('https://ghe.example.com/api');
    expect(deriveBaseUrl('http://127.0.0.1:4000/graphql/')).toBe('http://127.0.0.1:4000');
  });

  test('rejects a URL that is not a GraphQL endpoint, naming it', () => {
    expect(() => deriveBaseUrl('api.github.com')).toThrow(new InvalidEndpointError('api.github.com'));
    expect(() => deriveBaseUrl('https://api.github.com/v3')).toThrow(InvalidEndpointError);
  });

  test('prefers GITHUB_TOKEN, falls back to GH_TOKEN, and treats empty as unset', () => {
    expect(readTokenFromEnv({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b' })).toBe('a');
    expect(readTokenFromEnv({ GITHUB_TOKEN: '', GH_TOKEN: 'b' })).toBe('b');
    expect(readTokenFromEnv({})).toBeUndefined();
  });

  test('an Enterprise endpoint receives the query at exactly the configured URL, with the token', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      const body = { data: { rateLimit: { cost: 1, remaining: 4999, resetAt: '2031-01-01T00:00:00Z' }, viewer: { login: 'me' } } };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    const client = createGitHubClient({ endpoint: 'https://ghe.example.com/api/graphql', token: 'tok', fetch: recordingFetch, tuning: FAST_TUNING });

    await client.query('{ rateLimit { cost remaining resetAt } viewer { login } }', {}, ViewerSchema);

    expect(seen).toEqual([{ url: 'https://ghe.example.com/api/graphql', auth: 'token tok' }]);
    expect(client.stats).toEqual({ requests: 1, pointsUsed: 1, pointsRemaining: 4999, resetAt: '2031-01-01T00:00:00Z' });
  });
});

describe('the GitHub client', () => {
  test('stops with RateLimitExhaustedError when the hourly budget runs out', async () => {
    const fake = await startFakeGitHub({ world: makeSprintWorld({ sprints: 1 }), rateLimit: 2, resetAt: new Date('2031-01-01T00:00:00Z') });
    try {
      const client = createGitHubClient({ endpoint: fake.url, token: 't', tuning: FAST_TUNING });
      const query = '{ rateLimit { cost remaining resetAt } viewer { login } }';
      await client.query(query, {}, ViewerSchema);
      await client.query(query, {}, ViewerSchema);

      const failure = await client.query(query, {}, ViewerSchema).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(RateLimitExhaustedError);
      expect((failure as RateLimitExhaustedError).message).toBe('GitHub API rate limit exhausted; it resets at 2031-01-01T00:00:00Z');
    } finally {
      await fake.close();
    }
  });

  test('rejects an answer whose shape does not match the query, with the path of the problem', async () => {
    const wrongShape: typeof fetch = async () =>
      new Response(JSON.stringify({ data: { rateLimit: null, viewer: { login: 42 } } }), { headers: { 'content-type': 'application/json' } });
    const client = createGitHubClient({ endpoint: 'https://api.github.com/graphql', token: 't', fetch: wrongShape, tuning: FAST_TUNING });

    const failure = await client.query('{ viewer { login } }', {}, ViewerSchema).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GitHubResponseError);
    expect((failure as Error).message).toMatch(/^unexpected answer from GitHub: the response does not match the query \(viewer\.login: /);
  });
});
