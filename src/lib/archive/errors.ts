/** Failures of the archive directory itself. */
import { HintedError } from '../hinted-error.ts';

/** The output directory cannot be created or written. */
export class OutDirNotWritableError extends HintedError {
  override name = 'OutDirNotWritableError';
  readonly outDir: string;
  constructor(outDir: string, code: string, options?: ErrorOptions) {
    super(`cannot write to the output directory ${outDir} (${code})`, 'choose another --out or fix its permissions', options);
    this.outDir = outDir;
  }
}
