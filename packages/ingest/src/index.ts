export type { IngestErrorCode } from './errors';
export { IngestError } from './errors';
export { ingestDirectory, ingestFile } from './files';
export { DEFAULT_MAX_BYTES, ingestBytes, ingestText } from './ingest';
export type { LanguageGuess } from './language';
export { identifyLanguage } from './language';
export { loadLanguageModel } from './language-model';
export { toSourceOffset, toSourceSpan } from './offsets';
export type {
  Block,
  BlockType,
  DirectoryOptions,
  Document,
  DocumentFormat,
  DocumentSource,
  EncodingInfo,
  IngestErrorRecord,
  IngestedDocument,
  IngestOptions,
  IngestWarning,
  Link,
  RemovalReason,
  RemovedContent,
  SocialPost,
  Span,
  TableCell,
  TableRow,
} from './types';
