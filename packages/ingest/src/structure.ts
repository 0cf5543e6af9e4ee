import { detectBoilerplate, type Removal } from './boilerplate';
import { identifyLanguage, type LanguageGuess } from './language';
import { composeRange, MappedBuilder, type Piece } from './offsets';
import { parseAttribution } from './social';
import type { Block, BlockType, Link, RemovalReason, Span, TableRow } from './types';

/** One line of the normalised text: `[start, end)` without its `\n`, `[cStart, cEnd)` without outer spaces. */
export interface Line {
  start: number;
  end: number;
  cStart: number;
  cEnd: number;
  text: string;
}

export type UnitKind = BlockType | 'blank';

/** A candidate block: one or more consecutive lines, kept or removed. */
export interface Unit {
  kind: UnitKind;
  lines: Line[];
  removed?: RemovalReason;
  level?: number;
  /** Characters at the start of the (only) line that are Markdown syntax, not text (`## `, `> `). */
  markup?: number;
  /** For social posts: the attribution line's parsed fields. */
  post?: { author?: string; handle?: string; date?: string };
  /** Links found in removed lines (reference lists, link lines). */
  links?: Link[];
  /** Heading-like layout (short, no final punctuation), decided before titles and headings. */
  headingLike?: boolean;
}

export interface StructureOptions {
  format: 'text' | 'markdown';
  lang?: string;
  /** Title from metadata (HTML, JSON): skip title detection and do not invent another. */
  knownTitle?: string;
  /** Year used for dates written without one. */
  referenceYear?: number;
}

export interface StructuredText {
  text: string;
  /** Map from `text` to the normalised input. */
  pieces: Piece[];
  blocks: Block[];
  links: Link[];
  removed: Removal[];
  title?: string;
  byline?: string;
  outlet?: string;
  language: LanguageGuess;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let cStart = start;
    let cEnd = end;
    while (cStart < cEnd && isSpace(text.charCodeAt(cStart))) cStart++;
    while (cEnd > cStart && isSpace(text.charCodeAt(cEnd - 1))) cEnd--;
    lines.push({ start, end, cStart, cEnd, text: text.slice(cStart, cEnd) });
    start = end + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

const TABLE_ROW = /^\|.*\|$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
const MD_HEADING = /^(#{1,6})\s+\S/;
const QUOTE = /^>\s?/;
// A line that is one quotation from its opening to its closing mark.
const WHOLLY_QUOTED = /^(?:「[^「」]*」|『[^『』]*』|“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»|"[^"]*")$/u;
const LIST_ITEM = /^(?:[-*+]\s+\S|[•·・▪◦‣]\s*\S|\d{1,3}[.)]\s+\S|[✅✔☑❌✗▶►]\s*\S)/u;

/** Lines to units: tables, Markdown headings, quotes, list items, paragraphs. */
export function toUnits(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (t === '') {
      units.push({ kind: 'blank', lines: [line] });
      continue;
    }
    if (TABLE_ROW.test(t) && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1]!.text)) {
      const rows = [line];
      let j = i + 1;
      while (j < lines.length && TABLE_ROW.test(lines[j]!.text)) rows.push(lines[j++]!);
      units.push({ kind: 'table', lines: rows });
      i = j - 1;
      continue;
    }
    const heading = MD_HEADING.exec(t);
    if (heading) {
      const markup = t.length - t.slice(heading[1]!.length).trimStart().length;
      units.push({ kind: 'heading', lines: [line], level: heading[1]!.length, markup });
      continue;
    }
    if (QUOTE.test(t)) {
      const markup = t.length - t.slice(1).trimStart().length;
      units.push({ kind: 'quote', lines: [line], markup });
      continue;
    }
    if (WHOLLY_QUOTED.test(t)) {
      units.push({ kind: 'quote', lines: [line] });
      continue;
    }
    if (LIST_ITEM.test(t)) {
      units.push({ kind: 'list-item', lines: [line] });
      continue;
    }
    // News text puts one paragraph on a line, in Markdown files too (soft-wrapped Markdown is rare there).
    units.push({ kind: 'paragraph', lines: [line] });
  }
  return units;
}

const FINAL_PUNCTUATION = /[.。．:：;；,，、…]$/u;
const QUESTION_OR_EXCLAMATION = /[?？!！]$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Display width: CJK characters count twice, as they carry about as much as two Latin letters. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 2 : 1;
  return w;
}

