import { canonicalLanguageTag, primaryLanguage, requireReferenceDate } from '@corpus/core';
import { decodeBytes } from './decode';
import { IngestError } from './errors';
import { sha256Hex } from './hash';
import { extractHtml } from './html';
import { type ExtractedArticle, extractJson } from './json';
import { normalizeText } from './normalize';
import { composePieces, flattenPieces, mapOffset, type Piece } from './offsets';
import { structureText } from './structure';
import type {
  Document,
  DocumentFormat,
  EncodingInfo,
  IngestOptions,
  IngestWarning,
  Link,
  RemovedContent,
} from './types';

// A guessed encoding below this confidence is reported (W_ENCODING_GUESSED) with the close candidates.
const ENCODING_WARNING_BELOW = 0.9;

/** Default `maxBytes`: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const FORMATS: readonly DocumentFormat[] = ['text', 'markdown', 'html', 'json', 'jsonl'];
const EXTENSIONS: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

// Document formats people drop in a folder of articles that need a converter first.
const UNSUPPORTED_EXTENSIONS = new Set([
  '.pdf',
  '.doc',
  '.docx',
  '.odt',
  '.rtf',
  '.epub',
  '.pages',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
]);

interface Checked {
  name: string;
  maxBytes: number;
  format?: DocumentFormat;
  lang?: string;
  encoding?: string;
  referenceYear?: number;
  allowReplacement: boolean;
}

export function invalid(message: string, name?: string): never {
  throw new IngestError('E_INVALID_OPTION', message, { file: name });
}

/** Validates options once, at the public entry points; misuse throws E_INVALID_OPTION. */
export function checkOptions(options: IngestOptions | undefined, fallbackName: string): Checked {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    invalid(`Expected an options object, not ${options === null ? 'null' : typeof options}.`);
  }
  const o = options ?? {};
  const name = o.name ?? fallbackName;
  if (typeof name !== 'string') invalid(`Expected options.name to be a string, not ${typeof name}.`);
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !Number.isFinite(maxBytes) || maxBytes <= 0) {
    invalid(`Expected options.maxBytes to be a positive number of bytes, not ${String(maxBytes)}.`, name);
  }
  if (o.format !== undefined && !FORMATS.includes(o.format)) {
    invalid(`Unknown options.format "${String(o.format)}"; use one of ${FORMATS.join(', ')}.`, name);
  }
  const lang = typeof o.lang === 'string' ? canonicalLanguageTag(o.lang) : undefined;
  if (o.lang !== undefined && lang === undefined) {
    invalid(
      `Expected options.lang to be a BCP 47 tag such as "en" or "zh-Hant", not "${String(o.lang)}".`,
      name,
    );
  }
  if (o.encoding !== undefined && typeof o.encoding !== 'string')
    invalid('Expected options.encoding to be a WHATWG label such as "shift_jis".', name);
  let referenceYear: number | undefined;
  if (o.referenceDate !== undefined) {
    // ISO 8601 only, read the same under every TZ (@corpus/core's one reference-date reader).
    referenceYear = requireReferenceDate(
      o.referenceDate,
      (message) => new IngestError('E_INVALID_OPTION', message, { file: name }),
    ).year;
  }
  const checked: Checked = { name, maxBytes, allowReplacement: o.allowReplacement === true };
  if (o.format) checked.format = o.format;
  if (lang) checked.lang = lang;
  if (o.encoding) checked.encoding = o.encoding;
  if (referenceYear !== undefined) checked.referenceYear = referenceYear;
  return checked;
}

/**
 * Format from content when neither the caller nor the extension says. Markdown is never guessed: text
 * with pipe tables and `#` headings is most often a news export pasted from a web page (one paragraph
 * per line, no blank lines), which CommonMark would run together; the text reader knows those tables,
 * headings, quotes and list markers line by line. A `.md` name or `format: 'markdown'` gets CommonMark.
 */
