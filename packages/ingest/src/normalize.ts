import { composePieces, MappedBuilder, type Piece } from './offsets';

export interface NormalizedText {
  text: string;
  /** Map from `text` back to the input string. */
  pieces: Piece[];
  /** How many characters of each kind were changed, for warnings. */
  changes: { controls: number; spaces: number; invisible: number; lineEnds: number; composed: number };
}

// Characters that are rewritten or dropped; everything else passes through NFC untouched.
// C0 controls but \t and \n, DEL, C1 controls, soft hyphen, zero-width space, word joiner, BOM, line/paragraph separators, odd spaces.
const SPECIAL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\ufeff]/;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/;
// A boundary before such a character is safe for NFC: it is neither a combining mark nor a Hangul jamo
// that composes with what precedes it. Checked by a property test against whole-string NFC.
const COMPOSES_BACKWARD = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;

// Unicode's Stream-Safe Text Format (UAX #15): after 30 combining marks in a row, a COMBINING GRAPHEME
// JOINER (U+034F) starts a new run. Without it `String.prototype.normalize` (ICU) reorders a long run of
// marks in quadratic time: 64 000 alternating marks take seconds, a "combining flood" of 10^6 forever.
const MAX_MARKS = 30;
const LONG_MARK_RUN = /\p{M}{31}/u;
const MARK = /\p{M}/u;
const CGJ = '\u034f';

/** Inserts U+034F after every 30th mark of a run (Stream-Safe Text Format), with its offset map. */
function streamSafe(input: string): { text: string; pieces: Piece[] } | undefined {
  if (!LONG_MARK_RUN.test(input)) return undefined;
  const out = new MappedBuilder();
  let run = 0;
  let copied = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length;
    const ch = wide ? input.slice(i, i + 2) : input[i]!;
    if (!MARK.test(ch)) run = 0;
    else if (++run > MAX_MARKS) {
      out.push(input.slice(copied, i), copied, i, true);
      out.push(CGJ, i, i, false);
      copied = i;
      run = 1;
    }
    if (wide) i++;
  }
  out.push(input.slice(copied), copied, input.length, true);
  return { text: out.toString(), pieces: out.pieces };
}

/**
 * NFC, `\n` line endings, no stray control or zero-width characters, plain spaces: with an offset map.
 * Runs of more than 30 combining marks get a U+034F every 30 marks (Stream-Safe Text Format).
 */
export function normalizeText(input: string): NormalizedText {
  // Two passes: rewrite special characters, then compose (NFC) what remains, so that a combining mark
  // separated from its base by a removed control character still composes with it.
  const out = new MappedBuilder();
  const changes = { controls: 0, spaces: 0, invisible: 0, lineEnds: 0, composed: 0 };
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) out.push(input.slice(runStart, end), runStart, end, true);
  };
  const special = new RegExp(SPECIAL.source, 'g');
  for (let match = special.exec(input); match !== null; match = special.exec(input)) {
    let i = match.index;
    const ch = match[0];
    flush(i);
    if (ch === '\r') {
      const pair = input[i + 1] === '\n';
      out.push('\n', i, pair ? i + 2 : i + 1, false);
      changes.lineEnds++;
      if (pair) {
        i++;
        special.lastIndex = i + 1;
      }
    } else if (ch === '\u2028' || ch === '\u2029' || ch === '\u0085') {
      out.push('\n', i, i + 1, false);
      changes.lineEnds++;
    } else if (SPACES.test(ch)) {
      out.push(' ', i, i + 1, false);
      changes.spaces++;
    } else if (ch === '\u200b' || ch === '\u2060' || ch === '\ufeff' || ch === '\u00ad') {
      out.push('', i, i + 1, false);
      changes.invisible++;
    } else {
      out.push('', i, i + 1, false);
      changes.controls++;
    }
    runStart = i + 1;
  }
  flush(input.length);
  let rewritten = out.toString();
  let rewrittenPieces = out.pieces;
  // After the controls are gone (they could separate marks), before composing.
  const safe = streamSafe(rewritten);
  if (safe) {
    rewritten = safe.text;
    rewrittenPieces = composePieces(safe.pieces, out.pieces);
  }
  const composed = new MappedBuilder();
  pushComposed(composed, rewritten, 0, rewritten.length, changes);
  return { text: composed.toString(), pieces: composePieces(composed.pieces, rewrittenPieces), changes };
}

function pushComposed(
  out: MappedBuilder,
  input: string,
  start: number,
  end: number,
  changes: NormalizedText['changes'],
): void {
  const run = input.slice(start, end);
  const composed = run.normalize('NFC');
  if (composed === run) {
    out.push(run, start, end, true);
    return;
  }
  // Compose chunk by chunk so that unchanged text keeps an exact map.
  let chunkStart = 0;
  for (let i = 1; i <= run.length; i++) {
    if (i < run.length) {
      const code = run.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff) continue; // never split a surrogate pair
      const cp = run.codePointAt(i)!;
      if (COMPOSES_BACKWARD.test(String.fromCodePoint(cp))) continue;
    }
    const chunk = run.slice(chunkStart, i);
    const nfc = chunk.normalize('NFC');
    if (nfc === chunk) out.push(chunk, start + chunkStart, start + i, true);
    else {
      out.push(nfc, start + chunkStart, start + i, false);
      changes.composed++;
    }
    chunkStart = i;
  }
}
