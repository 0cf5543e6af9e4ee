import { findViolation, isWhite, splitsSurrogate } from './core/validate';
import type { Granularity, SegmenterPlugin, SegmentSpan } from './types';

/** One expectation for the kit: text plus what a reader expects of it. */
export interface ConformanceFixture {
  /** Shown in the test name. */
  name?: string;
  text: string;
  /** Language passed to `doSegment`; default: the plugin's first language. */
  language?: string;
  /** Expected sentence texts, each trimmed, in order (checked when the plugin supports sentences). */
  sentences?: readonly string[];
  /** Expected word texts, whitespace-only pieces dropped, in order (checked when it supports words). */
  words?: readonly string[];
  /** Negative cases: substrings of `text` after which no sentence may end (`Dr.`, `z. B.`). */
  noBreakAfter?: readonly string[];
}

/** The parts of a test framework the kit needs (vitest, jest, node:test and mocha all fit). */
export interface ConformanceOptions {
  describe: (name: string, body: () => void) => unknown;
  it: (name: string, body: () => void) => unknown;
  /** Optional: when given, failures are reported through `expect(...).toEqual(...)` for nicer diffs. */
  expect?: (actual: unknown) => { toEqual(expected: unknown): void };
  plugin: SegmenterPlugin;
  fixtures?: readonly ConformanceFixture[];
}

/** Text with the hard cases of Unicode: astral characters, ZWJ sequences, flags, combining marks. */
const UNICODE_SAMPLE =
  'Café déjà vu 👨‍👩‍👧‍👦 family, flag 🇯🇵 and 🇩🇪. Math 𝒳 = 𝟙! Ｆｕｌｌ-width ＡＢＣ１２３. ' +
  '日本語の文です。𩸽の塩焼き𠀀。中文句子！한국어 문장입니다. Ñandú e\u0301 o\u0308 a\u20dd. 1️⃣ keycap; ' +
  'skin 👍🏽 tone. Thai ภาษาไทย. Arabic العربية. Emoji at end 🎉';

function fail(message: string): never {
  throw new Error(`[segmenterConformance] ${message}`);
}

function graphemeBreaks(text: string): Set<number> {
  const breaks = new Set<number>([0, text.length]);
  for (const { index } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text))
    breaks.add(index);
  return breaks;
}

function call(
  plugin: SegmenterPlugin,
  text: string,
  granularity: Granularity,
  language: string,
): SegmentSpan[] {
  const out = plugin.doSegment(text, { granularity, language });
  const violation = findViolation(text, out);
  if (violation !== null) {
    fail(`${plugin.name} ${granularity} output for ${JSON.stringify(text.slice(0, 60))}: ${violation}`);
  }
  return out as SegmentSpan[];
}

function pieces(text: string, spans: readonly SegmentSpan[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end).trim()).filter((t) => t !== '');
}

function checkGraphemes(
  plugin: SegmenterPlugin,
  text: string,
  granularity: Granularity,
  language: string,
): void {
  const spans = call(plugin, text, granularity, language);
  const breaks = graphemeBreaks(text);
  for (const s of spans) {
    for (const at of [s.start, s.end]) {
      if (splitsSurrogate(text, at))
        fail(`${plugin.name} ${granularity} boundary at ${at} splits a surrogate pair`);
      if (!breaks.has(at)) {
        fail(
          `${plugin.name} ${granularity} boundary at ${at} falls inside a grapheme cluster (${JSON.stringify(text.slice(Math.max(0, at - 3), at + 3))})`,
        );
      }
    }
  }
}

/**
 * Registers a suite of conformance tests for a segmenter plugin with your test framework.
 * Every built-in plugin and the Intl fallback pass it; run it on yours before publishing.
 */
