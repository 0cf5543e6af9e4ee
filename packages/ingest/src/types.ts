/** Half-open UTF-16 offsets into `Document.text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

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
  | 'reference-list';

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
  | 'outlet'
  | 'reference-list'
  | 'link-line'
  | 'markup';

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

export interface Document {
  /** Stable id derived from a hash of the content. */
  id: string;
  source: DocumentSource;
  /** BCP 47 tag, `und` when it cannot tell. */
  lang: string;
  langConfidence: number;
  title?: string;
  byline?: string;
  outlet?: string;
  /** ISO date or date-time where the document states it. */
  published?: string;
  /** Clean text: NFC, `\n` line endings, boilerplate removed. */
  text: string;
  blocks: Block[];
  links: Link[];
  removed: RemovedContent[];
  warnings: IngestWarning[];
}
