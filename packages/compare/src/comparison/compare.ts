import { type Entity, linkEntities } from '@corpus/entities';
import type { Document } from '@corpus/ingest';
import { termCounts } from '../corpus/comparison-index';
import { minhashSignature, shingleHashes } from '../corpus/minhash';
import { exactStructure, indexedStructure, type Structure, type StructureOptions } from '../corpus/stories';
import { type SimilarityFeatures, similarityMatrix } from '../corpus/tfidf-similarity';
import { CompareError } from '../errors';
import { STORY_SUBJECT } from '../facts/predicates';
import { valueClassOf, valueKey } from '../facts/values';
import { type AnalyzeOptions, analyze, isDocument, type TextInput, toIso } from '../pipeline/analyze';
import {
  type AnalyzedDocument,
  type ComparedDocument,
  type CompareWarning,
  type Comparison,
  type Evidence,
  type Fact,
  type FactGroup,
  SCHEMA_VERSION,
  type Span,
} from '../types';
import { groupFacts } from './group';
import { corpusReferenceDate } from './reference-date';

export interface CompareOptions extends AnalyzeOptions, StructureOptions {
  /**
   * Up to this many documents the comparison computes every pair: the dense similarity matrix, exact
   * near duplicates and stories. Beyond it, pairs come from the index (shared keys, MinHash/LSH), the
   * matrix is left empty (read `similarity.pairs`) and coverage rows list only documents that mention
   * the entity. Default 1000.
   */
  exactLimit?: number;
}

/** Default for `CompareOptions.exactLimit`. */
export const EXACT_LIMIT = 1000;

/** Two distinct sources seen so far: enough to tell whether any source other than a given one exists. */
class TwoSources {
  private a?: string;
  private b?: string;
  add(source: string): void {
    if (this.a === undefined) this.a = source;
    else if (this.b === undefined && source !== this.a) this.b = source;
  }
  hasOtherThan(source: string): boolean {
    return (this.a !== undefined && this.a !== source) || (this.b !== undefined && this.b !== source);
  }
}

const spanKey = (doc: string, span: Span) => `${doc}\u0000${span.start}:${span.end}`;

function sentenceAround(doc: AnalyzedDocument, span: Span): Evidence {
  const sentence = doc.segmentation.sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? span;
  return {
    source: doc.document.source.name,
    span: { start: sentence.start, end: sentence.end },
    sentence: doc.document.text.slice(sentence.start, sentence.end),
    mentions: [{ start: span.start, end: span.end }],
  };
}

function validate(analyzed: unknown): asserts analyzed is AnalyzedDocument[] {
  if (!Array.isArray(analyzed)) {
    throw new CompareError('E_INVALID_INPUT', 'Expected an array of analysed documents (from analyze()).');
  }
  const seen = new Set<string>();
  analyzed.forEach((a, i) => {
    const doc = (a as Partial<AnalyzedDocument> | null)?.document;
    if (!doc || !isDocument(doc) || !Array.isArray((a as AnalyzedDocument).mentions)) {
      throw new CompareError(
        'E_INVALID_INPUT',
        `Expected item ${i} to be an analysed document (the result of analyze()); use compareTexts() for raw text.`,
      );
    }
    const name = doc.source.name;
    if (seen.has(name)) {
      throw new CompareError(
        'E_DUPLICATE_NAME',
        `Two documents are named ${JSON.stringify(name)}; give each input a distinct name.`,
      );
    }
    seen.add(name);
  });
}

/** Re-analyses documents whose yearless dates were resolved without the story's reference date. */
function withReferenceDate(
  analyzed: AnalyzedDocument[],
  options: CompareOptions,
): { docs: AnalyzedDocument[]; referenceDate?: string } {
  const referenceDate = toIso(options.referenceDate) ?? corpusReferenceDate(analyzed);
  if (!referenceDate) return { docs: analyzed };
  const docs = analyzed.map((a) => {
    if (a.referenceDate !== undefined && options.referenceDate === undefined) return a;
    // A document's own publication date says best what year its "6 January" is; else the story's.
    const own =
      options.referenceDate === undefined &&
      a.document.published &&
      /^\d{4}-\d\d-\d\d/.test(a.document.published)
        ? a.document.published.slice(0, 10)
        : referenceDate;
    if (a.referenceDate === own) return a;
    const yearless = a.mentions.some(
      (m) => m.value?.kind === 'date' && (m.value.yearInferred === true || m.value.iso.startsWith('--')),
    );
    if (!yearless) return { ...a, referenceDate: own };
    return analyze(a.document, { ...options, referenceDate: own });
  });
  return { docs, referenceDate };
}