export function segmenterConformance(options: ConformanceOptions): void {
  const { describe, it, plugin, fixtures = [] } = options;
  const same = (actual: unknown, expected: unknown, what: string) => {
    if (options.expect) options.expect(actual).toEqual(expected);
    else if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };
  const name = typeof plugin?.name === 'string' ? plugin.name : '(unnamed)';
  describe(`segmenter conformance: ${name}`, () => {
    it('declares a v1 plugin: name, languages, supports, doSegment', () => {
      if (plugin?.specificationVersion !== 'v1')
        fail(`specificationVersion must be "v1", got ${JSON.stringify(plugin?.specificationVersion)}`);
      if (typeof plugin.name !== 'string' || plugin.name === '') fail('name must be a non-empty string');
      if (!Array.isArray(plugin.languages) || plugin.languages.length === 0)
        fail('languages must be a non-empty array');
      for (const tag of plugin.languages) {
        try {
          Intl.getCanonicalLocales(tag);
        } catch {
          fail(`languages lists ${JSON.stringify(tag)}, which is not a BCP 47 tag`);
        }
      }
      if (typeof plugin.supports?.sentence !== 'boolean' || typeof plugin.supports?.word !== 'boolean') {
        fail('supports must be { sentence: boolean, word: boolean }');
      }
      if (!plugin.supports.sentence && !plugin.supports.word) fail('supports neither sentences nor words');
      if (typeof plugin.doSegment !== 'function') fail('doSegment must be a function');
    });

    const language = plugin?.languages?.[0] ?? 'und';
    const granularities: Granularity[] = [];
    if (plugin?.supports?.sentence) granularities.push('sentence');
    if (plugin?.supports?.word) granularities.push('word');
    const samples = [UNICODE_SAMPLE, ...fixtures.map((f) => f.text)];

    for (const g of granularities) {
      it(`${g}: empty input gives no spans`, () => {
        const out = call(plugin, '', g, language);
        if (out.length !== 0) fail(`expected [] for "", got ${JSON.stringify(out)}`);
      });
      it(`${g}: whitespace-only input gives no content`, () => {
        for (const ws of [' ', '   ', '\t', '\u3000', ' \u00a0 ']) {
          const got = pieces(ws, call(plugin, ws, g, language));
          if (got.length !== 0)
            fail(`expected nothing for ${JSON.stringify(ws)}, got ${JSON.stringify(got)}`);
        }
      });
      it(`${g}: spans are ordered, in bounds, non-overlapping and tile the text`, () => {
        for (const text of samples) call(plugin, text, g, language);
        // whitespace at both ends, and one character of every class
        for (const text of ['  padded  ', 'a', '.', '。', '🎉', 'x\u0301', '42', '\u00a0x\u00a0'])
          call(plugin, text, g, language);
      });
      it(`${g}: no boundary inside a surrogate pair or grapheme cluster`, () => {
        for (const text of samples) checkGraphemes(plugin, text, g, language);
      });
      it(`${g}: deterministic`, () => {
        for (const text of samples) {
          same(
            call(plugin, text, g, language),
            call(plugin, text, g, language),
            'two calls on the same text',
          );
        }
      });
      it(`${g}: a 100 KB single line`, () => {
        const unit = `${samples.join(' ').replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')} `;
        const text = unit.repeat(Math.ceil(100_000 / unit.length));
        const spans = call(plugin, text, g, language);
        if (spans.length === 0) fail('no spans for a 100 KB line');
        const covered = spans.reduce((n, s) => n + s.end - s.start, 0);
        let content = 0;
        for (let i = 0; i < text.length; i++) if (!isWhite(text.charCodeAt(i))) content++;
        if (covered < content)
          fail(`spans cover ${covered} code units, the text has ${content} non-space ones`);
      });
    }

    fixtures.forEach((f, k) => {
      const label = f.name ?? JSON.stringify(f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text);
      const lang = f.language ?? language;
      if (f.sentences && plugin?.supports?.sentence) {
        it(`fixture ${k + 1} sentences: ${label}`, () => {
          same(
            pieces(f.text, call(plugin, f.text, 'sentence', lang)),
            [...(f.sentences ?? [])],
            `sentences of ${label}`,
          );
        });
      }
      if (f.words && plugin?.supports?.word) {
        it(`fixture ${k + 1} words: ${label}`, () => {
          same(pieces(f.text, call(plugin, f.text, 'word', lang)), [...(f.words ?? [])], `words of ${label}`);
        });
      }
      if (f.noBreakAfter && plugin?.supports?.sentence) {
        it(`fixture ${k + 1} negative cases: ${label}`, () => {
          const spans = call(plugin, f.text, 'sentence', lang);
          const ends = new Set<number>();
          for (const s of spans) {
            let e = s.end;
            while (e > s.start && isWhite(f.text.charCodeAt(e - 1))) e--;
            if (s !== spans[spans.length - 1]) ends.add(e);
          }
          for (const needle of f.noBreakAfter ?? []) {
            const at = f.text.indexOf(needle);
            if (at < 0) fail(`noBreakAfter ${JSON.stringify(needle)} does not occur in the fixture text`);
            if (ends.has(at + needle.length))
              fail(`a sentence ends after ${JSON.stringify(needle)} in ${label}`);
          }
        });
      }
    });
  });
}
