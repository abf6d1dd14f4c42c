/** An expected failure: `message` says what is wrong, `hint` what the user can do about it. */
export class HintedError extends Error {
  override name = 'HintedError';
  readonly hint: string;
  constructor(message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.hint = hint;
  }
}
