import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '../src/index';

const native = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 digests of the standard test messages', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches node:crypto at every length around the block and padding boundaries, and on UTF-8 text', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n) & 0xff);
      expect(sha256Hex(bytes)).toBe(native(bytes));
    }
    const text = '東京 — Jerry Tworek verließ OpenAI am 6. Januar 2026. 🙂';
    expect(sha256Hex(text)).toBe(native(text));
    expect(sha256(text)).toHaveLength(32);
  });

  it('hashes a subarray by its own bytes, not its buffer', () => {
    const buffer = new TextEncoder().encode('xxhello worldyy');
    expect(sha256Hex(buffer.subarray(2, 13))).toBe(native('hello world'));
  });
});
