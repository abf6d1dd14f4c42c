import { AstroError } from 'astro/errors';

/**
 * Bad input to a build (a malformed archive file, config or setting): Astro prints an error's
 * message and hint, and a stack trace only when there is one. This is bad input, not a bug, so it
 * has none, and no cause either (Astro would print the cause's stack).
 */
export class BuildInputError extends AstroError {
  override name = 'BuildInputError';
  constructor(message: string, hint: string) {
    super(message, hint);
    this.stack = '';
  }
}
