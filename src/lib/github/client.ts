/**
 * The only code that talks to GitHub: @octokit/core with the throttling and retry plugins, one
 * GraphQL call per `query`, responses validated with zod, failures mapped to the classes in errors.ts.
 */
import { Octokit } from '@octokit/core';
import { GraphqlResponseError } from '@octokit/graphql';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { z } from 'astro/zod';
import { deriveBaseUrl } from './endpoint.ts';
import {
  BadCredentialsError,
  EndpointUnreachableError,
  GitHubResponseError,
  RateLimitExhaustedError,
  QueryTimeoutError,
  RepoNotFoundError,
  SecondaryRateLimitError,
} from './errors.ts';

/** Waits and retry counts; tests shrink the waits so faults cost milliseconds. */
export interface ClientTuning {
  /** Retries of 5xx and network failures (plugin-retry). */
  retries: number;
  /** One "second" of retry-after / back-off, in ms (both plugins). */
  retryBaseMs: number;
  /** Minimum gap between two GraphQL requests (plugin-throttling; GitHub asks for 1 s). */
  minIntervalMs: number;
  /** How many times a secondary rate limit is waited out before giving up. */
  secondaryRetries: number;
  /** Wait for an exhausted primary limit only if it resets within this many seconds. */
  maxRateLimitWaitSeconds: number;
}

export const DEFAULT_TUNING: ClientTuning = {
  retries: 3,
  retryBaseMs: 1000,
  minIntervalMs: 1000,
  secondaryRetries: 3,
  maxRateLimitWaitSeconds: 0,
};

/** What one client has spent so far. */
export interface ClientStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Rate-limit points charged to the queries that succeeded. */
  pointsUsed: number;
  /** Points left in the current window, as last reported; null before the first answer. */
  pointsRemaining: number | null;
  /** When the window resets, as last reported. */
  resetAt: string | null;
}

export interface GitHubClientOptions {
  endpoint: string;
  token: string;
  fetch?: typeof fetch | undefined;
  tuning?: Partial<ClientTuning> | undefined;
}

/** The rateLimit block every query of this project asks for. */
export interface RateLimitInfo {
  cost: number;
  remaining: number;
  resetAt: string;
}

export interface GitHubClient {
  readonly endpoint: string;
  readonly stats: ClientStats;
  /** Runs one GraphQL query and validates `data` with `schema`. */
  query<T extends { rateLimit: RateLimitInfo | null }>(text: string, variables: Record<string, unknown>, schema: z.ZodType<T>): Promise<T>;
}

const ThrottledOctokit = Octokit.plugin(throttling, retry);

interface HttpishError {
  status?: number;
  message: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function readResetAt(headers: Record<string, string | undefined> | undefined): Date | null {
  const reset = Number(headers?.['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : null;
}

function hasRateLimitedError(data: unknown): boolean {
  const errors = (data as { errors?: { type?: string }[] } | undefined)?.errors;
  return Array.isArray(errors) && errors.some((error) => error.type === 'RATE_LIMITED');
}

function describeNetworkFailure(error: HttpishError): string {
  let cause: unknown = error.cause;
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return code ?? error.message;
}

/** Maps whatever Octokit threw to one of this project's error classes. */
export function mapGitHubError(error: unknown, endpoint: string, variables: Record<string, unknown> = {}): Error {
  if (error instanceof GraphqlResponseError) {
    const notFound = error.errors?.find((item) => (item as { type?: string }).type === 'NOT_FOUND' && item.path?.[0] === 'repository');
    if (notFound && typeof variables['owner'] === 'string' && typeof variables['name'] === 'string') {
      return new RepoNotFoundError(`${variables['owner']}/${variables['name']}`, { cause: error });
    }
    if (error.errors?.some((item) => (item as { type?: string }).type === 'RATE_LIMITED')) {
      return new RateLimitExhaustedError(readResetAt(error.headers as Record<string, string>), { cause: error });
    }
    return new GitHubResponseError(error.errors?.map((item) => item.message).join('; ') ?? error.message, { cause: error });
  }
  const failure = error as HttpishError;
  const headers = failure.response?.headers;
  if (failure.status === 401) return new BadCredentialsError(endpoint, { cause: error });
  if (/\bsecondary rate\b/i.test(failure.message)) return new SecondaryRateLimitError({ cause: error });
  if (headers?.['x-ratelimit-remaining'] === '0' || hasRateLimitedError(failure.response?.data)) {
    return new RateLimitExhaustedError(readResetAt(headers), { cause: error });
  }
  if (failure.status === 500 && /Something went wrong while executing your query/.test(failure.message)) {
    return new QueryTimeoutError(failure.message.split('.')[0] ?? failure.message, { cause: error });
  }
  if (failure.response === undefined && (failure.status === 500 || failure.status === undefined)) {
    return new EndpointUnreachableError(endpoint, describeNetworkFailure(failure), { cause: error });
  }
  if (typeof failure.status === 'number' && failure.status >= 500) {
    return new EndpointUnreachableError(endpoint, `HTTP ${failure.status}`, { cause: error });
  }
  if (typeof failure.status === 'number') {
    return new GitHubResponseError(`HTTP ${failure.status}: ${failure.message}`, { cause: error });
  }
  return new GitHubResponseError(failure.message ?? String(error), { cause: error });
}

/** Creates a client for one endpoint and token. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const baseFetch = options.fetch ?? globalThis.fetch;
  const stats: ClientStats = { requests: 0, pointsUsed: 0, pointsRemaining: null, resetAt: null };
  const countingFetch: typeof fetch = (input, init) => {
    stats.requests += 1;
    return baseFetch(input, init);
  };
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: deriveBaseUrl(options.endpoint),
    userAgent: 'sprint-archive-sync',
    request: { fetch: countingFetch },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { retries: tuning.retries, retryAfterBaseValue: tuning.retryBaseMs },
    throttle: {
      retryAfterBaseValue: tuning.retryBaseMs,
      // Our own limiter: the plugin's shared default spaces GraphQL calls 1 s apart in every client.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: tuning.minIntervalMs }),
      onSecondaryRateLimit: (_retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < tuning.secondaryRetries,
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1 && retryAfter <= tuning.maxRateLimitWaitSeconds,
    },
  });

  return {
    endpoint: options.endpoint,
    stats,
    async query(text, variables, schema) {
      let data: unknown;
      try {
        data = await octokit.graphql(text, variables);
      } catch (error) {
        throw mapGitHubError(error, options.endpoint, variables);
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        throw new GitHubResponseError(`the response does not match the query (${parsed.error.issues[0]?.path.join('.') ?? '?'}: ${parsed.error.issues[0]?.message ?? '?'})`, {
          cause: parsed.error,
        });
      }
      const rateLimit = parsed.data.rateLimit;
      if (rateLimit) {
        stats.pointsUsed += rateLimit.cost;
        stats.pointsRemaining = rateLimit.remaining;
        stats.resetAt = rateLimit.resetAt;
      }
      return parsed.data;
    },
  };
}
