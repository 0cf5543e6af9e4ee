import type { DateValue, Mention, MentionValue } from '@corpus/entities';
import type { Block } from '@corpus/ingest';
import type { Fact, Span } from '../types';
import type { FactLocale } from './locales/types';
import {
  PREDICATES,
  STORY_SUBJECT,
  type SubjectKind,
  TRIGGERS,
  type TriggerName,
  type ValueClass,
} from './predicates';
import { durationYears, roundingTolerance, valueClassOf } from './values';

/** Everything fact extraction reads from one analysed document. */
export interface FactInput {
  /** Document name, used as `Fact.source`. */
  name: string;
  text: string;
  blocks: readonly Block[];
  sentences: readonly Span[];
  mentions: readonly Mention[];
  locale: FactLocale | undefined;
}

interface TriggerHit {
  trigger: TriggerName;
  span: Span;
}

interface Attribution {
  cue: Span;
  source: string;
  key: string;
}

/** A locale's pattern list as one regular expression, and whether its matches must start at a word edge. */
export interface Pattern {
  re: RegExp;
  /** The match must not follow a letter or digit (checked in code, see `findAll`). */
  edgeBefore: boolean;
}

interface CompiledLocale {
  triggers: { trigger: TriggerName; pattern: Pattern }[];
  after?: Pattern;
  before?: Pattern;
}

const compiled = new WeakMap<FactLocale, CompiledLocale>();

/** True when a pattern has a quantifier without an upper bound (`*`, `+`, `{n,}`) outside a class. */
export function hasUnboundedRepeat(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return true;
    else if (c === '{' && /^\{\d+,\}/.test(pattern.slice(i, i + 12))) return true;
  }
  return false;
}

/**
 * The patterns as one alternation. With word boundaries the match must end at a word edge (a lookahead)
 * and start at one. When no pattern repeats without bound, the start is checked in `findAll` instead of
 * with a leading lookbehind, which would stop V8 from skipping ahead to the patterns' first characters
 * (4–5× faster on Latin text; the matches are the same). A pattern such as `verkündet\p{L}*` keeps the
 * lookbehind: tried at every position inside a long word, it would scan the rest of the word each time
 * (quadratic); the lookbehind turns those positions away at once.
 */
export function wrap(patterns: readonly string[], wordBoundaries: boolean): Pattern {
  const alternation = patterns.map((p) => `(?:${p})`).join('|');
  if (!wordBoundaries) return { re: new RegExp(alternation, 'giu'), edgeBefore: false };
  const tail = `(?:${alternation})(?![\\p{L}\\p{N}])`;
  if (patterns.some(hasUnboundedRepeat)) {
    return { re: new RegExp(`(?<![\\p{L}\\p{N}])${tail}`, 'giu'), edgeBefore: false };
  }
  return { re: new RegExp(tail, 'giu'), edgeBefore: true };
}

function compile(locale: FactLocale): CompiledLocale {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const result: CompiledLocale = { triggers: [] };
  for (const [trigger, patterns] of Object.entries(locale.triggers) as [TriggerName, readonly string[]][]) {
    if (patterns.length > 0) {
      result.triggers.push({ trigger, pattern: wrap(patterns, locale.wordBoundaries) });
    }
  }
  if (locale.attribution.sourceAfter?.length) {
    result.after = wrap(locale.attribution.sourceAfter, locale.wordBoundaries);
  }
  if (locale.attribution.sourceBefore?.length) {
    result.before = wrap(locale.attribution.sourceBefore, locale.wordBoundaries);
  }
  compiled.set(locale, result);
  return result;
}

