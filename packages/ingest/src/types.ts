import type { Span } from '@corpus/core';
import type { IngestErrorCode } from './errors';

/** The monorepo's one `Span` (from @corpus/core): half-open UTF-16 offsets, `text.slice(start, end)`. */
export type { Span };

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

export type BlockType =
  | 'title'
  | 'standfirst'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'table'
  | 'social-post'
  | 'reference-list'
  | 'code';

export interface TableCell {
  span: Span;
}

export interface TableRow {
  span: Span;
  cells: TableCell[];
}

export interface SocialPost {
  author?: string;
  handle?: string;
  /** ISO date (YYYY-MM-DD) when the post carries one. */
  date?: string;
  /** The post's own text span, without the attribution line. */
  textSpan?: Span;
}

export interface Block {
  type: BlockType;
  span: Span;
  /** BCP 47 language of this block when identified (may differ from the document's). */
  lang?: string;
  /** 0..1 confidence of `lang`. */
  langConfidence?: number;
  /** Heading depth (1 = top) for headings. */
  level?: number;
  /** Rows for `table` blocks (header row first; the separator row is not a row). */
  rows?: TableRow[];
  /** Details for `social-post` blocks. */
  post?: SocialPost;
}

export interface Link {
  url: string;
  /** Where the link's text (or the bare URL) stands in `Document.text`, if it is in the text. */
  span?: Span;
  text?: string;
  /** Where the link came from: a URL in the text, a Markdown/HTML link, a removed link line or reference list. */
  kind?: 'inline' | 'markdown' | 'html' | 'link-line' | 'reference';
}

export type RemovalReason =
  | 'advertisement'
  | 'comment-widget'
  | 'call-to-comment'
  | 'share-widget'
  | 'newsletter'
  | 'cookie-notice'
  | 'navigation'
  | 'promotion'
  | 'byline'
  | 'dateline'
  | 'outlet'
  | 'reference-list'
  | 'link-line'
  | 'markup'
  | 'not-main-content';

/** Text that ingest kept out of `Document.text`, with why: nothing is dropped silently. */
export interface RemovedContent {
  reason: RemovalReason;
  text: string;
  /** Offsets into the decoded source text (before normalisation). */
  sourceSpan?: Span;
}

export interface IngestWarning {
  code: string;
  message: string;
  span?: Span;
}

export interface EncodingInfo {
  /** WHATWG encoding label actually used, e.g. `utf-8`, `shift_jis`. */
  name: string;
  /** 0..1: 1 for a BOM or valid UTF-8, lower for statistical guesses. */
  confidence: number;
  bom?: boolean;
}

export interface DocumentSource {
  name: string;
  path?: string;
  /** Byte length of the input. */
  bytes: number;
  encoding: EncodingInfo;
  format: DocumentFormat;
  /** Hex sha256 of the input bytes. */
  sha256: string;
}

/** An article after ingest: its clean text, structure, and everything removed, with where it came from. */
export interface IngestedDocument {
  /** Stable id derived from a hash of the content. */
  id: string;
  source: DocumentSource;
  /** BCP 47 language subtag (`it`, `zh`, `ja`…), `und` when it cannot tell. The script, when it tells languages apart, is in `langScript`. */
  lang: string;
  langConfidence: number;
  /** ISO 15924 script when it distinguishes written standards: `Hans`/`Hant` for Chinese (`zh` + `Hans` = `zh-Hans`). */
  langScript?: string;
  title?: string;
  byline?: string;
  outlet?: string;
  /**
   * When the document says it was published, for sorting and comparing: an ISO date (`2026-03-12`)
   * when it states a day only (no time is invented), else the instant in UTC
   * (`2026-03-12T15:30:00.000Z`). A time written without a zone gives the day only (its instant is
   * unknown); `publishedAsWritten` keeps the time.
   */
  published?: string;
  /**
   * The publication time as the source wrote it, when it wrote a time: its local date and clock time
   * with the UTC offset it stated, as ISO 8601 (`2026-03-12T16:30:00+01:00` for "16:30+01:00"; `Z`
   * for UTC), or without an offset when it stated no zone (`2026-03-12T16:30:00`). Show this to a
   * reader; sort by `published`. Absent for a date alone.
   */
  publishedAsWritten?: string;
  /** Clean text: NFC, `\n` line endings, boilerplate removed. */
  text: string;
  blocks: Block[];
  links: Link[];
  removed: RemovedContent[];
  warnings: IngestWarning[];
  /**
   * Offset map from `text` back to the source text (the decoded input for text/Markdown; the extracted
   * text for HTML/JSON), as flat quintuples `[textStart, textEnd, sourceStart, sourceEnd, exact]`.
   * Read it with `toSourceOffset` / `toSourceSpan`. Always set by ingest; optional so that documents built
   * by hand (tests, other tools) need not carry one — without it, offsets map to themselves.
   */
  sourceMap?: number[];
}

/** What `ingestDirectory` yields for a file it could not ingest (it never throws for one bad file). */
export interface IngestErrorRecord {
  kind: 'error';
  /** File name relative to the directory. */
  name: string;
  path: string;
  code: IngestErrorCode;
  message: string;
}

export interface IngestOptions {
  /** Name recorded in `source.name` (default: the file name, or `untitled`). */
  name?: string;
  /** BCP 47 language override: skips identification. */
  lang?: string;
  /** Format override; default: by extension, then by sniffing the content. */
  format?: DocumentFormat;
  /** Encoding override (any WHATWG label, e.g. `shift_jis`); default: BOM, UTF-8, then detection. */
  encoding?: string;
  /** Largest input accepted, in bytes (default 10 MB). Files are checked with `stat` before reading. */
  maxBytes?: number;
  /** Date that relative dates resolve against (ISO string or Date); defaults to the published date or none. */
  referenceDate?: string | Date;
  /** Accept invalid bytes, decoding them to U+FFFD and recording a warning, instead of `E_ENCODING`. */
  allowReplacement?: boolean;
}

export interface DirectoryOptions extends Omit<IngestOptions, 'name'> {
  /** Which files to ingest, by their name relative to the directory (default: every file). */
  include?: (name: string) => boolean;
  /** Descend into sub-directories (default false). */
  recursive?: boolean;
}

/**
 * @deprecated Use `IngestedDocument`: `Document` shadows the DOM's global `Document` type wherever both
 * are in scope (a page that imports it loses `document`'s type). Kept as an alias until the next major.
 */
export type Document = IngestedDocument;
