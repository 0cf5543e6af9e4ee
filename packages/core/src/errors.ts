const MARKER = Symbol.for('corpus.error');

/**
 * The error base of every @corpus package. Only misuse throws (bad arguments, broken plugins,
 * unreadable input in a one-document call); batches turn a bad document into an error record.
 * Each package subclasses it once, with its own `errorName` and string-literal `code` union; tests
 * and callers test the `code`, never the message.
 */
export class CorpusError<Code extends string = string> extends Error {
  /** The class's name, also set as each instance's `name`; subclasses override it. */
  static readonly errorName: string = 'CorpusError';
  /** A stable code such as `E_ENCODING`, documented in the package's README. */
  readonly code: Code;
  readonly [MARKER] = true;

  constructor(code: Code, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = (new.target as typeof CorpusError).errorName;
    this.code = code;
  }

  /**
   * True for an error of this class from any copy of its package: the dual ESM and CJS builds, or two
   * versions installed side by side, each have their own class object, so `instanceof` cannot tell.
   * `CorpusError.isInstance` is true for the errors of every @corpus package.
   */
  static isInstance<T>(this: { readonly errorName: string; prototype: T }, error: unknown): error is T {
    if (typeof error !== 'object' || error === null) return false;
    if ((error as Record<symbol, unknown>)[MARKER] !== true) return false;
    // biome-ignore lint/complexity/noThisInStatic: on purpose: each subclass checks for its own name.
    return this.errorName === CorpusError.errorName || (error as { name?: unknown }).name === this.errorName;
  }
}