export function sniffFormat(text: string): DocumentFormat {
  const head = text
    .slice(0, 2048)
    .trimStart()
    .replace(/^\ufeff/, '');
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(head)) return 'html';
  if (
    /^<(?:article|div|p|section|main|h[1-6])[\s>]/i.test(head) &&
    /<\/(?:p|div|article|h[1-6])>/i.test(text)
  )
    return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    const trimmed = text.trim();
    try {
      JSON.parse(trimmed);
      return 'json';
    } catch {
      const lines = trimmed.split('\n').filter((l) => l.trim());
      if (lines.length > 1 && lines.every((l) => l.trim().startsWith('{'))) {
        try {
          for (const l of lines) JSON.parse(l);
          return 'jsonl';
        } catch {
          // not JSON Lines either
        }
      }
    }
  }
  return 'text';
}

/** The `format` option, else the name's extension (`.txt` is sniffed too), else sniffing. */
function formatOf(checked: Checked, text: string): DocumentFormat {
  const byExtension = EXTENSIONS[extensionOf(checked.name)];
  return checked.format ?? (byExtension && byExtension !== 'text' ? byExtension : sniffFormat(text));
}

/**
 * The file name's extension in lower case, with its dot ('' for none or a dot file), as node:path's
 * extname gives it for a '/' or '\\' separated path: ingest also runs in a browser, without node:path.
 */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

interface SourceInfo {
  bytes: number;
  sha256: string;
  encoding: EncodingInfo;
  path?: string;
  warnings: IngestWarning[];
}

/** Decoded text of one input to its documents (several for JSON arrays and JSON Lines). */
function textToDocuments(
  text: string,
  format: DocumentFormat,
  checked: Checked,
  source: SourceInfo,
): Document[] {
  if (text.trim().replace(/[\u200b\u2060\ufeff]/g, '') === '') {
    throw new IngestError('E_EMPTY', `${checked.name} is empty or only whitespace; nothing to ingest.`, {
      file: checked.name,
    });
  }
  if (format === 'json' || format === 'jsonl') {
    const articles = extractJson(text, format, checked.name).map(withHtmlBody);
    return articles.map((article, index) =>
      buildDocument(
        article.text,
        { ...article },
        format,
        checked,
        source,
        articles.length > 1 ? `${checked.name}#${index + 1}` : checked.name,
      ),
    );
  }
  if (format === 'html') {
    const article = extractHtml(text);
    return [buildDocument(article.text, article, format, checked, source, checked.name)];
  }
  return [
    buildDocument(text, { format, markdown: format === 'markdown' }, format, checked, source, checked.name),
  ];
}

// CMS exports (WordPress, Ghost…) put the article body as HTML in the JSON `content` field.
const HTML_BODY = /<\/?(?:p|div|br|h[1-6]|ul|ol|li|blockquote|table|article|section)\b[^>]{0,500}>/i;

function withHtmlBody(article: ExtractedArticle): ExtractedArticle {
  if (!HTML_BODY.test(article.text)) return article;
  const page = extractHtml(`<article>${article.text}</article>`);
  return {
    ...article,
    text: page.text,
    generatedMarkup: true,
    links: [...(article.links ?? []), ...(page.links ?? [])],
    removed: [...(article.removed ?? []), ...(page.removed ?? [])],
    ...(page.warnings ? { warnings: [...(article.warnings ?? []), ...page.warnings] } : {}),
  };
}

interface Metadata extends Partial<ExtractedArticle> {
  format?: DocumentFormat;
  /** Read as CommonMark: a Markdown file by its extension or the `format` option. */
  markdown?: boolean;
}

