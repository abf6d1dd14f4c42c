/**
 * A fake GitHub GraphQL API on 127.0.0.1: a real HTTP server that validates and executes queries with
 * graphql-js against GitHub's published schema (@octokit/graphql-schema), serves a mutable FakeWorld,
 * charges rate-limit points like GitHub, and injects faults on demand.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as githubSchema } from '@octokit/graphql-schema';
import { buildClientSchema, execute, getOperationAST, GraphQLError, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { analyzeQuery } from './query-cost.ts';
import { createRootValue, GitHubTypedError, type RateLimitState } from './resolvers.ts';
import type { FakeWorld } from './world.ts';

/** Faults the fake can inject instead of answering. */
export type FaultKind = '502' | 'secondary-rate-limit' | 'drop-connection' | '401' | 'rate-limit-exhausted' | 'timeout';

/** One request the fake received. */
export interface FakeRequest {
  /** 1-based arrival order. */
  index: number;
  operationName: string | null;
  variables: Record<string, unknown>;
  /** HTTP status sent, or 0 for a dropped connection. */
  status: number;
  /** Points charged; 0 when the request failed before execution. */
  cost: number;
  fault: FaultKind | null;
}

export interface FakeGitHubOptions {
  world: FakeWorld;
  /** When set, any other token is answered with 401 Bad credentials. */
  token?: string;
  /** Points per hour (GitHub: 5,000 for a user token). */
  rateLimit?: number;
  /** When the rate-limit window resets (default: an hour from start). */
  resetAt?: Date;
  /** Answer like GitHub's query timeout when a query may return more nodes than this. */
  timeoutAboveNodes?: number;
  /** Seconds the fake asks clients to wait on a secondary rate limit (header `retry-after`). */
  retryAfterSeconds?: number;
}

export interface FakeGitHub {
  /** e.g. http://127.0.0.1:54321/graphql */
  url: string;
  /** The world served; edit it between syncs. */
  world: FakeWorld;
  /** Every request received, in order. */
  requests: FakeRequest[];
  rateLimit: RateLimitState;
  /** Makes the next `times` requests (default 1) fail with `kind`. */
  failNext(fault: { kind: FaultKind; times?: number }): void;
  /** Waits this long before answering each request (to let a test act mid-sync). */
  setDelay(ms: number): void;
  /** Called as each request arrives, before it is answered. */
  onRequest(listener: ((request: { index: number }) => void) | null): void;
  close(): Promise<void>;
}

let cachedSchema: GraphQLSchema | undefined;

