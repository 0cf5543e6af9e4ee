// What travels between analyzeMany and its workers. A result's tokens and sentences are two thirds of
// its structured-clone size and most of the time the calling thread spends receiving it. They travel
// as typed arrays (transferred, not copied) and are rebuilt as the same plain objects on arrival;
// anything of another shape travels as it is.
import type { AnalyzeOptions } from './analyze';
import type { AnalyzeManyResult } from './analyze-one';

/** What a worker starts with: the module that rebuilds its segmenter. It outlives one call (workers.ts). */
export interface WorkerSetup {
  /** A module specifier (file URL or package name) whose `segmenter` export the worker uses. */
  workerModule?: string;
}

/**
 * A batch of inputs sent to a worker: each with its position in the caller's sequence. The first
 * batch of a call carries the call's options (plain data); later ones reuse them.
 */
export interface WorkerRequest {
  batch: number;
  items: { index: number; input: unknown }[];
  /**
   * One claim per item, shared with the calling thread: whoever first turns an item's 0 into its own
   * mark analyses it. The calling thread takes items a worker has not reached when it has nothing
   * else to do, so neither thread waits for the other's queue.
   */
  claims: Int32Array;
  options?: AnalyzeOptions;
}

/** An item's claim: free, taken by the worker, taken by the calling thread. */
export const FREE = 0;
export const BY_WORKER = 1;
export const BY_CALLER = 2;

/** Marks the item as this side's; false when the other side took it first. */
export function claim(claims: Int32Array, item: number, by: typeof BY_WORKER | typeof BY_CALLER): boolean {
  return Atomics.compareExchange(claims, item, FREE, by) === FREE;
}

/**
 * The worker's answer to one batch: one packed result per item, in the batch's order; null for an
 * item the calling thread took.
 */
export interface WorkerResponse {
  batch: number;
  results: (PackedResult | null)[];
}

interface PackedTokens {
  /** start, end of each token. */
  spans: Int32Array;
  /** Index into `table` of each token's [kind, script]. */
  codes: Uint16Array;
  table: [string, string][];
}

/** What a worker posts for one input. */
export interface PackedResult {
  result: AnalyzeManyResult;
  tokens?: PackedTokens;
  /** start, end of each sentence. */
  sentences?: Int32Array;
}

function isInt32(n: unknown): n is number {
  return typeof n === 'number' && (n | 0) === n;
}

function isPlainSpan(s: unknown): s is { start: number; end: number } {
  if (typeof s !== 'object' || s === null || Object.getPrototypeOf(s) !== Object.prototype) return false;
  const keys = Object.keys(s);
  const o = s as { start?: unknown; end?: unknown };
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end' && isInt32(o.start) && isInt32(o.end);
}

function packTokens(tokens: readonly unknown[]): PackedTokens | undefined {
  const spans = new Int32Array(2 * tokens.length);
  const codes = new Uint16Array(tokens.length);
  const table: [string, string][] = [];
  const codeOf = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as { span?: unknown; kind?: unknown; script?: unknown };
    if (typeof t !== 'object' || t === null || Object.getPrototypeOf(t) !== Object.prototype)
      return undefined;
    const keys = Object.keys(t);
    if (keys.length !== 3 || keys[0] !== 'span' || keys[1] !== 'kind' || keys[2] !== 'script')
      return undefined;
    if (!isPlainSpan(t.span) || typeof t.kind !== 'string' || typeof t.script !== 'string') return undefined;
    spans[2 * i] = t.span.start;
    spans[2 * i + 1] = t.span.end;
    const key = `${t.kind}\u0000${t.script}`;
    let code = codeOf.get(key);
    if (code === undefined) {
      if (table.length === 0xffff) return undefined;
      code = table.length;
      codeOf.set(key, code);
      table.push([t.kind, t.script]);
    }
    codes[i] = code;
  }
  return { spans, codes, table };
}

function packSpans(spans: readonly unknown[]): Int32Array | undefined {
  const out = new Int32Array(2 * spans.length);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!isPlainSpan(s)) return undefined;
    out[2 * i] = s.start;
    out[2 * i + 1] = s.end;
  }
  return out;
}

/** The result with its tokens and sentences as typed arrays, and the buffers to transfer. */
export function packResult(result: AnalyzeManyResult): { packed: PackedResult; transfer: ArrayBuffer[] } {
  if (result.kind === 'error') return { packed: { result }, transfer: [] };
  const seg = result.segmentation;
  const tokens = Array.isArray(seg.tokens) ? packTokens(seg.tokens) : undefined;
  const sentences = Array.isArray(seg.sentences) ? packSpans(seg.sentences) : undefined;
  if (!tokens && !sentences) return { packed: { result }, transfer: [] };
  const segmentation = { ...seg };
  if (tokens) segmentation.tokens = [];
  if (sentences) segmentation.sentences = [];
  const packed: PackedResult = { result: { ...result, segmentation } };
  const transfer: ArrayBuffer[] = [];
  if (tokens) {
    packed.tokens = tokens;
    transfer.push(tokens.spans.buffer as ArrayBuffer, tokens.codes.buffer as ArrayBuffer);
  }
  if (sentences) {
    packed.sentences = sentences;
    transfer.push(sentences.buffer as ArrayBuffer);
  }
  return { packed, transfer };
}

/** The result as `analyze` returned it in the worker (deep-equal, same key order). */
export function unpackResult(packed: PackedResult): AnalyzeManyResult {
  const { result, tokens, sentences } = packed;
  if (result.kind === 'error') return result;
  if (tokens) {
    const { spans, codes, table } = tokens;
    const out = new Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const [kind, script] = table[codes[i]!]!;
      out[i] = { span: { start: spans[2 * i]!, end: spans[2 * i + 1]! }, kind, script };
    }
    result.segmentation.tokens = out;
  }
  if (sentences) {
    const out = new Array(sentences.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = { start: sentences[2 * i]!, end: sentences[2 * i + 1]! };
    result.segmentation.sentences = out;
  }
  return result;
}
