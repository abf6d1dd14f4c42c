/**
 * One error class per way talking to GitHub can fail. Each carries the offending value and a hint,
 * so the CLI can print one actionable line.
 */
import { HintedError } from '../hinted-error.ts';

/** Base class of every failure talking to GitHub. */
export class GitHubError extends HintedError {
  override name = 'GitHubError';
}

/** No token in GITHUB_TOKEN or GH_TOKEN. */
export class MissingTokenError extends GitHubError {
  override name = 'MissingTokenError';
  constructor() {
    super('no GitHub token', 'set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository');
  }
}

/** GitHub answered 401: the token is wrong, expired or revoked. */
export class BadCredentialsError extends GitHubError {
  override name = 'BadCredentialsError';
  readonly endpoint: string;
  constructor(endpoint: string, options?: ErrorOptions) {
    super(`GitHub rejected the token (401 Bad credentials) at ${endpoint}`, 'check GITHUB_TOKEN / GH_TOKEN: it may be mistyped, expired or revoked', options);
    this.endpoint = endpoint;
  }
}

/** The repository does not exist or the token cannot see it. */
export class RepoNotFoundError extends GitHubError {
  override name = 'RepoNotFoundError';
  readonly repo: string;
  constructor(repo: string, options?: ErrorOptions) {
    super(`repository ${repo} not found`, 'check the spelling of --repo / "repos", and that the token can read it (private repos need the repo scope or Issues: read)', options);
    this.repo = repo;
  }
}

/** The hourly points budget is spent. */
export class RateLimitExhaustedError extends GitHubError {
  override name = 'RateLimitExhaustedError';
  /** When the budget refills; null if GitHub did not say. */
  readonly resetAt: Date | null;
  constructor(resetAt: Date | null, options?: ErrorOptions) {
    super(
      `GitHub API rate limit exhausted${resetAt ? `; it resets at ${resetAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : ''}`,
      'run the sync again after the reset; nothing was lost, it resumes from the last saved cursor',
      options,
    );
    this.resetAt = resetAt;
  }
}

/** Secondary rate limit still hit after the retries the throttling plugin allows. */
export class SecondaryRateLimitError extends GitHubError {
  override name = 'SecondaryRateLimitError';
  constructor(options?: ErrorOptions) {
    super('GitHub secondary rate limit hit repeatedly', 'wait a few minutes and run the sync again', options);
  }
}

/** The endpoint cannot be reached (DNS, refused connection, dropped connections, 5xx after retries). */
export class EndpointUnreachableError extends GitHubError {
  override name = 'EndpointUnreachableError';
  readonly endpoint: string;
  constructor(endpoint: string, detail: string, options?: ErrorOptions) {
    super(`cannot reach ${endpoint} (${detail})`, 'check your network and GITHUB_GRAPHQL_URL', options);
    this.endpoint = endpoint;
  }
}

/** GITHUB_GRAPHQL_URL is not an http(s) URL. */
export class InvalidEndpointError extends GitHubError {
  override name = 'InvalidEndpointError';
  readonly endpoint: string;
  constructor(endpoint: string) {
    super(`GITHUB_GRAPHQL_URL is not a valid URL: ${JSON.stringify(endpoint)}`, 'use a URL such as https://api.github.com/graphql or https://github.example.com/api/graphql');
    this.endpoint = endpoint;
  }
}

/** GitHub gave up on a query ("Something went wrong while executing your query"), typically a page too big to serve in time. */
export class QueryTimeoutError extends GitHubError {
  override name = 'QueryTimeoutError';
  constructor(detail: string, options?: ErrorOptions) {
    super(`GitHub could not finish the query in time (${detail})`, 'run again later; the sync already retried with smaller pages', options);
  }
}

/** GitHub answered with GraphQL errors or a response this code does not understand. */
export class GitHubResponseError extends GitHubError {
  override name = 'GitHubResponseError';
  constructor(detail: string, options?: ErrorOptions) {
    super(`unexpected answer from GitHub: ${detail}`, 'run again; if it persists, report it with this message', options);
  }
}

/** A page iterator got the same cursor twice: following it would loop forever. */
export class StuckCursorError extends GitHubError {
  override name = 'StuckCursorError';
  readonly cursor: string | null;
  constructor(what: string, cursor: string | null) {
    super(`pagination of ${what} did not advance past cursor ${JSON.stringify(cursor)}`, 'the server returned an inconsistent page; run again, and report it if it persists');
    this.cursor = cursor;
  }
}
