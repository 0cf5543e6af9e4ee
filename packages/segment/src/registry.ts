import { canonicalLanguageTag, lookupChain } from '@corpus/core';
import { intlPlugin } from './core/intl';
import { kindAt, scriptCodeOf } from './core/script';
import { SpanBuffer, type WordsInto, wordsIntoOf } from './core/span-buffer';
import { findBufferViolation, findViolation, isWhite } from './core/validate';
import { SegmentError } from './errors';
import { KIND_CODE, lazySegmentation, TokenTableBuilder } from './token-table';
import type {
  CreateSegmenterOptions,
  Granularity,
  Resolution,
  Segmenter,
  SegmenterPlugin,
  SegmentOptions,
  SegmentSpan,
  Span,
} from './types';

/**
 * The canonical tag by @corpus/core (`zh-hant-tw` → `zh-Hant-TW`), with misuse as a SegmentError
 * (`E_INVALID_LANGUAGE`) rather than `undefined`.
 */
function canonicalLanguage(lang: unknown): string {
  if (typeof lang !== 'string' || lang.trim() === '') {
    throw new SegmentError(
      'E_INVALID_LANGUAGE',
      `Expected a BCP 47 language tag such as "en" or "zh-Hant", not ${JSON.stringify(lang)}. Pass { lang } with the document's language ("und" when unknown).`,
    );
  }
  const canonical = canonicalLanguageTag(lang);
  if (canonical) return canonical;
  throw new SegmentError(
    'E_INVALID_LANGUAGE',
    `"${lang}" is not a well-formed BCP 47 language tag. Use a tag such as "en", "pt-BR" or "zh-Hant-TW".`,
  );
}

function checkPlugin(plugin: unknown, role: string): SegmenterPlugin {
  const p = plugin as Partial<SegmenterPlugin> | null;
  const label = typeof p === 'object' && p !== null && typeof p.name === 'string' ? `"${p.name}"` : role;
  if (typeof p !== 'object' || p === null) {
    throw new SegmentError(
      'E_INVALID_PLUGIN',
      `Expected a segmenter plugin object as ${role}, not ${String(p)}.`,
    );
  }
  if (p.specificationVersion !== 'v1') {
    throw new SegmentError(
      'E_UNSUPPORTED_SPECIFICATION',
      `Plugin ${label} declares specificationVersion ${JSON.stringify(p.specificationVersion)}; this version of @corpus/segment supports "v1". Upgrade @corpus/segment or use a v1 plugin.`,
      typeof p.name === 'string' ? { plugin: p.name } : {},
    );
  }
  const problems: string[] = [];
  if (typeof p.name !== 'string' || p.name === '') problems.push('a non-empty string `name`');
  if (!Array.isArray(p.languages) || p.languages.length === 0) problems.push('a non-empty `languages` array');
  if (typeof p.supports !== 'object' || p.supports === null) problems.push('`supports: { sentence, word }`');
  if (typeof p.doSegment !== 'function') problems.push('a `doSegment(text, options)` function');
  if (problems.length > 0) {
    throw new SegmentError('E_INVALID_PLUGIN', `Plugin ${label} needs ${problems.join(', ')}.`, {
      ...(typeof p.name === 'string' ? { plugin: p.name } : {}),
    });
  }
  return p as SegmenterPlugin;
}

function describeText(text: string): string {
  return text.length <= 40
    ? JSON.stringify(text)
    : `${JSON.stringify(text.slice(0, 40))}… (${text.length} chars)`;
}

function failed(
  plugin: SegmenterPlugin,
  granularity: Granularity,
  text: string,
  language: string,
  cause: unknown,
) {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new SegmentError(
    'E_PLUGIN_FAILED',
    `Segmenter plugin "${plugin.name}" threw while cutting ${granularity}s of ${describeText(text)} (${language}): ${reason}. Fix the plugin, or leave it out of createSegmenter({ plugins }) to use the fallback.`,
    { plugin: plugin.name, cause },
  );
}

function invalid(
  plugin: SegmenterPlugin,
  granularity: Granularity,
  text: string,
  language: string,
  violation: string,
) {
  return new SegmentError(
    'E_INVALID_OUTPUT',
    `Segmenter plugin "${plugin.name}" returned invalid ${granularity} spans for ${describeText(text)} (${language}): ${violation}. Run segmenterConformance() from @corpus/segment/testing on the plugin.`,
    { plugin: plugin.name },
  );
}

