/** Failures of the sync's own inputs (the GitHub ones live in src/lib/github/errors.ts). */

import { HintedError } from '../hinted-error.ts';

/** Base class of the sync's input failures. */
export class SyncInputError extends HintedError {
  override name = 'SyncInputError';
}

/** Neither --repo nor the config's "repos" names a repository. */
export class NoReposError extends SyncInputError {
  override name = 'NoReposError';
  constructor() {
    super('no repository to sync', 'pass --repo owner/name or set "repos" in archive.config.json');
  }
}

/** A repository name that is not "owner/name". */
export class InvalidRepoError extends SyncInputError {
  override name = 'InvalidRepoError';
  readonly repo: string;
  constructor(repo: string) {
    super(`invalid repository ${JSON.stringify(repo)}`, 'write it as owner/name, for example acme/planning');
    this.repo = repo;
  }
}