/**
 * Compares analysed documents: entities and their coverage, facts grouped into agreements and
 * conflicts, what only one document says, document similarity and a timeline. Deterministic; the
 * result is plain JSON (see `@corpus/compare/schema.json`).
 */
export function compare(analyzed: readonly AnalyzedDocument[], options: CompareOptions = {}): Comparison {
  validate(analyzed);
  const { docs, referenceDate } = withReferenceDate([...analyzed], options);
  const names = docs.map((d) => d.document.source.name);
  const warnings: CompareWarning[] = [];

  const entities: Entity[] = linkEntities(
    docs.map((d) => ({ id: d.document.source.name, mentions: d.mentions, lang: d.document.lang })),
  );
  const entityBySpan = new Map<string, Entity>();
  const entityByKey = new Map<string, Entity>();
  for (const entity of entities) {
    entityByKey.set(entity.key, entity);
    for (const ref of entity.mentions) entityBySpan.set(spanKey(ref.document, ref.span), entity);
  }
  const canonical: Record<string, string> = {};
  for (const entity of entities) canonical[entity.key] = entity.canonical;
  const linked = (doc: string, span: Span | undefined, key: string): string =>
    (span && entityBySpan.get(spanKey(doc, span))?.key) ?? entityByKey.get(key)?.key ?? key;

  // The story's main entity: the person most documents name, then most often.
  const main = entities
    .filter((e) => e.type === 'PERSON')
    .sort(
      (a, b) =>
        b.documents.length - a.documents.length ||
        b.mentions.length - a.mentions.length ||
        a.key.localeCompare(b.key),
    )[0];
  const mainEntity = main ? { key: main.key, canonical: main.canonical } : undefined;

  const facts: Fact[] = [];
  for (const doc of docs) {
    const name = doc.document.source.name;
    for (const original of doc.facts) {
      const fact: Fact = structuredClone(original);
      if (fact.implicitSubject) {
        fact.subject = mainEntity ? { ...mainEntity } : { ...STORY_SUBJECT };
      } else if (fact.subject.key !== STORY_SUBJECT.key) {
        const key = linked(name, fact.subjectSpan, fact.subject.key);
        fact.subject = { key, canonical: canonical[key] ?? fact.subject.canonical };
      }
      if (fact.value.kind === 'text') {
        fact.value = { kind: 'text', normalized: linked(name, fact.valueSpan, fact.value.normalized) };
      }
      if (fact.attributionKey) fact.attributionKey = linked(name, undefined, fact.attributionKey);
      facts.push(fact);
    }
    if (doc.facts.length === 0 && doc.document.text.trim().length > 0) {
      warnings.push({
        code: 'W_NO_FACTS',
        message: `No facts found in ${name} (${doc.document.lang}); add trigger words for this language in src/locales/.`,
        document: name,
      });
    }
  }

  const published: Record<string, string | undefined> = {};
  for (const doc of docs) published[doc.document.source.name] = doc.document.published;
  const grouped = groupFacts(facts, { documents: names, published, names: canonical });

  // Spelling variants that entity linking merged into one referent.
  const docByName = new Map(docs.map((d) => [d.document.source.name, d]));
  const position = new Map(names.map((name, i) => [name, i]));
  for (const entity of entities) {
    const variants = entity.forms.filter((f) => f.spellingVariant);
    if (variants.length === 0) continue;
    const variantDocs = new Set(variants.flatMap((f) => f.documents));
    const regular = entity.forms.filter((f) => !f.spellingVariant);
    const regularDocs = [...new Set(regular.flatMap((f) => f.documents))].sort(
      (a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1),
    );
    const mentionsIn = new Map<string, (typeof entity.mentions)[number][]>();
    for (const m of entity.mentions) {
      const list = mentionsIn.get(m.document);
      if (list) list.push(m);
      else mentionsIn.set(m.document, [m]);
    }
    const evidenceFor = (docName: string, forms: string[]): Evidence[] => {
      const ref = mentionsIn.get(docName)?.find((m) => forms.includes(m.text));
      const doc = docByName.get(docName);
      return ref && doc ? [sentenceAround(doc, ref.span)] : [];
    };
    const values: FactGroup['values'] = [];
    const longestVariant = [...variants].sort((a, b) => b.text.length - a.text.length)[0]!;
    const variantSources = [...variantDocs].sort((a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1));
    values.push({
      value: longestVariant.text,
      display: longestVariant.text,
      sources: variantSources,
      evidence: variantSources.flatMap((d) =>
        evidenceFor(
          d,
          variants.map((v) => v.text),
        ),
      ),
    });
    if (regularDocs.length > 0) {
      values.push({
        value: entity.canonical,
        display: entity.canonical,
        sources: regularDocs,
        evidence: regularDocs.flatMap((d) =>
          evidenceFor(
            d,
            regular.map((f) => f.text),
          ),
        ),
      });
    }
    grouped.conflicts.push({
      kind: 'spellingVariant',
      predicate: 'name',
      subject: { key: entity.key, canonical: entity.canonical },
      values,
    });
  }

  const exact = docs.length <= (options.exactLimit ?? EXACT_LIMIT);
  const coverage: Record<string, Record<string, number>> = {};
  for (const entity of entities) {
    const row: Record<string, number> = {};
    // Dense rows (every document, 0 where not named) grow with entities × documents: small corpora only.
    if (exact) for (const name of names) row[name] = 0;
    for (const ref of entity.mentions) row[ref.document] = (row[ref.document] ?? 0) + 1;
    coverage[entity.key] = row;
  }

  // What only one document says: entities no other names, facts no other states.
  // (Indexed once: scanning all facts for each fact grows with the square of the corpus.)
  const unique: Comparison['unique'] = {};
  const onlyIn = new Map<string, string[]>();
  for (const e of entities) {
    if (e.documents.length !== 1) continue;
    const list = onlyIn.get(e.documents[0]!) ?? [];
    list.push(e.key);
    onlyIn.set(e.documents[0]!, list);
  }
  // Another source states the claim when it gives it a value that is not text, or the same text.
  const claimKey = (f: Fact) => `${f.subject.key}\u0000${f.predicate}`;
  const textKey = (f: Fact) =>
    f.value.kind === 'text' ? `${claimKey(f)}\u0000${f.value.normalized}` : undefined;
  const nonTextSources = new Map<string, TwoSources>();
  const textSources = new Map<string, TwoSources>();
  const sourcesIn = (map: Map<string, TwoSources>, key: string) => {
    let s = map.get(key);
    if (!s) {
      s = new TwoSources();
      map.set(key, s);
    }
    return s;
  };
  for (const f of facts) {
    const t = textKey(f);
    if (t === undefined) sourcesIn(nonTextSources, claimKey(f)).add(f.source);
    else sourcesIn(textSources, t).add(f.source);
  }
  const seen = new Set<string>();
  const uniqueFacts = new Map<string, Fact[]>(names.map((name) => [name, []]));
  for (const f of facts) {
    const name = f.source;
    // Once per claim: the title and the body saying the same thing are one thing only it says.
    const once = `${name}\u0000${claimKey(f)}\u0000${valueKey(f.value)}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const t = textKey(f);
    const elsewhere =
      nonTextSources.get(claimKey(f))?.hasOtherThan(name) === true ||
      (t !== undefined && textSources.get(t)?.hasOtherThan(name) === true);
    if (!elsewhere) uniqueFacts.get(name)?.push(f);
  }
  for (const name of names) {
    unique[name] = { entities: onlyIn.get(name) ?? [], facts: uniqueFacts.get(name) ?? [] };
  }

  const entityKeysOf = new Map<string, string[]>(names.map((name) => [name, []]));
  for (const e of entities) for (const name of new Set(e.documents)) entityKeysOf.get(name)?.push(e.key);
  const features: SimilarityFeatures[] = docs.map((d) => {
    const name = d.document.source.name;
    const text = d.document.text;
    return {
      name,
      lang: d.document.lang,
      words: d.segmentation.tokens
        .filter((t) => t.kind === 'word')
        .map((t) => text.slice(t.span.start, t.span.end).toLowerCase()),
      entities: new Set(entityKeysOf.get(name)),
      values: new Set(
        d.mentions
          .filter((m) => m.value && m.value.kind !== 'text' && valueClassOf(m) !== undefined)
          .map((m) => valueKey(m.value!)),
      ),
    };
  });

  const dated = new Map<string, Fact[]>();
  const onTimeline = new Set<string>();
  for (const fact of facts) {
    if (fact.value.kind !== 'date') continue;
    const list = dated.get(fact.value.iso) ?? [];
    // One entry per (date, document, predicate, subject).
    const once = `${fact.value.iso}\u0000${fact.source}\u0000${fact.predicate}\u0000${fact.subject.key}`;
    if (!onTimeline.has(once)) {
      onTimeline.add(once);
      list.push(fact);
    }
    dated.set(fact.value.iso, list);
  }
  const timeline = [...dated.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, list]) => ({ date, facts: list }));

  const documents: ComparedDocument[] = docs.map((d) => {
    const entry: ComparedDocument = {
      id: d.document.id,
      name: d.document.source.name,
      lang: d.document.lang,
      characters: d.document.text.length,
      sentences: d.segmentation.sentences.length,
      tokens: d.segmentation.tokens.length,
      mentions: d.mentions.length,
    };
    if (d.document.title) entry.title = d.document.title;
    if (d.document.outlet) entry.outlet = d.document.outlet;
    if (d.document.published) entry.published = d.document.published;
    return entry;
  });

  const comparison: Comparison = {
    schemaVersion: SCHEMA_VERSION,
    documents,
    entities,
    coverage,
    facts,
    agreements: grouped.agreements,
    conflicts: grouped.conflicts,
    unique,
    similarity: { documents: names, matrix: [] },
    timeline,
    warnings,
  };
  if (referenceDate) comparison.referenceDate = referenceDate;
  if (mainEntity) comparison.mainEntity = mainEntity;
  // Plain JSON out: no undefined fields, no shared references. The similarity matrix (n × n fresh
  // arrays of numbers) and the structure are already plain and join after the round trip.
  const plain = JSON.parse(JSON.stringify(comparison)) as Comparison;
  const structureDocs = features.map((f) => {
    const shingles = shingleHashes(f.words);
    return {
      name: f.name,
      lang: f.lang,
      entities: [...f.entities],
      values: [...f.values],
      ...termCounts(f.words),
      shingles,
      signature: exact ? [] : minhashSignature(shingles),
    };
  });
  let structure: Structure;
  if (exact) {
    const matrix = similarityMatrix(features);
    plain.similarity.matrix = matrix;
    structure = exactStructure(structureDocs, (i, j) => matrix[i]![j]!, options);
  } else {
    structure = indexedStructure(structureDocs, options);
  }
  plain.similarity.pairs = structure.pairs;
  plain.nearDuplicates = structure.nearDuplicates.map((c) => c.map((i) => names[i]!));
  plain.stories = structure.stories.map((s) => ({
    documents: s.documents.map((i) => names[i]!),
    entities: s.entities,
  }));
  return plain;
}

/** The whole pipeline in one call: ingest (for plain text), analyse, compare. */
export function compareTexts(
  inputs: readonly (TextInput | Document)[],
  options: CompareOptions = {},
): Comparison {
  if (!Array.isArray(inputs)) {
    throw new CompareError(
      'E_INVALID_INPUT',
      'Expected an array of { name, text, lang? } or ingested Documents.',
    );
  }
  // One unreadable document (empty, undecodable) does not abort the batch: it is skipped with a warning.
  const analyzed: AnalyzedDocument[] = [];
  const skipped: CompareWarning[] = [];
  for (const input of inputs) {
    try {
      analyzed.push(analyze(input, options));
    } catch (error) {
      if (CompareError.isInstance(error)) throw error;
      const e = error as { code?: unknown; message?: unknown };
      const name = isDocument(input) ? input.source.name : (input as TextInput).name;
      skipped.push({
        code: typeof e.code === 'string' ? e.code : 'E_ANALYZE',
        message: `Skipped ${name}: ${String(e.message ?? error)}`,
        document: name,
      });
    }
  }
  const comparison = compare(analyzed, options);
  comparison.warnings.unshift(...skipped);
  return comparison;
}
