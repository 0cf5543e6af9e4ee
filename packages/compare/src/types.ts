import type { Span } from '@corpus/core';
import type { Entity, Mention, MentionValue } from '@corpus/entities';
import type { Document } from '@corpus/ingest';
import type { Segmentation } from '@corpus/segment';
import type { FactPredicate } from './facts/predicates';
import type { Qualifier } from './facts/qualifiers';

export type { Span };

export const SCHEMA_VERSION = 2 as const;

export interface Evidence {
  /** Document name. */
  source: string;
  /**
   * Span of the evidence sentence in that document's text; in a sentence over 1 000 characters, of
   * the part of it around the claim's mentions.
   */
  span: Span;
  /** The sentence itself. */
  sentence: string;
  /** Mention spans the fact was built from. */
  mentions?: Span[];
}

export interface Fact {
  /** Document name. */
  source: string;
  subject: { key: string; canonical: string };
  predicate: FactPredicate;
  value: MentionValue;
  /** Human-readable value as written (e.g. `November 2017`). */
  display: string;
  /** Who the article attributes the value to, if anyone ("according to …"). */
  attribution?: string;
  /** Entity key of the attributed source when it is a recognised entity (else a normalised text key). */
  attributionKey?: string;
  /** True when the clause named no subject and the story's main entity was used. */
  implicitSubject?: boolean;
  /** Span of the subject mention when the clause names it. */
  subjectSpan?: Span;
  /** Span of the mention that gave the value. */
  valueSpan?: Span;
  /** For quantities: half a unit of the last digit written, in the value's units (rounding tolerance). */
  tolerance?: number;
  /**
   * What the article says around the value: `about`, `over` ("more than", "以上"), `nearly`, `up to`
   * widen the amount compared; `projected` ("could reach", "見込み") makes it a forecast, compared only
   * with forecasts.
   */
  qualifiers?: Qualifier[];
  /**
   * The sub-event or side figure the value belongs to when its clause says so (`aftershock`,
   * `previous`): compared only with values of the same scope.
   */
  scope?: string;
  /**
   * Extraction certainty, 0..1: how sure @corpus/entities was of the value mention times how firmly the
   * value is tied to what it measures (1 beside its trigger word, down to 0.5 at the edge of its reach;
   * 0.9 in apposition to a name or a social post's date, 0.6 for a date carried from the sentence before).
   * Absent in facts stored before it existed, which count as 0.8.
   */
  confidence?: number;
  evidence: Evidence;
}

export interface AnalyzedDocument {
  /**
   * Always `'analyzed'` in what `analyze` and `analyzeMany` return, so that `result.kind` tells an
   * analysed document from an `AnalyzeErrorRecord`; optional for documents built or stored elsewhere.
   */
  kind?: 'analyzed';
  document: Document;
  segmentation: Segmentation;
  mentions: Mention[];
  facts: Fact[];
  /** Reference date (ISO) used to resolve dates without a year, when one was given or derived. */
  referenceDate?: string;
  /**
   * The stretches of text whose dates depend on the reference date ("6 January", "yesterday"), as
   * @corpus/entities left them (`deferDates`): compare() resolves them against the story's date
   * without reading the text again. Plain JSON; pass it on unchanged.
   */
  pendingDates?: Mention[];
}

export type ConflictKind =
  | 'contradiction'
  | 'spellingVariant'
  | 'differentPrecision'
  | 'differsBySource'
  | 'differs'
  | 'evolving'
  | 'internal';

export interface FactValueGroup {
  value: MentionValue | string;
  display: string;
  sources: string[];
  evidence: Evidence[];
}

/**
 * A group's predicate: a fact's, `name` for the spellings of one entity's name (`spellingVariant`), or
 * `stated` for a value several articles state alike with no concept word to say what it measures.
 */
export type GroupPredicate = FactPredicate | 'name' | 'stated';

