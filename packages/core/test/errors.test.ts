import { describe, expect, it } from 'vitest';
import { CorpusError } from '../src/index';

class ExampleError extends CorpusError<'E_EXAMPLE'> {
  static override readonly errorName = 'ExampleError';
  readonly file: string | undefined;
  constructor(message: string, options: { file?: string; cause?: unknown } = {}) {
    super('E_EXAMPLE', message, options);
    this.file = options.file;
  }
}

class OtherError extends CorpusError<'E_OTHER'> {
  static override readonly errorName = 'OtherError';
}

describe('CorpusError', () => {
  it('carries its code, name, cause and subclass fields', () => {
    const cause = new Error('underlying');
    const error = new ExampleError('Pass a file.', { file: 'a.txt', cause });
    expect(error.code).toBe('E_EXAMPLE');
    expect(error.name).toBe('ExampleError');
    expect(error.message).toBe('Pass a file.');
    expect(error.cause).toBe(cause);
    expect(error.file).toBe('a.txt');
    expect(error).toBeInstanceOf(Error);
    expect(new CorpusError('E_X', 'm').name).toBe('CorpusError');
  });

  it('isInstance recognises its own class by brand and name, and the base recognises all', () => {
    const example = new ExampleError('m');
    const other = new OtherError('E_OTHER', 'm');
    expect(ExampleError.isInstance(example)).toBe(true);
    expect(ExampleError.isInstance(other)).toBe(false);
    expect(OtherError.isInstance(other)).toBe(true);
    expect(CorpusError.isInstance(example)).toBe(true);
    expect(CorpusError.isInstance(other)).toBe(true);
  });

  it('isInstance works across copies of a package (a plain object with the brand and name)', () => {
    const fromAnotherCopy = Object.assign(new Error('m'), {
      name: 'ExampleError',
      code: 'E_EXAMPLE',
      [Symbol.for('corpus.error')]: true,
    });
    expect(ExampleError.isInstance(fromAnotherCopy)).toBe(true);
    expect(ExampleError.isInstance(Object.assign(new Error('m'), { name: 'ExampleError' }))).toBe(false);
    for (const value of [null, undefined, 'ExampleError', 42, {}])
      expect(CorpusError.isInstance(value)).toBe(false);
  });
});