function buildDocument(
  sourceText: string,
  meta: Metadata,
  format: DocumentFormat,
  checked: Checked,
  source: SourceInfo,
  name: string,
): Document {
  const normalized = normalizeText(sourceText);
  const lang = checked.lang ?? meta.lang;
  const structured = structureText(normalized.text, {
    ...(lang ? { lang } : {}),
    ...(meta.title ? { knownTitle: meta.title } : {}),
    ...(meta.generatedMarkup ? { generatedMarkup: true } : {}),
    ...(checked.referenceYear !== undefined ? { referenceYear: checked.referenceYear } : {}),
    ...(meta.markdown ? { markdown: true } : {}),
  });
  if (structured.text.trim() === '' && structured.removed.length === 0) {
    throw new IngestError('E_EMPTY', `${name} has no text content; nothing to ingest.`, { file: name });
  }
  if (structured.language.lang === 'und' && meta.langHint) {
    structured.language = { lang: primaryLanguage(meta.langHint), confidence: 0.5 };
  }
  const pieces = composePieces(structured.pieces, normalized.pieces);
  const removed: RemovedContent[] = [
    ...(meta.removed ?? []),
    ...structured.removed.map((r) => ({
      reason: r.reason,
      text: r.text,
      sourceSpan: {
        start: mapToSource(normalized.pieces, r.start, 'start'),
        end: mapToSource(normalized.pieces, r.end, 'end'),
      },
    })),
  ];
  const warnings = [...source.warnings, ...(meta.warnings ?? [])];
  const { controls, invisible } = normalized.changes;
  if (controls > 0) {
    warnings.push({
      code: 'W_CONTROL_CHARACTERS',
      message: `Removed ${controls} stray control character(s).`,
    });
  }
  if (invisible > 0) {
    warnings.push({
      code: 'W_INVISIBLE_CHARACTERS',
      message: `Removed ${invisible} zero-width or soft-hyphen character(s).`,
    });
  }
  if (structured.language.lang === 'und') {
    warnings.push({
      code: 'W_LANGUAGE_UNKNOWN',
      message: 'Could not tell the language; pass { lang } if you know it.',
    });
  }
  const document: Document = {
    id: sha256Hex(`${source.sha256}\u0000${name}\u0000${structured.text}`).slice(0, 16),
    source: {
      name,
      ...(source.path ? { path: source.path } : {}),
      bytes: source.bytes,
      encoding: source.encoding,
      format,
      sha256: source.sha256,
    },
    lang: structured.language.lang,
    langConfidence: structured.language.confidence,
    text: structured.text,
    blocks: structured.blocks,
    links: [...locateLinks(meta.links ?? [], structured.text), ...structured.links],
    removed,
    warnings,
    sourceMap: flattenPieces(pieces),
  };
  if (structured.language.script) document.langScript = structured.language.script;
  const title = meta.title ?? structured.title;
  if (title) document.title = title;
  const byline = meta.byline ?? structured.byline;
  if (byline) document.byline = byline;
  const outlet = meta.outlet ?? structured.outlet;
  if (outlet) document.outlet = outlet;
  // The time as written comes with the metadata's date (a dateline gives a day only).
  if (meta.published) {
    document.published = meta.published;
    if (meta.publishedAsWritten) document.publishedAsWritten = meta.publishedAsWritten;
  } else if (structured.published) document.published = structured.published;
  return orderKeys(document);
}

/** Links whose anchor text is in the clean text get its span: searched in order, each after the last. */
function locateLinks(links: readonly Link[], text: string): Link[] {
  let cursor = 0;
  return links.map((link) => {
    if (link.span || !link.text || link.kind !== 'html') return link;
    const at = text.indexOf(link.text, cursor);
    if (at < 0) return link;
    cursor = at + link.text.length;
    return { ...link, span: { start: at, end: cursor } };
  });
}

/** Same key order for every document, so that JSON output is deterministic. */
function orderKeys(d: Document): Document {
  const keys: (keyof Document)[] = [
    'id',
    'source',
    'lang',
    'langConfidence',
    'langScript',
    'title',
    'byline',
    'outlet',
    'published',
    'publishedAsWritten',
    'text',
    'blocks',
    'links',
    'removed',
    'warnings',
    'sourceMap',
  ];
  const ordered: Record<string, unknown> = {};
  for (const k of keys) if (d[k] !== undefined) ordered[k] = d[k];
  return ordered as unknown as Document;
}

function mapToSource(pieces: readonly Piece[], offset: number, bias: 'start' | 'end'): number {
  return mapOffset(pieces, offset, bias);
}

/**
 * Ingests a string: normalises it, finds its structure, removes boilerplate (recorded in `removed`) and
 * identifies its language. Synchronous; throws only `IngestError` (E_EMPTY, E_TOO_LARGE, E_INVALID_OPTION,
 * E_UNSUPPORTED_FORMAT). For JSON arrays and JSON Lines it returns the first article.
 */
export function ingestText(text: string, options?: IngestOptions): Document {
  return typed(() => ingestTextAll(text, options), options)[0]!;
}

