import { InvalidEndpointError } from './errors.ts';

/** GitHub.com's GraphQL endpoint, used when GITHUB_GRAPHQL_URL is unset. */
export const DEFAULT_GRAPHQL_URL = 'https://api.github.com/graphql';

/**
 * Octokit's baseUrl for a GraphQL endpoint: Octokit posts to `${baseUrl}/graphql`, so
 * `https://ghe.example.com/api/graphql` becomes `https://ghe.example.com/api`.
 */
export function deriveBaseUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new InvalidEndpointError(endpoint);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidEndpointError(endpoint);
  if (url.search || url.hash) throw new InvalidEndpointError(endpoint);
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.endsWith('/graphql')) throw new InvalidEndpointError(endpoint);
  return `${url.origin}${path.slice(0, -'/graphql'.length)}`;
}

/** The token from GITHUB_TOKEN, else GH_TOKEN; undefined when neither is set. */
export function readTokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['GITHUB_TOKEN']?.trim() || env['GH_TOKEN']?.trim() || undefined;
}