/** GitHub's schema, built once per process. */
export function loadGitHubSchema(): GraphQLSchema {
  cachedSchema ??= buildClientSchema(githubSchema.json as unknown as IntrospectionQuery);
  return cachedSchema;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function formatError(error: GraphQLError): Record<string, unknown> {
  const original = error.originalError;
  if (original instanceof GitHubTypedError) {
    return { type: original.type, path: error.path, locations: error.locations, message: original.message };
  }
  return { path: error.path, locations: error.locations, message: error.message };
}

/** Starts the fake on an ephemeral loopback port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const schema = loadGitHubSchema();
  const faults: FaultKind[] = [];
  const requests: FakeRequest[] = [];
  const rateLimit: RateLimitState = { limit: options.rateLimit ?? 5000, used: 0, resetAt: options.resetAt ?? new Date(Date.now() + 3600_000) };
  let world = options.world;
  let delayMs = 0;
  let listener: ((request: { index: number }) => void) | null = null;

  const rateHeaders = (): Record<string, string> => ({
    'x-ratelimit-limit': String(rateLimit.limit),
    'x-ratelimit-remaining': String(Math.max(0, rateLimit.limit - rateLimit.used)),
    'x-ratelimit-used': String(rateLimit.used),
    'x-ratelimit-reset': String(Math.floor(rateLimit.resetAt.getTime() / 1000)),
    'x-ratelimit-resource': 'graphql',
  });

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const index = requests.length + 1;
    const entry: FakeRequest = { index, operationName: null, variables: {}, status: 0, cost: 0, fault: null };
    requests.push(entry);
    const text = await readBody(request);
    listener?.({ index });
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    try {
      const body = JSON.parse(text) as { operationName?: string; variables?: Record<string, unknown> };
      entry.operationName = body.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(String((body as { query?: string }).query))?.[1] ?? null;
      entry.variables = body.variables ?? {};
    } catch {
      // answered below as a parse problem
    }

    if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://x').pathname !== '/graphql') {
      entry.status = 404;
      return sendJson(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' });
    }
    const fault = faults.shift() ?? null;
    entry.fault = fault;
    const auth = request.headers.authorization ?? '';
    const token = /^(?:bearer|token)\s+(.+)$/i.exec(auth)?.[1];
    if (fault === '401' || !token || (options.token !== undefined && token !== options.token)) {
      entry.status = 401;
      return sendJson(response, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql', status: '401' });
    }
    if (fault === 'drop-connection') {
      request.socket.destroy();
      return;
    }
    if (fault === '502') {
      entry.status = 502;
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (fault === 'secondary-rate-limit') {
      entry.status = 403;
      return sendJson(
        response,
        403,
        {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': String(options.retryAfterSeconds ?? 1), ...rateHeaders() },
      );
    }

    let parsedBody: { query?: unknown; variables?: Record<string, unknown> | null; operationName?: string | null };
    try {
      parsedBody = JSON.parse(text);
    } catch {
      entry.status = 400;
      return sendJson(response, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' });
    }
    if (typeof parsedBody.query !== 'string') {
      entry.status = 200;
      return sendJson(response, 200, { errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
    }
    let document;
    try {
      document = parse(parsedBody.query);
    } catch (error) {
      entry.status = 200;
      return sendJson(response, 200, { errors: [{ message: (error as Error).message }] });
    }
    const validationErrors = validate(schema, document);
    if (validationErrors.length > 0) {
      entry.status = 200;
      return sendJson(response, 200, { errors: validationErrors.map((error) => ({ locations: error.locations, message: error.message })) });
    }
    const operation = getOperationAST(document, parsedBody.operationName ?? undefined);
    if (!operation) {
      entry.status = 200;
      return sendJson(response, 200, { errors: [{ message: 'An operation name is required when the document has several operations.' }] });
    }
    const variables = parsedBody.variables ?? {};
    const analysis = analyzeQuery(schema, document, operation, variables);
    if (analysis.errors.length > 0) {
      entry.status = 200;
      return sendJson(response, 200, { errors: analysis.errors.map((error) => ({ ...error, locations: [] })) });
    }
    // The injected fault answers as if the budget were spent, without spending it.
    if (fault === 'rate-limit-exhausted' || rateLimit.limit - rateLimit.used < analysis.cost) {
      entry.status = 200;
      return sendJson(
        response,
        200,
        { errors: [{ type: 'RATE_LIMITED', code: 'graphql_rate_limit', message: 'API rate limit already exceeded for user ID 1.' }] },
        { ...rateHeaders(), 'x-ratelimit-remaining': '0' },
      );
    }
    rateLimit.used += analysis.cost;
    entry.cost = analysis.cost;
    if (fault === 'timeout' || (options.timeoutAboveNodes !== undefined && analysis.nodeCount > options.timeoutAboveNodes)) {
      entry.status = 200;
      const message = 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `FAKE:1234:5678` when reporting this issue.';
      return sendJson(response, 200, { data: null, errors: [{ message }] }, rateHeaders());
    }
    const result = await execute({
      schema,
      document,
      operationName: parsedBody.operationName ?? undefined,
      variableValues: variables,
      rootValue: createRootValue(world),
      contextValue: { cost: analysis.cost, nodeCount: analysis.nodeCount, rateLimit },
    });
    entry.status = 200;
    const payload: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors?.length) payload['errors'] = result.errors.map(formatError);
    sendJson(response, 200, payload, rateHeaders());
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { message: `fake GitHub crashed: ${(error as Error).message}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get world() {
      return world;
    },
    set world(next: FakeWorld) {
      world = next;
    },
    requests,
    rateLimit,
    failNext: ({ kind, times = 1 }) => {
      for (let i = 0; i < times; i += 1) faults.push(kind);
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    onRequest: (next) => {
      listener = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
