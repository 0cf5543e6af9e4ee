import type { AnalyzedDocument } from '../src/types';

export interface SyntheticOptions {
  seed?: number;
  nearDuplicateShare?: number;
  maxStory?: number;
  words?: number;
}
export interface SyntheticInfo {
  planted: [string, string][];
  storyOf: Int32Array;
}
export function prng(seed: number): () => number;
export function syntheticCorpus(
  n: number,
  options?: SyntheticOptions,
): { docs: AnalyzedDocument[]; planted: [string, string][]; storyOf: Int32Array };
export function syntheticDocuments(
  n: number,
  options?: SyntheticOptions,
  info?: SyntheticInfo,
): Generator<AnalyzedDocument, void, undefined>;
export function analyzedShell(parts: {
  name: string;
  lang: string;
  text: string;
  sentences: { start: number; end: number }[];
  tokens: unknown[];
  mentions: unknown[];
  segmenter?: string;
}): AnalyzedDocument;