/** Entity types that can be a subject or a named source, and that a trigger word must not sit inside. */
const NAMED = new Set(['PERSON', 'ORG', 'PRODUCT', 'NAME', 'PLACE', 'URL', 'HANDLE', 'EMAIL']);
const SOURCE_TYPES = new Set(['ORG', 'PERSON', 'NAME', 'PRODUCT']);
const THING_TYPES = new Set(['ORG', 'PRODUCT', 'NAME']);
const CLAUSE_BREAK = /[,;:،、,;:]/g;
/**
 * How far (distance plus clause-boundary costs) a value may be from its trigger. Places and
 * organisations go with the word right next to them ("ポーランド出身", "born in Warsaw"); a place two
 * clauses on ("…修士号を取得した後、アムステルダムで") is not a birthplace.
 */
const MAX_COST: Partial<Record<ValueClass, number>> = { place: 30, org: 30, platform: 40 };
const CARRY_PRIORITY: TriggerName[] = ['announced', 'left', 'occurred', 'launched', 'acquired'];

function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Distance between a value and a trigger, with a cost for each clause boundary between them. */
function cost(text: string, a: Span, b: Span): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  const between = from < to ? text.slice(from, to) : '';
  return gap(a, b) + 15 * (between.match(CLAUSE_BREAK)?.length ?? 0);
}

// With `i`, as in the expression it stands for (U+0345 folds to a letter).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iu;

/** True when the code point that ends just before `at` is a letter or a digit. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  let cp = text.charCodeAt(at - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
  }
  // ASCII fast path; the class test for everything else.
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Width in code units of the code point at `at` (how far a `u` regular expression steps). */
function stepAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

/**
 * The non-empty, non-overlapping matches of `pattern` in `text`, left to right, as spans offset by
 * `offset`: what `text.matchAll` gives with a leading `(?<![\p{L}\p{N}])` when `edgeBefore`. A match
 * that does not start at a word edge is skipped and the search resumes one code point later, which is
 * where the lookbehind would have let the engine try next. `exec` on the shared expression, not
 * `matchAll` (which copies the expression on every call).
 */
export function findAll(pattern: Pattern, text: string, offset: number): Span[] {
  const { re, edgeBefore } = pattern;
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    if (m[0].length === 0 || (edgeBefore && letterOrDigitBefore(text, at))) {
      re.lastIndex = at + stepAt(text, at);
      continue;
    }
    spans.push({ start: offset + at, end: offset + at + m[0].length });
  }
  return spans;
}

/**
 * A key for a source named in plain text: an acronym in it when there is one ("the USGS",
 * "미국지질조사국(USGS)" and "l'USGS" are one source), else the words without a leading article.
 */