function run(
  plugin: SegmenterPlugin,
  text: string,
  granularity: Granularity,
  language: string,
): readonly SegmentSpan[] {
  let out: unknown;
  try {
    out = plugin.doSegment(text, { granularity, language });
  } catch (cause) {
    throw failed(plugin, granularity, text, language, cause);
  }
  const violation = findViolation(text, out);
  if (violation !== null) throw invalid(plugin, granularity, text, language, violation);
  return out as readonly SegmentSpan[];
}

/** `run` for a built-in word cutter that writes into `buffer` (emptied first): checked the same way. */
function runInto(
  plugin: SegmenterPlugin,
  words: WordsInto,
  text: string,
  language: string,
  buffer: SpanBuffer,
): void {
  buffer.length = 0;
  try {
    words(text, language, buffer);
  } catch (cause) {
    throw failed(plugin, 'word', text, language, cause);
  }
  const violation = findBufferViolation(text, buffer.starts, buffer.ends, buffer.length);
  if (violation !== null) throw invalid(plugin, 'word', text, language, violation);
}

/** Capacity (words) up to which a segmenter keeps its word buffer between calls: 576 kB. */
const MAX_SPARE = 1 << 16;

/**
 * Tokens of one sentence (at `offset` in `text`) from `buffer` into `tokens`: numbers only, no object
 * per word (`Segmentation.tokens` makes them when first read).
 */
function pushTokens(tokens: TokenTableBuilder, text: string, offset: number, buffer: SpanBuffer): void {
  const { starts, ends, kinds } = buffer;
  for (let k = 0; k < buffer.length; k++) {
    let start = (starts[k] as number) + offset;
    let end = (ends[k] as number) + offset;
    while (start < end && isWhite(text.charCodeAt(start))) start++;
    while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
    if (end === start) continue;
    const said = kinds[k] as number;
    // buffer kinds count from 1 (0: not said), table kinds from 0
    const kind = said > 0 ? said - 1 : KIND_CODE[kindAt(text, start, end)];
    tokens.push(start, end, kind, scriptCodeOf(text, start, end));
  }
}

const isLineBreak = (c: number): boolean =>
  c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;

/** Calls `visit(start, end)` for each line with content; line breaks are hard sentence boundaries. */
function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || isLineBreak(text.charCodeAt(i))) {
      let a = start;
      let b = i;
      while (a < b && isWhite(text.charCodeAt(a))) a++;
      while (b > a && isWhite(text.charCodeAt(b - 1))) b--;
      if (b > a) visit(a, b);
      start = i + 1;
    }
  }
}

function trimmed(text: string, offset: number, s: Span): Span | null {
  let a = s.start;
  let b = s.end;
  while (a < b && isWhite(text.charCodeAt(a))) a++;
  while (b > a && isWhite(text.charCodeAt(b - 1))) b--;
  return b > a ? { start: a + offset, end: b + offset } : null;
}

/**
 * A segmenter over the given plugins. Lookup follows BCP 47 truncation (`zh-Hant-TW` → `zh-Hant`
 * → `zh`), then the fallback (Intl.Segmenter unless you pass another). Output of every plugin
 * is validated; a failing plugin raises a SegmentError that names it.
 */
