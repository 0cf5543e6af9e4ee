import type { MentionValue } from '@corpus/entities';
import { round2 } from '../facts/confidence';
import { type FactPredicate, PREDICATES } from '../facts/predicates';
import type { QuantityQualifier } from '../facts/qualifiers';
import { dimensionOf, inBaseUnits, isCountUnit } from '../facts/units';
import {
  type Compatibility,
  compareValues,
  durationYears,
  formatValue,
  precisionRank,
  quantityQualifier,
  valueKey,
} from '../facts/values';
import type { Evidence, Fact, FactGroup, FactValueGroup } from '../types';
import {
  agreementConfidence,
  type Backing,
  back,
  certaintyOf,
  conflictConfidence,
  emptyBacking,
  groupReasons,
  score,
} from './confidence';

interface Statement {
  source: string;
  attributionKey: string;
  attribution?: string;
  value: MentionValue;
  tolerance?: number;
  qualifier?: QuantityQualifier;
  evidence: Evidence[];
  /** The best extraction certainty among the facts it was made of. */
  certainty: number;
  /** True when one of those facts named its subject in the clause. */
  explicit: boolean;
}

interface ValueBucket {
  key: string;
  value: MentionValue;
  tolerance?: number;
  qualifier?: QuantityQualifier;
  /** Every qualifier a statement of the value carried, for the group's reasons. */
  qualifiersSeen: Set<QuantityQualifier>;
  sources: string[];
  sourceSet: Set<string>;
  attributions: Set<string>;
  evidence: Evidence[];
  backing: Backing;
}

export interface GroupContext {
  /** Document names in input order. */
  documents: readonly string[];
  /** Publication time (ISO) per document, where known. */
  published: Readonly<Record<string, string | undefined>>;
  /** Canonical names of entity keys, for displaying text values. */
  names: Readonly<Record<string, string>>;
}

function evidenceOf(fact: Fact): Evidence {
  const { source, span, sentence } = fact.evidence;
  // The value's own mention, so a report can quote the part of a long sentence that states it.
  return fact.valueSpan ? { source, span, sentence, mentions: [fact.valueSpan] } : { source, span, sentence };
}

// Keys of the evidence already in a list, so that adding one is not a scan of the list (a value stated
// by thousands of documents would otherwise cost the square of that).
const evidenceKeys = new WeakMap<Evidence[], Set<string>>();

function pushEvidence(list: Evidence[], evidence: Evidence): void {
  let keys = evidenceKeys.get(list);
  if (!keys) {
    keys = new Set(list.map((e) => `${e.source}\u0000${e.span.start}`));
    evidenceKeys.set(list, keys);
  }
  const key = `${evidence.source}\u0000${evidence.span.start}`;
  if (keys.has(key)) return;
  keys.add(key);
  list.push(evidence);
}

/** Values in one dimension are one claim (acres and hectares); a count and a length are two. */
function unitKey(value: MentionValue): string {
  if (value.kind !== 'quantity') return value.kind;
  // A bare number and a counted one ("151", "152 seats") are one claim; two counted things are two.
  return value.unit === undefined ? 'quantity:?' : `quantity:${dimensionOf(value.unit)}`;
}

/** Statements by unit, a bare number joining the one counted unit beside it (if only one). */
function byUnitKey<T extends { value: MentionValue }>(statements: readonly T[]): T[][] {
  const byUnit = new Map<string, T[]>();
  for (const s of statements) {
    const k = unitKey(s.value);
    byUnit.set(k, [...(byUnit.get(k) ?? []), s]);
  }
  const bare = byUnit.get('quantity:?');
  const counted = [...byUnit.keys()].filter((k) => k !== 'quantity:?' && k.startsWith('quantity:'));
  const only = counted.length === 1 ? counted[0]! : undefined;
  const unit = only && (byUnit.get(only)![0]!.value as { unit?: string }).unit;
  if (bare && only && isCountUnit(unit)) {
    // Compared as the same quantity, but kept as written: the concept's unit may be misread elsewhere.
    byUnit.get(only)!.push(...bare);
    byUnit.delete('quantity:?');
  }
  return [...byUnit.values()];
}

function relate(
  a: { value: MentionValue; tolerance?: number; qualifier?: QuantityQualifier },
  b: typeof a,
): Compatibility {
  return compareValues(a.value, b.value, a.tolerance, b.tolerance, a.qualifier, b.qualifier);
}