export function sourceKey(text: string): string {
  const acronyms = text.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu);
  if (acronyms && acronyms.length > 0) return `source:${acronyms[acronyms.length - 1]!.toLowerCase()}`;
  const words = text
    .toLowerCase()
    .replace(/^(?:the|le|la|les|l['’]|der|die|das|il|lo|gli|el|los)\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `source:${words}`;
}

function isTimeOrDatePart(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  const after = text.slice(span.end, span.end + 2);
  return (
    /\d[:h時시]$/u.test(before) ||
    /^[:h時시]\d/u.test(after) ||
    /^[:]\d/.test(after) ||
    /^(?:時|시|分|분|일|월|년|日|月|年)/u.test(after)
  );
}

function findAttributions(
  text: string,
  sentence: Span,
  locale: CompiledLocale,
  named: readonly Mention[],
): Attribution[] {
  const found: Attribution[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (locale.after) {
    for (const cue of findAll(locale.after, slice, sentence.start)) {
      const source = named.find((m) => m.span.start >= cue.end && m.span.start - cue.end <= 40);
      if (source) found.push({ cue, source: source.text, key: source.key });
      else {
        const rest = text.slice(cue.end, sentence.end).trim();
        const raw = (/^[^,.;:、,。;:]{1,40}/u.exec(rest)?.[0] ?? '').trim();
        if (raw) found.push({ cue, source: raw, key: sourceKey(raw) });
      }
    }
  }
  if (locale.before) {
    for (const cue of findAll(locale.before, slice, sentence.start)) {
      const candidates = named.filter((m) => m.span.end <= cue.start && cue.start - m.span.end <= 20);
      const source = candidates[candidates.length - 1];
      if (source) found.push({ cue, source: source.text, key: source.key });
      else {
        const head = text.slice(sentence.start, cue.start);
        const raw = (/[^,.;:、,。;:\s]{1,20}$/u.exec(head)?.[0] ?? '').trim();
        if (raw) found.push({ cue, source: raw, key: sourceKey(raw) });
      }
    }
  }
  return found;
}

function acceptsDuration(predicate: string, value: MentionValue | undefined): boolean {
  if (value?.kind !== 'duration') return true;
  const years = durationYears(value.iso);
  if (years === undefined) return false;
  // Tenures and ages are months or years; "30 seconds" of shaking is neither.
  return predicate === 'age' ? years >= 1 : years >= 1 / 12 - 1e-9;
}

/** The value a fact stores: the mention's, except ages, which become a number of years. */
function factValue(predicate: string, mention: Mention): MentionValue | undefined {
  const value = mention.value;
  if (value === undefined) return { kind: 'text', normalized: mention.key };
  if (predicate === 'age') {
    if (value.kind === 'duration') {
      const years = durationYears(value.iso);
      return years === undefined ? undefined : { kind: 'quantity', amount: Math.round(years), unit: 'year' };
    }
    if (value.kind === 'quantity') return { kind: 'quantity', amount: value.amount, unit: 'year' };
  }
  if (value.kind === 'text' && ['ORG', 'PLACE', 'PLATFORM', 'ROLE'].includes(mention.type)) {
    return { kind: 'text', normalized: mention.key };
  }
  return value;
}

/**
 * The block holding offset `at`, as `blocks.find` would give it: a binary search when the blocks are in
 * order and disjoint (as @corpus/ingest makes them), a scan otherwise.
 */
function blockLocator(blocks: readonly Block[]): (at: number) => Block | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const { start, end } = blocks[i]!.span;
    if (end < start || (i > 0 && start < blocks[i - 1]!.span.end)) {
      return (at) => blocks.find((b) => b.span.start <= at && at < b.span.end);
    }
  }
  return (at) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (blocks[mid]!.span.start <= at) lo = mid + 1;
      else hi = mid;
    }
    const block = blocks[lo - 1];
    return block && at < block.span.end ? block : undefined;
  };
}

interface Unit {
  span: Span;
  block: Block | undefined;
  mentions: Mention[];
  triggers: TriggerHit[];
  attributions: Attribution[];
  usedDates: Set<Mention>;
}

/**
 * Facts stated in one document: each value mention (a date, a duration, a number, a platform…) is
 * paired with the nearest trigger word in its sentence that takes that kind of value; the subject is
 * the entity the clause names, or left implicit (the story's main entity) when the clause names none.
 */