function stripClosers(text: string): string {
  return text.replace(/["'”’」』)）】》»*_]+$/u, '');
}

/** Short, no final sentence punctuation, some letters: how titles and section headings look. */
export function looksLikeHeading(text: string, maxWidth: number): boolean {
  if (text.length < 2 || !/\p{L}/u.test(text)) return false;
  if (/https?:\/\//.test(text)) return false;
  const w = width(text);
  if (w > maxWidth) return false;
  const bare = stripClosers(text);
  if (FINAL_PUNCTUATION.test(bare)) return false;
  if (QUESTION_OR_EXCLAMATION.test(bare) && w > maxWidth / 2) return false;
  // Commas make a clause list, as in captions and sentences, rarely a heading.
  if ((text.match(/[,，、]/gu)?.length ?? 0) >= 2) return false;
  // A Latin line that starts lower case continues a sentence.
  if (/^\p{Ll}/u.test(text) && !CJK.test(text)) return false;
  return true;
}

function unitText(unit: Unit): string {
  return unit.lines.map((l) => l.text).join('\n');
}

/** Decides titles, standfirsts, headings and social posts among the kept paragraphs. */
function classify(units: Unit[], options: StructureOptions): void {
  const kept = units.filter((u) => u.kind !== 'blank' && !u.removed);
  // Social posts: an attribution line "— Name (@handle) date" closes the line before it.
  for (let i = 0; i < kept.length; i++) {
    const unit = kept[i]!;
    if (unit.kind !== 'paragraph' || unit.lines.length !== 1) continue;
    const post = parseAttribution(unit.lines[0]!.text, options.referenceYear);
    if (!post) continue;
    unit.kind = 'social-post';
    unit.post = post;
    const before = kept[i - 1];
    const beforeIndex = units.indexOf(unit) - 1;
    // The post's own text is the line right above the attribution, when nothing separates them.
    if (before && before.kind === 'paragraph' && units[beforeIndex] === before) {
      unit.lines.unshift(...before.lines);
      before.kind = 'blank';
      before.lines = [];
    }
  }
  const body = units.filter((u) => u.kind !== 'blank' && !u.removed);
  const isBody = (u: Unit | undefined) => u !== undefined && u.kind !== 'heading' && u.kind !== 'title';
  let first = 0;
  if (!options.knownTitle && body[0]?.kind === 'paragraph' && body.length > 1) {
    const title = body[0];
    const next = body[1]!;
    if (
      title.lines.length === 1 &&
      looksLikeHeading(title.lines[0]!.text, 200) &&
      unitText(next).length > 0
    ) {
      title.kind = 'title';
      title.level = 1;
      first = 1;
      const standfirst = body[1];
      const after = body[2];
      if (
        standfirst?.kind === 'paragraph' &&
        standfirst.lines.length === 1 &&
        after &&
        width(standfirst.lines[0]!.text) <= 400 &&
        (looksLikeHeading(standfirst.lines[0]!.text, 200) ||
          width(unitText(after)) > width(unitText(standfirst)))
      ) {
        standfirst.kind = 'standfirst';
        first = 2;
      }
    }
  }
  for (let i = first; i < body.length; i++) {
    const unit = body[i]!;
    if (unit.kind !== 'paragraph' || unit.lines.length !== 1) continue;
    const next = body[i + 1];
    if (!next) continue;
    if (!looksLikeHeading(unit.lines[0]!.text, 80)) continue;
    // A heading introduces content; two in a row are a heading and its sub-heading.
    if (!isBody(next) && !(next.kind === 'paragraph')) {
      if (next.kind !== 'heading' || i + 2 >= body.length) continue;
    }
    unit.kind = 'heading';
    const previous = body[i - 1];
    unit.level = previous?.kind === 'heading' ? Math.min(6, (previous.level ?? 2) + 1) : 2;
  }
}

/**
 * Normalised text to structured, clean text: units, boilerplate removal, classification, then the
 * clean text with blocks (joined by blank lines) and its map back to the normalised input.
 */
export function structureText(normalized: string, options: StructureOptions): StructuredText {
  const lines = splitLines(normalized);
  const units = toUnits(lines);
  const boilerplate = detectBoilerplate(units, normalized);
  classify(units, options);

  const out = new MappedBuilder();
  const blocks: Block[] = [];
  const links: Link[] = [...boilerplate.links];
  let previousEnd = -1;
  let title: string | undefined;
  const pushRange = (start: number, end: number) => {
    out.push(normalized.slice(start, end), start, end, true);
  };
  for (const unit of units) {
    if (unit.kind === 'blank' || unit.removed || unit.lines.length === 0) continue;
    const firstLine = unit.lines[0]!;
    const contentStart = firstLine.cStart + (unit.markup ?? 0);
    if (unit.markup) {
      boilerplate.removed.push({
        reason: 'markup',
        text: normalized.slice(firstLine.cStart, contentStart),
        start: firstLine.cStart,
        end: contentStart,
      });
    }
    if (previousEnd >= 0) out.push('\n\n', previousEnd, contentStart, false);
    const blockStart = out.length;
    const rows: TableRow[] = [];
    let lineEnd = previousEnd;
    let postText: Span | undefined;
    unit.lines.forEach((line, index) => {
      const start = index === 0 ? contentStart : line.cStart;
      if (unit.kind === 'table' && TABLE_SEPARATOR.test(line.text)) {
        boilerplate.removed.push({ reason: 'markup', text: line.text, start: line.cStart, end: line.cEnd });
        return;
      }
      if (index > 0 && lineEnd >= 0 && out.length > blockStart) out.push('\n', lineEnd, start, false);
      const lineOut = out.length;
      pushRange(start, line.cEnd);
      lineEnd = line.cEnd;
      if (unit.kind === 'table') rows.push(tableRow(line, lineOut));
      if (unit.kind === 'social-post' && index === 0 && unit.lines.length > 1)
        postText = { start: lineOut, end: out.length };
    });
    previousEnd = lineEnd;
    const span = { start: blockStart, end: out.length };
    const block: Block = { type: unit.kind as BlockType, span };
    if (unit.level !== undefined && (unit.kind === 'heading' || unit.kind === 'title'))
      block.level = unit.level;
    if (unit.kind === 'table') block.rows = rows;
    if (unit.kind === 'social-post') {
      block.post = { ...unit.post };
      if (postText) block.post.textSpan = postText;
    }
    if (unit.kind === 'title') title = unitText(unit);
    blocks.push(block);
  }
  const text = out.toString();
  const language = options.lang
    ? { lang: options.lang, confidence: 1 }
    : identifyLanguage(
        blocks
          .filter((b) => b.type !== 'table')
          .map((b) => text.slice(b.span.start, b.span.end))
          .join('\n'),
      );
  for (const block of blocks) {
    const guess = options.lang
      ? language
      : blockLanguage(text.slice(block.span.start, block.span.end), language);
    block.lang = guess.lang;
    block.langConfidence = guess.confidence;
  }
  links.push(...findUrls(text));
  const result: StructuredText = {
    text,
    pieces: out.pieces,
    blocks,
    links,
    removed: boilerplate.removed.sort((a, b) => a.start - b.start || a.end - b.end),
    language,
  };
  if (title !== undefined) result.title = title;
  if (boilerplate.byline) result.byline = boilerplate.byline;
  if (boilerplate.outlet) result.outlet = boilerplate.outlet;
  return result;
}

/** A block's own language when it is clear; the document's when the block is too short to tell. */
function blockLanguage(text: string, documentLanguage: LanguageGuess): LanguageGuess {
  const guess = identifyLanguage(text);
  if (guess.lang === documentLanguage.lang)
    return { ...guess, confidence: Math.max(guess.confidence, documentLanguage.confidence * 0.9) };
  if (guess.lang === 'und' || guess.confidence < 0.6)
    return { lang: documentLanguage.lang, confidence: Math.min(0.5, documentLanguage.confidence) };
  return guess;
}

function tableRow(line: Line, outStart: number): TableRow {
  const text = line.text;
  const cells: TableRow['cells'] = [];
  // Cells sit between pipes; the outer pipes open and close the row.
  let cellStart = text.startsWith('|') ? 1 : 0;
  const end = text.endsWith('|') && text.length > 1 ? text.length - 1 : text.length;
  for (let i = cellStart; i <= end; i++) {
    if (i === end || (text[i] === '|' && text[i - 1] !== '\\')) {
      let a = cellStart;
      let b = i;
      while (a < b && text[a] === ' ') a++;
      while (b > a && text[b - 1] === ' ') b--;
      cells.push({ span: { start: outStart + a, end: outStart + b } });
      cellStart = i + 1;
    }
  }
  return { span: { start: outStart, end: outStart + text.length }, cells };
}

const URL_PATTERN = /https?:\/\/[^\s<>"'「」『』()（）[\]{}|，。、]+/gu;

export function findUrls(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    while (/[.,;:!?)\]'"’”]$/.test(url)) url = url.slice(0, -1);
    if (url.length < 10) continue;
    const start = match.index ?? 0;
    links.push({ url, span: { start, end: start + url.length }, text: url });
  }
  return links;
}

export { composeRange };