function byDocumentOrder(ctx: GroupContext) {
  const order = new Map(ctx.documents.map((d, i) => [d, i]));
  return (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
}

function toGroupValue(bucket: ValueBucket, ctx: GroupContext): FactValueGroup {
  const display = formatValue(bucket.value, ctx.names);
  return {
    value: bucket.value,
    display: bucket.qualifier ? `${bucket.qualifier} ${display}` : display,
    sources: bucket.sources,
    evidence: bucket.evidence,
  };
}

/**
 * Reduces one document's facts about one (subject, predicate, attribution) to a statement: the most
 * precise of its compatible values. Values that cannot both be true are returned as an internal conflict.
 */
function consolidate(facts: Fact[], evolving: boolean): { statement: Statement; internal?: Fact[][] } {
  const first = facts[0]!;
  let best = first;
  const evidence: Evidence[] = [];
  const clusters: Fact[][] = [[first]];
  for (const fact of facts.slice(1)) {
    const cluster = clusters.find((c) => {
      const r = compareValues(
        c[0]!.value,
        fact.value,
        c[0]!.tolerance,
        fact.tolerance,
        quantityQualifier(c[0]!.qualifiers),
        quantityQualifier(fact.qualifiers),
      );
      return r === 'same' || r === 'compatible' || r === 'precision';
    });
    if (cluster) cluster.push(fact);
    else clusters.push([fact]);
  }
  let chosen = clusters[0]!;
  if (evolving && clusters.length > 1) {
    // A count that is updated within one article ("rose from 12 to 20"): the latest figure is the largest.
    chosen = [...clusters].sort(
      (a, b) =>
        (b[0]!.value.kind === 'quantity' ? b[0]!.value.amount : 0) -
        (a[0]!.value.kind === 'quantity' ? a[0]!.value.amount : 0),
    )[0]!;
  }
  best = chosen[0]!;
  // The most precise value (durations: the first stated); among equal names, platforms or places,
  // one whose clause names its subject, which makes the better quote.
  const rank = (f: Fact) =>
    precisionRank(f.value) * 2 + (f.value.kind === 'text' && !f.implicitSubject ? 1 : 0);
  for (const fact of chosen) if (rank(fact) > rank(best)) best = fact;
  // The evidence for the value kept comes first: it is the quote a report shows.
  pushEvidence(evidence, evidenceOf(best));
  for (const fact of chosen) pushEvidence(evidence, evidenceOf(fact));
  const statement: Statement = {
    source: best.source,
    attributionKey: best.attributionKey ?? '',
    value: best.value,
    evidence,
    certainty: Math.max(...chosen.map(certaintyOf)),
    explicit: chosen.some((f) => !f.implicitSubject),
  };
  if (best.attribution) statement.attribution = best.attribution;
  if (best.tolerance !== undefined) statement.tolerance = best.tolerance;
  const qualifier = quantityQualifier(best.qualifiers);
  if (qualifier) statement.qualifier = qualifier;
  // Values that cannot be compared (a day and a clock time) are not a disagreement of the article's.
  return clusters.length > 1 && !evolving && anyIncompatible(clusters)
    ? { statement, internal: clusters }
    : { statement };
}

function anyIncompatible(clusters: readonly Fact[][]): boolean {
  const heads = clusters.map((c) => c[0]!);
  return heads.some((a, i) =>
    heads
      .slice(i + 1)
      .some(
        (b) =>
          compareValues(
            a.value,
            b.value,
            a.tolerance,
            b.tolerance,
            quantityQualifier(a.qualifiers),
            quantityQualifier(b.qualifiers),
          ) === 'incompatible',
      ),
  );
}

function bucketsOf(statements: Statement[], ctx: GroupContext): ValueBucket[] {
  const buckets = new Map<string, ValueBucket>();
  for (const s of statements) {
    const key = valueKey(s.value);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = {
        key,
        value: s.value,
        qualifiersSeen: new Set(),
        sources: [],
        sourceSet: new Set(),
        attributions: new Set(),
        evidence: [],
        backing: emptyBacking(),
      };
      if (s.tolerance !== undefined) bucket.tolerance = s.tolerance;
      if (s.qualifier) bucket.qualifier = s.qualifier;
      buckets.set(key, bucket);
    }
    // "At least 20" and "20" are one value, stated exactly by one source: the bucket keeps the exact form.
    if (bucket.qualifier !== s.qualifier) delete bucket.qualifier;
    if (s.qualifier) bucket.qualifiersSeen.add(s.qualifier);
    if (!bucket.sourceSet.has(s.source)) {
      bucket.sourceSet.add(s.source);
      bucket.sources.push(s.source);
    }
    if (s.attributionKey) bucket.attributions.add(s.attributionKey);
    back(bucket.backing, s.source, s.certainty, s.explicit);
    for (const e of s.evidence) pushEvidence(bucket.evidence, e);
  }
  const order = byDocumentOrder(ctx);
  for (const b of buckets.values()) {
    b.sources.sort(order);
    // Stable by document; within a document the statement's own order (kept value first) stays.
    b.evidence = b.evidence
      .map((e, i) => [e, i] as const)
      .sort((x, y) => order(x[0].source, y[0].source) || x[1] - y[1])
      .map(([e]) => e);
  }
  return [...buckets.values()].sort(
    (a, b) => order(a.sources[0]!, b.sources[0]!) || a.key.localeCompare(b.key),
  );
}