export function extractFacts(input: FactInput): Fact[] {
  const { text, mentions, name } = input;
  if (!input.locale) return [];
  const locale = compile(input.locale);
  const facts: Fact[] = [];
  const blockOf = blockLocator(input.blocks);

  // One pass over mentions sorted by start: each sentence gets its own, without rescanning them all.
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const order = new Map<Mention, number>();
  mentions.forEach((m, i) => {
    if (!order.has(m)) order.set(m, i);
  });
  /** The first mention, in input order, lying within `range` that `test` accepts (`mentions.find`). */
  const firstWithin = (range: Span, test: (m: Mention) => boolean): Mention | undefined => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.span.start < range.start) lo = mid + 1;
      else hi = mid;
    }
    let best: Mention | undefined;
    let bestAt = Number.POSITIVE_INFINITY;
    for (let i = lo; i < sorted.length && sorted[i]!.span.start <= range.end; i++) {
      const m = sorted[i]!;
      if (m.span.end > range.end || !test(m)) continue;
      const at = order.get(m)!;
      if (at < bestAt) {
        best = m;
        bestAt = at;
      }
    }
    return best;
  };
  /** The mention of a social post's own date in its block (one search per block). */
  const postDates = new Map<Block, Mention | undefined>();
  const postDateMention = (block: Block, date: string): Mention | undefined => {
    if (postDates.has(block)) return postDates.get(block);
    const found = firstWithin(
      block.span,
      (m) => m.type === 'DATE' && m.value?.kind === 'date' && m.value.iso.startsWith(date),
    );
    postDates.set(block, found);
    return found;
  };
  let cursor = 0;
  const units: Unit[] = input.sentences.map((span) => {
    while (cursor < sorted.length && sorted[cursor]!.span.start < span.start) cursor++;
    const inside: Mention[] = [];
    for (let i = cursor; i < sorted.length && sorted[i]!.span.start < span.end; i++) {
      if (sorted[i]!.span.end <= span.end) inside.push(sorted[i]!);
    }
    const slice = text.slice(span.start, span.end);
    const names = inside.filter((m) => NAMED.has(m.type));
    const triggers: TriggerHit[] = [];
    for (const { trigger, pattern } of locale.triggers) {
      for (const hit of findAll(pattern, slice, span.start)) {
        // A trigger word inside a name ("Post" in a title, "Deal" in a company) is not a trigger; a
        // bounded-gap trigger ("tenure at OpenAI began") may span a name.
        const within = (offset: number, m: Mention) => offset > m.span.start && offset < m.span.end;
        if (
          names.some(
            (m) =>
              within(hit.start, m) ||
              within(hit.end, m) ||
              (hit.start === m.span.start && hit.end <= m.span.end),
          )
        ) {
          continue;
        }
        triggers.push({ trigger, span: hit });
      }
    }
    triggers.sort((a, b) => a.span.start - b.span.start);
    return {
      span,
      block: blockOf(span.start),
      mentions: inside,
      triggers,
      attributions: findAttributions(
        text,
        span,
        locale,
        inside.filter((m) => SOURCE_TYPES.has(m.type)),
      ),
      usedDates: new Set<Mention>(),
    };
  });

  const subjectFor = (
    kind: SubjectKind,
    unit: Unit,
    anchor: Span,
    preferAdjacent: boolean,
    previous: Unit | undefined,
  ): { subject: Fact['subject']; span?: Span } | undefined => {
    if (kind === 'story') return { subject: { ...STORY_SUBJECT } };
    const types = kind === 'person' ? new Set(['PERSON']) : THING_TYPES;
    const candidates = unit.mentions.filter((m) => types.has(m.type));
    let chosen: Mention | undefined;
    if (preferAdjacent) {
      chosen = [...candidates].sort((a, b) => cost(text, a.span, anchor) - cost(text, b.span, anchor))[0];
    } else {
      const before = candidates.filter((m) => m.span.end <= anchor.start);
      chosen = before[before.length - 1] ?? candidates.find((m) => m.span.start >= anchor.end);
    }
    if (!chosen && kind === 'thing' && previous && previous.block === unit.block) {
      const earlier = previous.mentions.filter((m) => types.has(m.type));
      chosen = earlier[earlier.length - 1];
    }
    if (!chosen) return kind === 'thing' ? { subject: { ...STORY_SUBJECT } } : undefined;
    return { subject: { key: chosen.key, canonical: chosen.text }, span: chosen.span };
  };

  const attributionFor = (unit: Unit, anchor: Span): Attribution | undefined =>
    [...unit.attributions].sort((a, b) => gap(a.cue, anchor) - gap(b.cue, anchor))[0];

  const push = (
    unit: Unit,
    predicate: string,
    valueMention: Mention | undefined,
    value: MentionValue,
    display: string,
    anchor: Span,
    evidenceSpan: Span,
    previous: Unit | undefined,
  ): void => {
    const spec = PREDICATES[predicate];
    if (!spec) return;
    const subject = subjectFor(spec.subject, unit, anchor, predicate === 'role', previous);
    const attribution = attributionFor(unit, valueMention?.span ?? anchor);
    const used: Span[] = [];
    if (valueMention) used.push(valueMention.span);
    if (subject?.span) used.push(subject.span);
    const fact: Fact = {
      source: name,
      subject: subject?.subject ?? { key: '', canonical: '' },
      predicate,
      value,
      display,
      evidence: {
        source: name,
        span: evidenceSpan,
        sentence: text.slice(evidenceSpan.start, evidenceSpan.end),
        mentions: used,
      },
    };
    if (!subject) fact.implicitSubject = true;
    if (subject?.span) fact.subjectSpan = subject.span;
    if (attribution) {
      fact.attribution = attribution.source;
      fact.attributionKey = attribution.key;
    }
    if (value.kind === 'quantity' && valueMention) {
      fact.tolerance = roundingTolerance(
        valueMention.text,
        valueMention.value?.kind === 'quantity' ? valueMention.value.amount : value.amount,
      );
    }
    if (valueMention) fact.valueSpan = valueMention.span;
    facts.push(fact);
  };

  const apposedPerson = (unit: Unit, value: Mention): Mention | undefined => {
    if (value.value?.kind !== 'quantity') return undefined;
    const amount = value.value.amount;
    if (!Number.isInteger(amount) || amount < 1 || amount > 120) return undefined;
    const after = text.slice(value.span.end, value.span.end + 2);
    if (!/^\s*[,)）]/u.test(after)) return undefined;
    return unit.mentions.find(
      (m) =>
        m.type === 'PERSON' &&
        m.span.end <= value.span.start &&
        /^\s*[,(（]\s*$/u.test(text.slice(m.span.end, value.span.start)),
    );
  };

  // A role is a fact when it stands in apposition to a name ("CEO Sam Altman", "研究副社長Jerry Tworek",
  // "| Dario Amodei | 研究VP |") or with a word of becoming ("diventare vicepresidente", "als …",
  // "研究副社長に昇格"); a bare "researchers" in passing is not a claim about anyone.
  const rolesFact = (unit: Unit, role: Mention, previous: Unit | undefined): void => {
    const apposed = unit.mentions
      .filter((m) => m.type === 'PERSON' && gap(m.span, role.span) <= 4)
      .filter((m) => {
        const from = Math.min(m.span.end, role.span.end);
        const to = Math.max(m.span.start, role.span.start);
        return from >= to || /^[\s|・,、:()()の]*$/u.test(text.slice(from, to));
      })
      .sort((a, b) => gap(a.span, role.span) - gap(b.span, role.span))[0];
    if (apposed) {
      push(unit, 'role', role, factValue('role', role)!, role.text, apposed.span, unit.span, previous);
      return;
    }
    const becoming = unit.triggers.some(
      (t) => TRIGGERS[t.trigger].accepts.role && cost(text, t.span, role.span) <= 40,
    );
    if (becoming)
      push(unit, 'role', role, factValue('role', role)!, role.text, role.span, unit.span, previous);
  };

  units.forEach((unit, index) => {
    const previous = index > 0 ? units[index - 1] : undefined;
    const assignedCarry = new Set<TriggerHit>();
    for (const mention of unit.mentions) {
      const cls: ValueClass | undefined = valueClassOf(mention);
      if (!cls) continue;
      // The hour or minute of a clock time ("2:32", "14h32"), or a day or month number ("14일"), is not a count.
      if (cls === 'count' && isTimeOrDatePart(text, mention.span)) continue;
      // "Maria Keller, 52, …" / "Maria Keller (52)": an age in apposition to a name.
      const person = cls === 'count' ? apposedPerson(unit, mention) : undefined;
      if (person) {
        push(
          unit,
          'age',
          mention,
          factValue('age', mention)!,
          mention.text,
          person.span,
          unit.span,
          previous,
        );
        continue;
      }
      if (cls === 'role') {
        rolesFact(unit, mention, previous);
        continue;
      }
      let best: { hit: TriggerHit; predicate: string; cost: number } | undefined;
      for (const hit of unit.triggers) {
        const predicate = TRIGGERS[hit.trigger].accepts[cls];
        if (!predicate || !acceptsDuration(predicate, mention.value)) continue;
        // A trigger wholly inside the value is part of it; one that runs past it ("54 Jahre alt") is not.
        if (hit.span.start >= mention.span.start && hit.span.end <= mention.span.end) continue;
        const maxGap = TRIGGERS[hit.trigger].maxGap;
        if (maxGap !== undefined && gap(hit.span, mention.span) > maxGap) continue;
        const c = cost(text, hit.span, mention.span) + (hit.span.start > mention.span.start ? 0 : 1);
        if (c <= (MAX_COST[cls] ?? 120) && (!best || c < best.cost)) best = { hit, predicate, cost: c };
      }
      if (!best) continue;
      const value = factValue(best.predicate, mention);
      if (!value) continue;
      if (cls === 'date') {
        unit.usedDates.add(mention);
        if (TRIGGERS[best.hit.trigger].carriesDate) assignedCarry.add(best.hit);
      }
      push(unit, best.predicate, mention, value, mention.text, best.hit.span, unit.span, previous);
    }

    // A clause with an event word but no date takes the date just before it ("1月7日,… 。… 宣布离职。")
    // or the date of the social post it is part of.
    const carriers = unit.triggers.filter(
      (t) => TRIGGERS[t.trigger].carriesDate && TRIGGERS[t.trigger].accepts.date,
    );
    if (
      carriers.length === 0 ||
      unit.mentions.some((m) => valueClassOf(m) === 'date' && unit.usedDates.has(m))
    ) {
      return;
    }
    if (assignedCarry.size > 0) return;
    const carrier = CARRY_PRIORITY.map((name) => carriers.find((t) => t.trigger === name)).find(Boolean);
    if (!carrier) return;
    const predicate = TRIGGERS[carrier.trigger].accepts.date!;
    const post = unit.block?.type === 'social-post' ? unit.block.post : undefined;
    if (post?.date) {
      const dateMention = postDateMention(unit.block!, post.date);
      const value: DateValue = { kind: 'date', iso: post.date, granularity: 'day' };
      const span = unit.block!.span;
      push(unit, predicate, dateMention, value, dateMention?.text ?? post.date, carrier.span, span, previous);
      return;
    }
    if (!previous || previous.block !== unit.block) return;
    const dates = previous.mentions.filter((m) => valueClassOf(m) === 'date' && !previous.usedDates.has(m));
    const date = dates[dates.length - 1];
    if (!date?.value) return;
    previous.usedDates.add(date);
    const span = { start: previous.span.start, end: unit.span.end };
    push(unit, predicate, date, date.value, date.text, carrier.span, span, previous);
  });

  // A dated social post by a person is that person's statement on that day.
  for (const block of input.blocks) {
    const post = block.type === 'social-post' ? block.post : undefined;
    if (!post?.date || !post.author) continue;
    const author = post.author.toLowerCase();
    const person = firstWithin(
      block.span,
      (m) =>
        m.type === 'PERSON' &&
        (author.includes(m.text.toLowerCase()) || m.text.toLowerCase().includes(author)),
    );
    if (!person) continue;
    const dateMention = postDateMention(block, post.date);
    const used = [person.span];
    if (dateMention) used.unshift(dateMention.span);
    facts.push({
      source: name,
      subject: { key: person.key, canonical: person.text },
      subjectSpan: person.span,
      predicate: 'announced',
      value: { kind: 'date', iso: post.date, granularity: 'day' },
      display: dateMention?.text ?? post.date,
      ...(dateMention ? { valueSpan: dateMention.span } : {}),
      evidence: {
        source: name,
        span: block.span,
        sentence: text.slice(block.span.start, block.span.end),
        mentions: used,
      },
    });
  }

  facts.sort(
    (a, b) =>
      a.evidence.span.start - b.evidence.span.start ||
      (a.valueSpan?.start ?? 0) - (b.valueSpan?.start ?? 0) ||
      a.predicate.localeCompare(b.predicate),
  );
  return facts;
}
