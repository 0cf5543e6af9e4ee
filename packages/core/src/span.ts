/**
 * A stretch of text: half-open UTF-16 offsets `[start, end)` into the string it was made from (for
 * a document, `Document.text` after ingest). Every derived thing — block, sentence, token, mention,
 * the evidence of a claim — carries one, so any result can be highlighted where it came from.
 */
export interface Span {
  start: number;
  end: number;
}