function earliest(bucket: ValueBucket, ctx: GroupContext): string {
  const times = bucket.sources.map((s) => ctx.published[s]).filter((t): t is string => Boolean(t));
  return times.sort()[0] ?? '';
}

/** Where grouping puts what it finds. */
interface Groups {
  agreements: FactGroup[];
  conflicts: FactGroup[];
}

type SubjectRef = FactGroup['subject'];
type Spec = (typeof PREDICATES)[FactPredicate];

/** Facts by (subject, predicate), in first-seen order; facts without a subject are left out. */
function byClaim(facts: readonly Fact[]): Fact[][] {
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.subject.key) continue;
    // A sub-event's figure, or a forecast, is compared only with its like.
    const projected = fact.qualifiers?.includes('projected') ? 'projected' : '';
    const key = `${fact.subject.key}\u0000${fact.predicate}\u0000${fact.scope ?? ''}\u0000${projected}`;
    const list = byKey.get(key);
    if (list) list.push(fact);
    else byKey.set(key, [fact]);
  }
  return [...byKey.values()];
}

/** Several values can all be true (roles, places studied): only values two sources share are reported. */
function sharedValues(
  list: Fact[],
  predicate: FactPredicate,
  subject: SubjectRef,
  ctx: GroupContext,
  out: Groups,
) {
  const statements = list.map((f) => ({
    source: f.source,
    attributionKey: '',
    value: f.value,
    evidence: [evidenceOf(f)],
    certainty: certaintyOf(f),
    explicit: !f.implicitSubject,
  }));
  for (const bucket of bucketsOf(statements, ctx)) {
    if (bucket.sources.length >= 2) {
      const confidence = agreementConfidence([bucket.backing]);
      const reasons = groupReasons(undefined, predicate, [bucket.backing], 'concept');
      out.agreements.push({ predicate, subject, values: [toGroupValue(bucket, ctx)], confidence, reasons });
    }
  }
}

/** Values known only by their unit are aligned with less certainty than a concept's. */
const alignmentOf = (spec: Spec) => (spec.open ? 'open' : 'concept');

function backingOf(facts: readonly Fact[]): Backing {
  const backing = emptyBacking();
  for (const f of facts) back(backing, f.source, certaintyOf(f), !f.implicitSubject);
  return backing;
}

/** Within this factor of each other, two amounts known only by their unit may be one claim. */
const CLOSE_SIZES = 1.15;

function sizeOf(value: MentionValue): number | undefined {
  if (value.kind !== 'quantity') return undefined;
  return inBaseUnits(value.amount, value.unit) ?? value.amount;
}

/**
 * Items in runs of close sizes (each within CLOSE_SIZES of the one before, after sorting), in their
 * first order within a run; values without a size stay together.
 */
function bySize<T>(items: readonly T[], valueOfItem: (item: T) => MentionValue): T[][] {
  const sized = items.map((item, i) => ({ item, i, size: sizeOf(valueOfItem(item)) }));
  if (sized.some((x) => x.size === undefined)) return [[...items]];
  sized.sort((a, b) => a.size! - b.size! || a.i - b.i);
  const runs: (typeof sized)[] = [];
  for (const x of sized) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && Math.abs(x.size!) <= Math.abs(last.size!) * CLOSE_SIZES + 1e-9) run.push(x);
    else runs.push([x]);
  }
  return runs
    .map((run) => run.sort((a, b) => a.i - b.i))
    .sort((a, b) => a[0]!.i - b[0]!.i)
    .map((run) => run.map((x) => x.item));
}