export function createSegmenter(options: CreateSegmenterOptions = {}): Segmenter {
  if (typeof options !== 'object' || options === null) {
    throw new SegmentError(
      'E_INVALID_ARGUMENT',
      'Expected createSegmenter({ plugins, fallback }) to get an object.',
    );
  }
  const { plugins = [], fallback = intlPlugin } = options;
  if (!Array.isArray(plugins)) {
    throw new SegmentError('E_INVALID_ARGUMENT', 'Expected `plugins` to be an array of segmenter plugins.');
  }
  const fb = checkPlugin(fallback, 'the fallback');
  if (!fb.supports.sentence || !fb.supports.word) {
    throw new SegmentError(
      'E_INVALID_PLUGIN',
      `The fallback "${fb.name}" must support both sentence and word granularity.`,
      { plugin: fb.name },
    );
  }
  const byLanguage = new Map<string, SegmenterPlugin>();
  const registered = new Map<string, string>();
  for (const raw of plugins as unknown[]) {
    const plugin = checkPlugin(raw, 'a plugin');
    for (const tag of plugin.languages) {
      let canonical: string;
      try {
        canonical = canonicalLanguage(tag);
      } catch (cause) {
        throw new SegmentError(
          'E_INVALID_PLUGIN',
          `Plugin "${plugin.name}" lists ${JSON.stringify(tag)}, which is not a BCP 47 tag.`,
          { plugin: plugin.name, cause },
        );
      }
      byLanguage.set(canonical.toLowerCase(), plugin);
      registered.set(canonical.toLowerCase(), canonical);
    }
  }

  const cache = new Map<
    string,
    { language: string; matched: string | null; plugin: SegmenterPlugin | null }
  >();
  function lookup(lang: string) {
    let hit = cache.get(lang);
    if (hit) return hit;
    const language = canonicalLanguage(lang);
    hit = { language, matched: null, plugin: null };
    for (const tag of lookupChain(language)) {
      const plugin = byLanguage.get(tag.toLowerCase());
      if (plugin) {
        hit = { language, matched: registered.get(tag.toLowerCase()) ?? tag, plugin };
        break;
      }
    }
    if (cache.size > 256) cache.clear();
    cache.set(lang, hit);
    return hit;
  }

  function checkText(text: unknown): asserts text is string {
    if (typeof text !== 'string') {
      throw new SegmentError('E_INVALID_ARGUMENT', `Expected text to be a string, not ${typeof text}.`);
    }
  }
  function checkOptions(o: unknown): SegmentOptions {
    if (typeof o !== 'object' || o === null) {
      throw new SegmentError(
        'E_INVALID_ARGUMENT',
        'Expected options { lang }, e.g. segment(text, { lang: "de" }).',
      );
    }
    return o as SegmentOptions;
  }

  function sentenceSpans(text: string, language: string, plugin: SegmenterPlugin): Span[] {
    const out: Span[] = [];
    forEachLine(text, (a, b) => {
      const line = text.slice(a, b);
      for (const s of run(plugin, line, 'sentence', language)) {
        const t = trimmed(line, a, s);
        if (t) out.push(t);
      }
    });
    return out;
  }

  function resolved(lang: string) {
    const hit = lookup(lang);
    const p = hit.plugin;
    return {
      hit,
      sentence: p?.supports.sentence ? p : fb,
      word: p?.supports.word ? p : fb,
    };
  }

  // The word buffer of the last call, reused: taken while a call runs, so a nested call gets its own.
  let spare: SpanBuffer | null = null;

  return {
    languages: [...registered.values()].sort(),
    resolve(lang: string): Resolution {
      const { hit, sentence, word } = resolved(lang);
      return { language: hit.language, matched: hit.matched, sentence: sentence.name, word: word.name };
    },
    sentences(text, opts) {
      checkText(text);
      const { hit, sentence } = resolved(checkOptions(opts).lang);
      return sentenceSpans(text, hit.language, sentence);
    },
    segment(text, opts) {
      checkText(text);
      const { hit, sentence, word } = resolved(checkOptions(opts).lang);
      const sentences = sentenceSpans(text, hit.language, sentence);
      const tokens = new TokenTableBuilder();
      const words = wordsIntoOf(word);
      const buffer = words ? (spare ?? new SpanBuffer()) : null;
      spare = null;
      // Words are cut sentence by sentence: plugins (and ICU) only ever hold one sentence.
      for (const s of sentences) {
        const sentenceText = text.slice(s.start, s.end);
        if (words && buffer) {
          runInto(word, words, sentenceText, hit.language, buffer);
          pushTokens(tokens, text, s.start, buffer);
          continue;
        }
        for (const w of run(word, sentenceText, 'word', hit.language)) {
          const t = trimmed(sentenceText, s.start, w);
          if (!t) continue;
          tokens.push(
            t.start,
            t.end,
            KIND_CODE[w.kind ?? kindAt(text, t.start, t.end)],
            scriptCodeOf(text, t.start, t.end),
          );
        }
      }
      // kept for the next call unless a huge sentence grew it (it would hold that memory for good)
      if (buffer && buffer.starts.length <= MAX_SPARE) spare = buffer;
      const name = hit.plugin && (sentence === hit.plugin || word === hit.plugin) ? hit.plugin.name : fb.name;
      return lazySegmentation(hit.matched ?? hit.language, name, sentences, tokens.finish());
    },
  };
}
