import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { Removal } from './boilerplate';
import { markdownLibraries } from './markdown-libraries';
import type { Line, Segment, Unit } from './structure';

/**
 * Markdown files through a CommonMark parser (micromark, with GFM tables) instead of line patterns:
 * setext headings, lists with continuation lines, block quotes with lazy lines, tables, inline and
 * reference links and code fences come out as the structure they are. Each block becomes a unit whose
 * text is rendered from the parsed inline content, piece by piece with the source offsets the parser
 * gives, so every character of the clean text maps back to where it stands in the file; the syntax
 * itself (`#`, `>`, list markers, `**`, brackets, fences, the table's delimiter row) is neither text
 * nor "removed" content.
 */
export interface MarkdownUnits {
  units: Unit[];
  /** Raw HTML blocks and images: not text, but not dropped silently either. */
  removed: Removal[];
  /** URLs of reference definitions no link used. */
  unusedDefinitions: string[];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** One line of rendered text, built from source pieces, with its links and (tables) cells. */
class LineBuilder {
  readonly segments: Segment[] = [];
  readonly links: NonNullable<Line['links']> = [];
  readonly cells: NonNullable<Line['cells']> = [];
  text = '';

  push(text: string, start: number, end: number, exact: boolean): void {
    if (text === '') return;
    this.segments.push({ text, start, end, exact });
    this.text += text;
  }

  /** A soft line break: a space between words, nothing between two CJK characters. */
  joint(start: number, end: number, next: string): void {
    if (this.text === '') return;
    const cjk = CJK.test(this.text[this.text.length - 1]!) && CJK.test(next[0] ?? '');
    if (!cjk) this.push(' ', start, end, false);
  }

  toLine(): Line | undefined {
    const first = this.segments[0];
    const last = this.segments[this.segments.length - 1];
    if (!first || !last || this.text.trim() === '') return undefined;
    const line: Line = {
      start: first.start,
      end: last.end,
      cStart: first.start,
      cEnd: last.end,
      text: this.text,
      segments: this.segments,
    };
    if (this.links.length > 0) line.links = this.links;
    if (this.cells.length > 0) line.cells = this.cells;
    return line;
  }
}

// micromark is linear on ordinary Markdown but not on every input: an unclosed link destination is
// rescanned to the end of its block for every `[x](` before it, and deep `>`/list nesting costs more than
// its length (80,000 characters of `[a](` took 3 s, of `> > >` 10 s; scripts/pathological.ts). So the
// parser sees the text in chunks of bounded size, cut at blank lines outside code fences, else at a line
// end, and a line longer than MAX_LINE on its own in pieces cut at a space: the superlinear part stays
// within one chunk. Ordinary files are cut only between blocks.
const MAX_CHUNK = 8_000;
const MAX_LINE = 2_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** `[start, end)` ranges of `text` that the parser reads one at a time. */
export function markdownChunks(text: string): [number, number][] {
  const chunks: [number, number][] = [];
  let chunkStart = 0;
  let lastBlank = -1; // the end of the last blank line outside a fence: the best place to cut
  let fence: string | undefined;
  const cut = (at: number) => {
    if (at > chunkStart) chunks.push([chunkStart, at]);
    chunkStart = at;
    lastBlank = -1;
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = Math.min(text.length, end + 1);
    if (end - start > MAX_LINE) {
      cut(start);
      for (let from = start; from < next; ) {
        let to = Math.min(next, from + MAX_LINE);
        const space = text.lastIndexOf(' ', to);
        if (to < next && space > from + MAX_LINE / 2) to = space + 1;
        cut(to);
        from = to;
      }
      start = next;
      continue;
    }
    if (next - chunkStart > MAX_CHUNK) cut(lastBlank > chunkStart ? lastBlank : start);
    const marker = FENCE.exec(text.slice(start, Math.min(end, start + 16)))?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length)))
      fence = fence === undefined ? marker : undefined;
    if (fence === undefined && text.slice(start, end).trim() === '') lastBlank = next;
    start = next;
  }
  cut(text.length);
  return chunks;
}

class Renderer {
  readonly units: Unit[] = [];
  readonly removed: Removal[] = [];
  private readonly definitions = new Map<string, string>();
  private readonly usedDefinitions = new Set<string>();
  /** Where the chunk being rendered starts in `source`: the parser's offsets count from there. */
  base = 0;