/** One statement per (document, attribution); disagreements inside one voice are internal conflicts. */
function statementsOf(
  list: Fact[],
  spec: Spec,
  predicate: FactPredicate,
  subject: SubjectRef,
  ctx: GroupContext,
  out: Groups,
) {
  const perVoice = new Map<string, Fact[]>();
  for (const f of list) {
    const key = `${f.source}\u0000${f.attributionKey ?? ''}`;
    const voice = perVoice.get(key);
    if (voice) voice.push(f);
    else perVoice.set(key, [f]);
  }
  const statements: Statement[] = [];
  // A value known only by its unit ("20.8%") is one claim with another only when their sizes are close:
  // one article's 20.8% and 11.8% beside one party are two figures, 4.9% and 4.98% one.
  const voices = spec.open
    ? [...perVoice.values()].flatMap((voice) => bySize(voice, (f) => f.value))
    : [...perVoice.values()];
  for (const voice of voices) {
    const { statement, internal } = consolidate(voice, spec.evolving === true);
    statements.push(statement);
    if (!internal) continue;
    out.conflicts.push({
      kind: 'internal',
      predicate,
      subject,
      values: internal.map((cluster) => ({
        value: cluster[0]!.value,
        display: formatValue(cluster[0]!.value, ctx.names),
        sources: [cluster[0]!.source],
        evidence: cluster.map(evidenceOf),
      })),
      confidence: conflictConfidence(internal.map(backingOf)),
      reasons: groupReasons('internal', predicate, internal.map(backingOf), alignmentOf(spec)),
    });
  }
  return statements;
}

/** How the values of one claim relate, pair by pair. */
function relations(buckets: readonly ValueBucket[]): {
  precision: boolean;
  incompatible: boolean;
  bySource: boolean;
} {
  let precision = false;
  let incompatible = false;
  let bySource = true;
  for (let i = 0; i < buckets.length; i++) {
    for (let j = i + 1; j < buckets.length; j++) {
      const a = buckets[i]!;
      const b = buckets[j]!;
      const r = relate(a, b);
      if (r === 'precision') precision = true;
      if (r !== 'incompatible') continue;
      incompatible = true;
      const disjoint =
        a.attributions.size > 0 &&
        b.attributions.size > 0 &&
        ![...a.attributions].some((x) => b.attributions.has(x));
      if (!disjoint) bySource = false;
    }
  }
  return { precision, incompatible, bySource };
}

/** The values of one claim in one unit, as an agreement, a conflict of the right kind, or nothing. */
function judge(
  buckets: ValueBucket[],
  spec: Spec,
  predicate: FactPredicate,
  subject: SubjectRef,
  ctx: GroupContext,
  out: Groups,
  forecast = false,
) {
  const sources = new Set(buckets.flatMap((b) => b.sources));
  const backings = buckets.map((b) => b.backing);
  const qualifiers: string[] = buckets.flatMap((b) => [...b.qualifiersSeen]);
  if (forecast) qualifiers.push('projected');
  const why = (kind: string | undefined) =>
    groupReasons(kind, predicate, backings, alignmentOf(spec), qualifiers);
  if (buckets.length === 1) {
    if (sources.size >= 2) {
      const confidence = agreementConfidence(backings);
      const values = [toGroupValue(buckets[0]!, ctx)];
      out.agreements.push({ predicate, subject, values, confidence, reasons: why(undefined) });
    }
    return;
  }
  const { precision, incompatible, bySource } = relations(buckets);
  const values = buckets.map((b) => toGroupValue(b, ctx));
  if (!incompatible) {
    if (sources.size < 2) return;
    // Compatible values are an agreement; `differentPrecision` says one source is more exact.
    const confidence = agreementConfidence(backings);
    if (precision)
      out.agreements.push({
        kind: 'differentPrecision',
        predicate,
        subject,
        values,
        confidence,
        reasons: why('differentPrecision'),
      });
    else out.agreements.push({ predicate, subject, values, confidence, reasons: why(undefined) });
    return;
  }
  const confidence = conflictConfidence(backings);
  if (spec.cardinality === 'categorical') {
    out.conflicts.push({ kind: 'differs', predicate, subject, values, confidence, reasons: why('differs') });
  } else if (spec.evolving) {
    const sorted = [...buckets].sort(
      (a, b) =>
        earliest(a, ctx).localeCompare(earliest(b, ctx)) ||
        (a.value.kind === 'quantity' && b.value.kind === 'quantity' ? a.value.amount - b.value.amount : 0),
    );
    out.conflicts.push({
      kind: 'evolving',
      predicate,
      subject,
      values: sorted.map((b) => toGroupValue(b, ctx)),
      confidence,
      reasons: why('evolving'),
    });
  } else {
    const kind = bySource ? 'differsBySource' : 'contradiction';
    out.conflicts.push({ kind, predicate, subject, values, confidence, reasons: why(kind) });
  }
}

