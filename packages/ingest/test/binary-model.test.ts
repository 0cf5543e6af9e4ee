import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../src/errors';
import { detectorFromBinary, installedEldVersion, loadDetector } from '../src/language-model';
import { MODEL_FORMAT, NgramDetector } from '../src/ngram-detector';

// From src there is no ngrams.bin next to the module: this is the detector converted from eld's files.
const missing = join(tmpdir(), 'corpus-no-such-model.bin');
const fromEld = loadDetector(missing);
const eldVersion = installedEldVersion();
const bytes = fromEld.detector.toBinary(eldVersion ?? 'unknown');
const fromBytes = NgramDetector.fromBinary(bytes, { expectEld: eldVersion });
const built = fileURLToPath(new URL('../dist/ngrams.bin', import.meta.url));

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const pieces = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => {
    const text = readFileSync(`${seeds}${f}`, 'utf8');
    const out: string[] = [];
    for (let i = 0; i < text.length; i += 150) out.push(text.slice(i, i + 300));
    return out;
  });

const dir = mkdtempSync(join(tmpdir(), 'corpus-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const code = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return IngestError.isInstance(error) ? error.code : `untyped: ${String(error)}`;
  }
  return 'no error';
};

describe('binary language model (dist/ngrams.bin)', () => {
  it('loads from eld when no binary is there, from the binary when it is', () => {
    expect(fromEld.source).toBe('eld');
    expect(eldVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(loadDetector(write('good.bin', bytes)).source).toBe('binary');
  });

  it('is written by the build, from the installed eld, and decodes to the same bytes', () => {
    expect(existsSync(built)).toBe(true);
    const file = readFileSync(built);
    expect(NgramDetector.binaryEldVersion(file)).toBe(eldVersion);
    expect(Buffer.from(NgramDetector.fromBinary(file).toBinary(eldVersion!)).equals(file)).toBe(true);
    expect(Buffer.from(fromBytes.toBinary(eldVersion!)).equals(Buffer.from(bytes))).toBe(true);
    // The hash table is rebuilt from the keys slot for slot.
    const tables = (d: NgramDetector) => d as unknown as { table: Int32Array; entries: Int32Array };
    expect(tables(fromBytes).table).toEqual(tables(fromEld.detector).table);
    expect(tables(fromBytes).entries).toEqual(tables(fromEld.detector).entries);
  });

  it('gives the eld-built detector’s exact answers on 300-character pieces of every seed', () => {
    const shipped = detectorFromBinary(built);
    expect(shipped).toBeDefined();
    expect(pieces.length).toBeGreaterThan(100);
    for (const piece of pieces) {
      const expected = fromEld.detector.detect(piece);
      expect(fromBytes.detect(piece)).toEqual(expected);
      expect(shipped!.detect(piece)).toEqual(expected);
    }
  });

  it('gives the eld-built detector’s exact answers on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (text) => {
        expect(fromBytes.detect(text)).toEqual(fromEld.detector.detect(text));
      }),
    );
  });

  it('rejects a file of another format version or eld version, and falls back to eld', () => {
    const other = Uint8Array.from(bytes);
    new DataView(other.buffer).setUint32(8, MODEL_FORMAT + 1, true);
    expect(code(() => NgramDetector.fromBinary(other))).toBe('E_INTERNAL');
    expect(loadDetector(write('format.bin', other)).source).toBe('eld');
    expect(code(() => NgramDetector.fromBinary(bytes, { expectEld: '0.0.1' }))).toBe('E_INTERNAL');
    const old = fromEld.detector.toBinary('0.0.1');
    expect(detectorFromBinary(write('old.bin', old), eldVersion)).toBeUndefined();
    expect(loadDetector(write('old.bin', old)).source).toBe('eld');
  });

  it('rejects any truncated or corrupted file with E_INTERNAL instead of answering from it', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        fc.nat({ max: bytes.length - 1 }),
        (at, flip, cut) => {
          const damaged = Uint8Array.from(bytes);
          damaged[at]! ^= flip;
          expect(code(() => NgramDetector.fromBinary(damaged))).toBe('E_INTERNAL');
          expect(code(() => NgramDetector.fromBinary(bytes.subarray(0, cut)))).toBe('E_INTERNAL');
        },
      ),
      { numRuns: Math.max(5, Math.floor(fc.readConfigureGlobal().numRuns! / 4)) },
    );
    // Damage in each region: header sizes, meta, the tables; empty and foreign files.
    for (const at of [20, 33, 50, 2000, 0.3, 0.6, 0.9, bytes.length - 1].map((x) =>
      x < 1 ? Math.floor(bytes.length * x) : x,
    )) {
      const damaged = Uint8Array.from(bytes);
      damaged[at]! ^= 1;
      expect(code(() => NgramDetector.fromBinary(damaged))).toBe('E_INTERNAL');
      const path = write(`damaged-${at}.bin`, damaged);
      expect(detectorFromBinary(path)).toBeUndefined();
      const loaded = loadDetector(path);
      expect(loaded.source).toBe('eld');
      expect(loaded.detector.detect(pieces[0]!)).toEqual(fromEld.detector.detect(pieces[0]!));
    }
    expect(code(() => NgramDetector.fromBinary(new Uint8Array(0)))).toBe('E_INTERNAL');
    expect(code(() => NgramDetector.fromBinary(new TextEncoder().encode('x'.repeat(100))))).toBe(
      'E_INTERNAL',
    );
  });

  it('reads bytes that do not start on an 8-byte boundary', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const detector = NgramDetector.fromBinary(shifted.subarray(3));
    for (const piece of pieces.slice(0, 20))
      expect(detector.detect(piece)).toEqual(fromEld.detector.detect(piece));
  });
});
