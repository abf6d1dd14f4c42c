/** Failures of the archive directory itself. */

/** The output directory cannot be created or written. */
export class OutDirNotWritableError extends Error {
  override name = 'OutDirNotWritableError';
  readonly outDir: string;
  readonly hint = 'choose another --out or fix its permissions';
  constructor(outDir: string, code: string, options?: ErrorOptions) {
    super(`cannot write to the output directory ${outDir} (${code})`, options);
    this.outDir = outDir;
  }
}
