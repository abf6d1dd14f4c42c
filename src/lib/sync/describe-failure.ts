/**
 * Turns any failure of a sync into the one line the CLI prints and its exit code. Expected failures
 * say what is wrong and what to do; only an unexpected bug says so.
 */
import { ConfigError } from '../config/load.ts';
import { SyncStateError } from '../archive/sync-state.ts';
import {
  BadCredentialsError,
  EndpointUnreachableError,
  InvalidEndpointError,
  MissingTokenError,
  QueryTimeoutError,
  RateLimitExhaustedError,
  RepoNotFoundError,
  SecondaryRateLimitError,
} from '../github/errors.ts';
import { OutDirNotWritableError } from '../archive/errors.ts';
import { HintedError } from '../hinted-error.ts';
import { SyncInputError } from './errors.ts';

/** Exit codes of `npm run sync`, documented in docs/sync.md. */
export const EXIT_CODES = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  badCredentials: 3,
  repoNotFound: 4,
  rateLimited: 5,
  unreachable: 6,
  notWritable: 7,
} as const;

/** The line to print (without the "sync: " prefix) and the exit code for a failure. */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof ConfigError) return { line: `${error.message}; fix the config file or point --config at another one (see docs/sync.md)`, exitCode: EXIT_CODES.usage };
  if (error instanceof HintedError) {
    const line = `${error.message}; ${error.hint}`;
    if (error instanceof OutDirNotWritableError) return { line, exitCode: EXIT_CODES.notWritable };
    if (error instanceof SyncStateError) return { line, exitCode: EXIT_CODES.usage };
    if (error instanceof MissingTokenError || error instanceof InvalidEndpointError) return { line, exitCode: EXIT_CODES.usage };
    if (error instanceof BadCredentialsError) return { line, exitCode: EXIT_CODES.badCredentials };
    if (error instanceof RepoNotFoundError) return { line, exitCode: EXIT_CODES.repoNotFound };
    if (error instanceof RateLimitExhaustedError || error instanceof SecondaryRateLimitError) return { line, exitCode: EXIT_CODES.rateLimited };
    if (error instanceof EndpointUnreachableError || error instanceof QueryTimeoutError) return { line, exitCode: EXIT_CODES.unreachable };
    if (error instanceof SyncInputError) return { line, exitCode: EXIT_CODES.usage };
    return { line, exitCode: EXIT_CODES.unexpected };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: `unexpected error: ${message.split('\n')[0]} (set DEBUG=1 for the stack trace)`, exitCode: EXIT_CODES.unexpected };
}