export interface FactGroup {
  kind?: ConflictKind;
  predicate: GroupPredicate;
  subject: { key: string; canonical: string };
  values: FactValueGroup[];
  /**
   * How much to trust this agreement or conflict, 0..1 (two decimals). Each value's support is the
   * chance that at least one of its sources was read right: 1 − Π(1 − c) over its documents, c being
   * the best extraction certainty (`Fact.confidence`) in that document. It is multiplied by the
   * alignment strength: 1 when a source names the subject in the clause, 0.8 when every source left it
   * implicit (the story's main entity was assumed), 0.8 for spelling variants (names merged by entity
   * linking, each document counting 0.9). An agreement is as sure as its value's support; a conflict
   * needs two values that are both really stated, so it is as sure as its second-best-supported value.
   */
  confidence: number;
  /**
   * Why the group is as sure as it is: short codes and a sentence each (`sources: stated by 3 sources
   * (support 99 %)`, `certainty: weakest reading 60 % (b.txt)`, `alignment: same concept “died”…`,
   * `values: …`, `qualifiers: …`).
   */
  reasons?: string[];
  /**
   * For a claim no concept takes (predicate `stated`): the head word of its values, lightly lemmatised —
   * the noun a count counts ("ambulance" for "40 new ambulances", "消防士" for "1200名の消防士"), the noun
   * another value measures ("beam" for "a 40 tonne beam") or the verb of what happened ("painted" for
   * "painted on 3 March").
   */
  head?: string;
  /**
   * The story the group belongs to, as a position in `Comparison.stories`, when the corpus mixes
   * several: claims are compared only within one story.
   */
  story?: number;
}

export interface CompareWarning {
  code: string;
  message: string;
  document?: string;
}

export interface ComparedDocument {
  id: string;
  name: string;
  lang: string;
  title?: string;
  outlet?: string;
  /** When it was published, for sorting: an ISO date, or an instant (`IngestedDocument.published`). */
  published?: string;
  /**
   * The publication time as the source wrote it, with its offset (`2026-03-12T16:30:00+01:00`), when
   * it wrote a time (`IngestedDocument.publishedAsWritten`): what the reports show.
   */
  publishedAsWritten?: string;
  characters: number;
  sentences: number;
  tokens: number;
  mentions: number;
}

export interface Comparison {
  schemaVersion: typeof SCHEMA_VERSION;
  documents: ComparedDocument[];
  entities: Entity[];
  /** coverage[entityKey][documentName] = number of mentions. */
  coverage: Record<string, Record<string, number>>;
  facts: Fact[];
  agreements: FactGroup[];
  conflicts: FactGroup[];
  unique: Record<string, { entities: string[]; facts: Fact[] }>;
  /**
   * similarity.matrix[i][j] for documents[i], documents[j], in [0, 1] (empty above `exactLimit`
   * documents); `pairs` lists `[i, j, similarity]` (i < j) for the pairs at or above the threshold.
   */
  similarity: { documents: string[]; matrix: number[][]; pairs?: [number, number, number][] };
  /** Near-duplicate clusters: documents in one language sharing most of their word 3-shingles. */
  nearDuplicates?: string[][];
  /** The stories the corpus mixes: documents linked by similarity and shared entities (one story each). */
  stories?: {
    documents: string[];
    entities: string[];
    /** When the corpus mixes stories: the reference date of this story's dates without a year. */
    referenceDate?: string;
    /** When the corpus mixes stories: this story's main entity. */
    mainEntity?: { key: string; canonical: string };
  }[];
  timeline: { date: string; facts: Fact[] }[];
  /** Reference date used for dates stated without a year (derived from the corpus unless given). */
  referenceDate?: string;
  /** The story's main entity: the most covered person (facts without a stated subject are about it). */
  mainEntity?: { key: string; canonical: string };
  warnings: CompareWarning[];
}

/**
 * What `compareTexts` returns: the Comparison, and the analysed documents it was computed from, so
 * that `renderHtml(comparison)` shows the source texts and links each value to its evidence in them.
 * `analyzed` is not enumerable: `renderJson`, `JSON.stringify` and a spread (`{ ...comparison }`) see
 * the Comparison alone, and the JSON schema stays what `schema.json` says.
 */
export interface TextsComparison extends Comparison {
  readonly analyzed: readonly AnalyzedDocument[];
}