const KIND_RANK: Record<string, number> = {
  contradiction: 0,
  differsBySource: 1,
  evolving: 2,
  differs: 3,
  internal: 4,
  spellingVariant: 5,
  differentPrecision: 6,
};

/** Conflicts by kind, then the most sources, then document order, predicate and subject. */
function groupOrder(ctx: GroupContext) {
  const order = byDocumentOrder(ctx);
  const sourceCount = (g: FactGroup) => g.values.reduce((n, v) => n + v.sources.length, 0);
  return (a: FactGroup, b: FactGroup) =>
    (KIND_RANK[a.kind ?? ''] ?? 9) - (KIND_RANK[b.kind ?? ''] ?? 9) ||
    sourceCount(b) - sourceCount(a) ||
    order(a.values[0]?.sources[0] ?? '', b.values[0]?.sources[0] ?? '') ||
    a.predicate.localeCompare(b.predicate) ||
    a.subject.key.localeCompare(b.subject.key);
}

/** Groups facts by (subject, predicate) into agreements (≥ 2 sources, compatible) and conflicts. */
export function groupFacts(facts: readonly Fact[], ctx: GroupContext): Groups {
  const out: Groups = { agreements: [], conflicts: [] };
  for (const list of byClaim(facts)) {
    const { subject, predicate } = list[0]!;
    const stated = PREDICATES[predicate] ?? { subject: 'story', cardinality: 'single' };
    // Forecasts that differ are not facts that contradict: they are reported as differing, and one
    // article giving two ("10,000, perhaps 20,000") does not contradict itself.
    const forecast = list[0]!.qualifiers?.includes('projected') === true;
    const spec: Spec = forecast ? { ...stated, cardinality: 'categorical', evolving: true } : stated;
    const subjectRef = { key: subject.key, canonical: subject.canonical };
    if (spec.cardinality === 'multi') {
      sharedValues(list, predicate, subjectRef, ctx, out);
      continue;
    }
    const statements = statementsOf(list, spec, predicate, subjectRef, ctx, out);
    // Values in different units (a count and a length) are different claims.
    for (const group of byUnitKey(statements)) {
      const aligned = spec.open ? bySize(group, (st) => st.value) : [group];
      for (const claim of aligned)
        judge(bucketsOf(claim, ctx), spec, predicate, subjectRef, ctx, out, forecast);
    }
  }
  out.conflicts.push(...tenureChecks(facts, ctx));
  const sortGroups = groupOrder(ctx);
  out.agreements.sort(sortGroups);
  out.conflicts.sort(sortGroups);
  return out;
}

function yearOf(value: MentionValue): number | undefined {
  return value.kind === 'date' ? Number(value.iso.slice(0, 4)) : undefined;
}

/** One article whose joining year plus tenure misses its own departure year by more than a year. */
function tenureChecks(facts: readonly Fact[], ctx: GroupContext): FactGroup[] {
  const groups: FactGroup[] = [];
  // Facts by (source, subject), in input order: one pass, not one scan of all facts per key.
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${f.source}\u0000${f.subject.key}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  for (const key of [...byKey.keys()].sort()) {
    const source = key.split('\u0000')[0] as string;
    const mine = byKey.get(key)!;
    const joined = mine.find((f) => f.predicate === 'joined' && f.value.kind === 'date');
    const tenure = mine.find((f) => f.predicate === 'tenure' && f.value.kind === 'duration');
    const ended = mine.find(
      (f) => (f.predicate === 'left' || f.predicate === 'announced') && f.value.kind === 'date',
    );
    if (!joined || !tenure || !ended || tenure.value.kind !== 'duration') continue;
    const years = durationYears(tenure.value.iso);
    const start = yearOf(joined.value);
    const end = yearOf(ended.value);
    if (years === undefined || start === undefined || end === undefined) continue;
    if (Math.abs(start + years - end) <= 1.5) continue;
    groups.push({
      kind: 'internal',
      predicate: 'tenure',
      subject: { key: joined.subject.key, canonical: joined.subject.canonical },
      values: [joined, tenure, ended].map((f) => ({
        value: f.value,
        display: `${f.predicate} ${formatValue(f.value, ctx.names)}`,
        sources: [source],
        evidence: [evidenceOf(f)],
      })),
      // All three statements must be read right for the sum not to add up.
      confidence: round2(Math.min(...[joined, tenure, ended].map((f) => score(backingOf([f]))))),
      reasons: [
        ...groupReasons(
          'internal',
          'tenure',
          [joined, tenure, ended].map((f) => backingOf([f])),
          'concept',
        ),
        'values: the joining year plus the tenure misses the departure year by more than a year and a half',
      ],
    });
  }
  return groups;
}
