import { DEFAULT_MAX_BYTES } from '@corpus/ingest';
import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from '../src/size';

describe('parseSize', () => {
  it.each([
    ['2048', 2048],
    ['1b', 1],
    ['500KB', 512_000],
    ['500k', 512_000],
    ['500 KiB', 512_000],
    ['1.5MB', 1_572_864],
    ['10mb', DEFAULT_MAX_BYTES],
    ['10 MiB', DEFAULT_MAX_BYTES],
    ['1G', 1024 ** 3],
    ['0.5k', 512],
    ['1.3k', 1331],
  ])('%s → %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'MB', '-5MB', '10 parsecs', '1e6', '10TB', '1,000', '10  MB', '0x10'])(
    '%j is not a size',
    (text) => {
      expect(parseSize(text)).toBeUndefined();
    },
  );
});

describe('formatSize', () => {
  it('writes 1024-based units, one decimal at most', () => {
    expect(formatSize(DEFAULT_MAX_BYTES)).toBe('10 MB');
    expect(formatSize(1_572_864)).toBe('1.5 MB');
    expect(formatSize(512_000)).toBe('500 KB');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(900)).toBe('900 bytes');
  });
});