  constructor(private readonly source: string) {}

  private offsets(node: Nodes): { start: number; end: number } {
    return {
      start: this.base + (node.position?.start.offset ?? 0),
      end: this.base + (node.position?.end.offset ?? 0),
    };
  }

  /** Copies `value` from `source[start, end)`: exact pieces where the value stands as written. */
  private copy(line: LineBuilder, value: string, start: number, end: number, softBreaks: boolean): void {
    const parts = value.split('\n');
    let cursor = start;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const at = this.find(part, cursor, end);
      if (at < 0) {
        // An escape or an entity changed the text: the rest maps to the rest of the node as a whole.
        const rest = parts.slice(i).join(softBreaks ? ' ' : '\n');
        line.push(i > 0 ? `${softBreaks ? ' ' : '\n'}${rest}` : rest, cursor, end, false);
        return;
      }
      if (i > 0) {
        if (softBreaks) line.joint(cursor, at, part);
        else line.push('\n', cursor, at, false);
      }
      line.push(part, at, at + part.length, true);
      cursor = at + part.length;
    }
  }

  /**
   * Where `part` stands in `source[from, end)`: right at `from`, or after the line break, indentation
   * and `>` markers the parser left out of the value. Bounded to that gap, so that a value the source
   * does not spell out (escapes, entities) costs no scan of the rest of the document.
   */
  private find(part: string, from: number, end: number): number {
    let k = from;
    for (;;) {
      if (k + part.length > end) return -1;
      if (this.source.startsWith(part, k)) return k;
      const c = this.source.charCodeAt(k);
      if (c !== 0x0a && c !== 0x20 && c !== 0x09 && c !== 0x3e) return -1;
      k++;
    }
  }

  private inline(nodes: readonly PhrasingContent[], line: LineBuilder): void {
    for (const node of nodes) {
      const { start, end } = this.offsets(node);
      switch (node.type) {
        case 'text':
          this.copy(line, node.value, start, end, true);
          break;
        case 'inlineCode':
          this.copy(line, node.value, start, end, true);
          break;
        case 'break':
          line.push('\n', start, end, false);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          this.inline(node.children, line);
          break;
        case 'link':
        case 'linkReference': {
          const from = line.text.length;
          this.inline(node.children, line);
          const url = node.type === 'link' ? node.url : this.definitions.get(node.identifier);
          if (node.type === 'linkReference') this.usedDefinitions.add(node.identifier);
          if (url && line.text.length > from) line.links.push({ url, start: from, end: line.text.length });
          break;
        }
        case 'image':
        case 'imageReference':
          if (node.alt) this.removed.push({ reason: 'markup', text: node.alt, start, end });
          break;
        default:
          // Inline HTML and anything else: syntax, not text.
          break;
      }
    }
  }

  private paragraphLine(node: Parents): LineBuilder {
    const line = new LineBuilder();
    this.inline(node.children as PhrasingContent[], line);
    return line;
  }

  private emit(kind: Unit['kind'], line: LineBuilder, extra: Partial<Unit> = {}): void {
    const built = line.toLine();
    if (built) this.units.push({ kind, lines: [built], markdown: true, ...extra });
  }

  private table(node: Table): void {
    const lines: Line[] = [];
    for (const row of node.children) {
      const line = new LineBuilder();
      for (const cell of row.children) {
        const { start } = this.offsets(cell);
        if (line.text !== '') line.push(' | ', start, start, false);
        const from = line.text.length;
        this.inline(cell.children, line);
        line.cells.push({ start: from, end: line.text.length });
      }
      const built = line.toLine();
      if (built) lines.push(built);
    }
    if (lines.length > 0) this.units.push({ kind: 'table', lines, markdown: true });
  }

  /** Block content in document order; `context` is the kind a paragraph takes inside a quote or list. */
  blocks(nodes: readonly RootContent[], context: 'paragraph' | 'quote'): void {
    for (const node of nodes) {
      const { start, end } = this.offsets(node);
      switch (node.type) {
        case 'heading':
          this.emit('heading', this.paragraphLine(node), { level: node.depth });
          break;
        case 'paragraph':
          this.emit(context, this.paragraphLine(node));
          break;
        case 'blockquote':
          this.blocks(node.children, 'quote');
          break;
        case 'list':
          for (const item of node.children) {
            // The item's own paragraphs make one list item (a loose item's paragraphs on their own lines);
            // nested lists and other blocks follow as their own units.
            const line = new LineBuilder();
            const rest: RootContent[] = [];
            for (const child of item.children) {
              if (child.type !== 'paragraph') rest.push(child);
              else if (rest.length === 0) {
                if (line.text !== '')
                  line.push('\n', this.offsets(child).start, this.offsets(child).start, false);
                this.inline(child.children, line);
              } else rest.push(child);
            }
            this.emit('list-item', line);
            this.blocks(rest, context);
          }
          break;
        case 'table':
          this.table(node);
          break;
        case 'code': {
          const line = new LineBuilder();
          // A fenced block's value starts on the line after its opening fence.
          const fenced = /^ {0,3}(?:```|~~~)/.test(this.source.slice(start, start + 6));
          const body = fenced ? this.source.indexOf('\n', start) + 1 || end : start;
          this.copy(line, node.value, Math.min(body, end), end, false);
          this.emit('code', line);
          break;
        }
        case 'html':
          if (node.value.trim() !== '') this.removed.push({ reason: 'markup', text: node.value, start, end });
          break;
        default:
          // Thematic breaks and definitions are syntax; definitions were read first.
          break;
      }
    }
  }

  collectDefinitions(node: Nodes): void {
    if (node.type === 'definition' && !this.definitions.has(node.identifier))
      this.definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) this.collectDefinitions(child);
  }

  unusedDefinitions(): string[] {
    return [...this.definitions].filter(([id]) => !this.usedDefinitions.has(id)).map(([, url]) => url);
  }
}

/** Parses normalised Markdown into units with rendered, source-mapped lines. */
export function markdownUnits(normalized: string): MarkdownUnits {
  const chunks = markdownChunks(normalized);
  const { fromMarkdown, gfmTable, gfmTableFromMarkdown } = markdownLibraries();
  const parse = (text: string): Root =>
    fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  let trees = chunks.map(([start, end]): [number, Root] => [start, parse(normalized.slice(start, end))]);
  if (trees.length > 1) trees = withAllDefinitions(normalized, chunks, trees, parse);
  const renderer = new Renderer(normalized);
  // Definitions apply to the whole file: read them from every chunk before rendering any.
  for (const [, tree] of trees) renderer.collectDefinitions(tree);
  for (const [start, tree] of trees) {
    renderer.base = start;
    renderer.blocks(tree.children, 'paragraph');
  }
  return {
    units: renderer.units,
    removed: renderer.removed.sort((a, b) => a.start - b.start),
    unusedDefinitions: renderer.unusedDefinitions(),
  };
}

/**
 * A reference link resolves only against a definition the parser has seen, and each chunk is parsed
 * alone: a chunk that uses a definition written in another is parsed again with every definition of the
 * file appended after its own text (after a blank line, so its blocks and offsets stay as they were).
 * Not done for a chunk that ends inside an open code fence, which would swallow them.
 */
function withAllDefinitions(
  normalized: string,
  chunks: [number, number][],
  trees: [number, Root][],
  parse: (text: string) => Root,
): [number, Root][] {
  const definitions: string[] = [];
  for (const [start, tree] of trees)
    for (const node of tree.children)
      if (node.type === 'definition')
        definitions.push(
          normalized.slice(
            start + (node.position?.start.offset ?? 0),
            start + (node.position?.end.offset ?? 0),
          ),
        );
  if (definitions.length === 0) return trees;
  const appendix = `\n\n${definitions.join('\n')}\n`;
  return trees.map(([start, tree], i) => {
    const text = normalized.slice(start, chunks[i]![1]);
    // Only chunks that may hold a reference link; a chunk with an odd number of fence lines ends open.
    if (!text.includes('][') && !/\[[^\]\n]{1,999}\](?!\()/.test(text)) return [start, tree];
    const fences = text.split('\n').filter((line) => FENCE.test(line)).length;
    return fences % 2 === 1 ? [start, tree] : [start, parse(text + appendix)];
  });
}