/**
 * The last line of defence: anything but an IngestError escaping the pipeline (a bug, or a library
 * failing on a degenerate input) becomes an IngestError with code E_INTERNAL and the original as `cause`.
 */
export function typed<T>(run: () => T, options: IngestOptions | undefined): T {
  try {
    return run();
  } catch (error) {
    if (IngestError.isInstance(error)) throw error;
    const file = typeof options?.name === 'string' ? options.name : undefined;
    throw new IngestError(
      'E_INTERNAL',
      `Unexpected failure${file ? ` on ${file}` : ''}: ${String(error)}; please report it with the input.`,
      { file, cause: error },
    );
  }
}

function ingestTextAll(text: string, options?: IngestOptions): Document[] {
  if (typeof text !== 'string')
    invalid(`Expected text to be a string, not ${text === null ? 'null' : typeof text}.`);
  const checked = checkOptions(options, 'untitled');
  const encoded = new TextEncoder().encode(text);
  if (encoded.length > checked.maxBytes) {
    throw new IngestError(
      'E_TOO_LARGE',
      `${checked.name} is ${encoded.length} bytes, over maxBytes ${checked.maxBytes}; split it or raise { maxBytes }.`,
      { file: checked.name },
    );
  }
  const format = formatOf(checked, text);
  return textToDocuments(text, format, checked, {
    bytes: encoded.length,
    sha256: sha256Hex(encoded),
    encoding: { name: 'utf-8', confidence: 1 },
    warnings: [],
  });
}

function toBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  invalid('Expected bytes to be a Uint8Array, Buffer or ArrayBuffer.');
}

export function ingestBytesAll(
  input: Uint8Array | ArrayBuffer,
  options?: IngestOptions,
  path?: string,
): Document[] {
  const bytes = toBytes(input);
  const checked = checkOptions(options, 'untitled');
  if (bytes.length > checked.maxBytes) {
    throw new IngestError(
      'E_TOO_LARGE',
      `${checked.name} is ${bytes.length} bytes, over maxBytes ${checked.maxBytes}; split it or raise { maxBytes }.`,
      { file: checked.name },
    );
  }
  if (bytes.length === 0)
    throw new IngestError('E_EMPTY', `${checked.name} is empty; nothing to ingest.`, { file: checked.name });
  const extension = extensionOf(checked.name);
  if (!checked.format && UNSUPPORTED_EXTENSIONS.has(extension)) {
    throw new IngestError(
      'E_UNSUPPORTED_FORMAT',
      `${checked.name}: ${extension} documents are not read; convert it to text, Markdown or HTML first.`,
      { file: checked.name },
    );
  }
  const decoded = decodeBytes(bytes, {
    file: checked.name,
    allowReplacement: checked.allowReplacement,
    ...(checked.encoding ? { encoding: checked.encoding } : {}),
  });
  const warnings: IngestWarning[] = [];
  if (decoded.replaced > 0) {
    warnings.push({
      code: 'W_REPLACED_BYTES',
      message: `Replaced ${decoded.replaced} invalid byte sequence(s) with U+FFFD.`,
    });
  }
  if (decoded.encoding.confidence < ENCODING_WARNING_BELOW) {
    const others = (decoded.candidates ?? []).filter((name) => name !== decoded.encoding.name);
    warnings.push({
      code: 'W_ENCODING_GUESSED',
      message: `Encoding guessed as ${decoded.encoding.name} (confidence ${decoded.encoding.confidence}${others.length > 0 ? `; also possible: ${others.join(', ')}` : ''}); pass { encoding } if it is wrong.`,
    });
  }
  const format = formatOf(checked, decoded.text);
  return textToDocuments(decoded.text, format, checked, {
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
    encoding: decoded.encoding,
    ...(path ? { path } : {}),
    warnings,
  });
}

/**
 * Ingests raw bytes: detects the encoding (BOM, strict UTF-8, then legacy encodings), rejects binary
 * input, then works as `ingestText`. For JSON arrays and JSON Lines it returns the first article.
 */
export function ingestBytes(bytes: Uint8Array | ArrayBuffer, options?: IngestOptions): Document {
  return typed(() => ingestBytesAll(bytes, options), options)[0]!;
}
