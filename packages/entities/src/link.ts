import { crossScriptMerges, type ScriptCandidate } from './core/cross-script';
import { nearSpelling } from './core/similarity';
import { EntitiesError } from './errors';
import type {
  Entity,
  EntityForm,
  EntityMentionRef,
  LinkDocument,
  Mention,
  MentionType,
  TransliterationLink,
} from './types';

const LINKED: ReadonlySet<MentionType> = new Set([
  'PERSON',
  'ORG',
  'PRODUCT',
  'PLACE',
  'NAME',
  'ROLE',
  'PLATFORM',
  'URL',
  'HANDLE',
  'EMAIL',
  'HASHTAG',
]);
const NAMED: ReadonlySet<MentionType> = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME']);

interface Group {
  key: string;
  refs: { document: string; mention: Mention }[];
  docs?: { size: number; set: Set<string> };
  /** Groups merged into this one, with why. */
  variantKeys: Set<string>;
  shortKeys: Set<string>;
  /** Keys of groups in another script merged into this one, with why. */
  scriptLinks: Map<string, TransliterationLink>;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const nameOfKey = (key: string) => key.slice(key.indexOf(':') + 1);
const isLatin = (s: string) => /^[\p{Script=Latin}\p{N}\s.'’&-]+$/u.test(s);

function majorityType(g: Group): MentionType {
  const counts = new Map<MentionType, number>();
  for (const r of g.refs) counts.set(r.mention.type, (counts.get(r.mention.type) ?? 0) + 1);
  let best: MentionType = 'NAME';
  let n = -1;
  for (const [t, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (t === 'NAME' && counts.size > 1) continue;
    if (c > n) {
      best = t;
      n = c;
    }
  }
  return best;
}

/** The group's display name: its most frequent full (longest) surface form. */
function fullName(g: Group): string {
  const counts = new Map<string, number>();
  for (const r of g.refs) counts.set(r.mention.text, (counts.get(r.mention.text) ?? 0) + 1);
  const keyName = nameOfKey(g.key);
  const forms = [...counts.keys()];
  const exact = forms
    .filter((f) => f.toLowerCase() === keyName)
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  if (exact[0]) return exact[0];
  const maxWords = forms.reduce((m, f) => Math.max(m, words(f).length), Number.NEGATIVE_INFINITY);
  return (
    forms
      .filter((f) => words(f).length === maxWords)
      .sort(
        (a, b) =>
          (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
          Number(isLatin(b)) - Number(isLatin(a)) ||
          (a < b ? -1 : a > b ? 1 : 0),
      )[0] ?? keyName
  );
}

/**
 * The documents of a group. Kept on the group with the number of references it was built from: a
 * group's references only grow (by merging), and sorting groups asks for it in every comparison.
 */
function docsOf(g: Group): Set<string> {
  if (g.docs?.size === g.refs.length) return g.docs.set;
  const set = new Set(g.refs.map((r) => r.document));
  g.docs = { size: g.refs.length, set };
  return set;
}

type Groups = Map<string, Group>;

/** One group per mention key, over every linked mention of every document. */
function groupByKey(documents: LinkDocument[]): Groups {
  if (!Array.isArray(documents)) {
    throw new EntitiesError(
      'E_INVALID_DOCUMENTS',
      'linkEntities expects an array of { id, mentions } (one per document).',
    );
  }
  const groups: Groups = new Map();
  for (const doc of documents) {
    if (!doc || typeof doc.id !== 'string' || !Array.isArray(doc.mentions)) {
      throw new EntitiesError(
        'E_INVALID_DOCUMENTS',
        'Each document passed to linkEntities needs an id (string) and mentions (array from extractMentions).',
      );
    }
    for (const m of doc.mentions) {
      if (!LINKED.has(m.type)) continue;
      let g = groups.get(m.key);
      if (!g) {
        g = { key: m.key, refs: [], variantKeys: new Set(), shortKeys: new Set(), scriptLinks: new Map() };
        groups.set(m.key, g);
      }
      g.refs.push({ document: doc.id, mention: m });
    }
  }
  return groups;
}

function merge(groups: Groups, into: Group, from: Group, how: 'same' | 'variant' | 'short' | 'script'): void {
  if (into === from) return;
  for (const r of from.refs) into.refs.push(r);
  for (const k of from.variantKeys) into.variantKeys.add(k);
  for (const k of from.shortKeys) into.shortKeys.add(k);
  for (const [k, link] of from.scriptLinks) into.scriptLinks.set(k, link);
  if (how === 'variant') into.variantKeys.add(from.key);
  if (how === 'short') into.shortKeys.add(from.key);
  groups.delete(from.key);
}

/** Named in most documents first, then most mentioned; on a tie a typed entity before a NAME. */
function sortedGroups(groups: Groups): Group[] {
  return [...groups.values()].sort(
    (a, b) =>
      docsOf(b).size - docsOf(a).size ||
      b.refs.length - a.refs.length ||
      Number(a.key.startsWith('name:')) - Number(b.key.startsWith('name:')) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** 1. An undecided NAME joins a typed entity with the same name. */
function joinTypedNames(groups: Groups): void {
  for (const g of sortedGroups(groups)) {
    if (!g.key.startsWith('name:') || !groups.has(g.key)) continue;
    const name = nameOfKey(g.key);
    const typed = ['person', 'org', 'product', 'place'].map((p) => groups.get(`${p}:${name}`)).find(Boolean);
    if (typed) merge(groups, typed, g, 'same');
  }
}

const fold = (x: string) => x.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A key that spellings with or without accents, spaces or hyphens, or in the other order, share. */
function looseKey(g: Group): string {
  const type = majorityType(g);
  const name = fold(fullName(g));
  if (type === 'PERSON' || type === 'NAME')
    return `p:${words(name.replace(/[^\p{L}\p{N}\s]/gu, ''))
      .sort()
      .join(' ')}`;
  if (!NAMED.has(type)) return `${type}:${g.key}`;
  return `${type}:${name.replace(/[^\p{L}\p{N}]/gu, '')}`;
}

/**
 * 1b. The same name written with or without accents, spaces or hyphens ("Open AI", "Alvarez"),
 *     or a person's name in the other order ("Zhao Shengjia"): one entity, a spelling variant.
 */
function joinLooseSpellings(groups: Groups): void {
  const byLoose = new Map<string, Group>();
  for (const g of sortedGroups(groups)) {
    const k = looseKey(g);
    if (k.length <= 3) continue;
    const first = byLoose.get(k);
    if (first && groups.has(first.key)) merge(groups, first, g, 'variant');
    else byLoose.set(k, g);
  }
}

/** 2. Near spellings of multi-word person names with the same first name ("Jerry Twerk"). */
function joinNearSpellings(groups: Groups): void {
  const persons = () =>
    sortedGroups(groups).filter(
      (g) => NAMED.has(majorityType(g)) && (majorityType(g) === 'PERSON' || majorityType(g) === 'NAME'),
    );
  for (const big of persons()) {
    if (!groups.has(big.key)) continue;
    const bw = words(fullName(big));
    if (bw.length < 2) continue;
    for (const small of persons()) {
      if (small === big || !groups.has(small.key)) continue;
      const sw = words(fullName(small));
      if (sw.length !== bw.length) continue;
      const sameFirst = sw.slice(0, -1).join(' ').toLowerCase() === bw.slice(0, -1).join(' ').toLowerCase();
      if (sameFirst && nearSpelling(sw[sw.length - 1] ?? '', bw[bw.length - 1] ?? ''))
        merge(groups, big, small, 'variant');
    }
  }
}

/**
 * Shared context backs a near spelling: a document naming both, or an organisation named in
 * the documents of each ("Twerk … OpenAI" and "Jerry Tworek … OpenAI").
 */
function sharesContext(groups: Groups, a: Group, b: Group): boolean {
  const da = docsOf(a);
  const db = docsOf(b);
  if ([...da].some((d) => db.has(d))) return true;
  return [...groups.values()].some((o) => {
    if (majorityType(o) !== 'ORG') return false;
    const od = docsOf(o);
    return [...da].some((d) => od.has(d)) && [...db].some((d) => od.has(d));
  });
}

const compatible = (a: MentionType, b: MentionType) => a === b || a === 'NAME' || b === 'NAME';

/**
 * 3. Short forms: a one-word name joins the single multi-word entity of a compatible type that
 *    ends with it (or a near spelling of it); when several do, the one sharing a document wins.
 */
function joinShortForms(groups: Groups): void {
  for (const g of sortedGroups(groups)) {
    if (!groups.has(g.key)) continue;
    const type = majorityType(g);
    if (!NAMED.has(type) || type === 'PLACE') continue;
    const name = fullName(g);
    if (words(name).length !== 1 || !isLatin(name)) continue;
    const targets = sortedGroups(groups).filter((t) => {
      if (t === g || !compatible(type, majorityType(t))) return false;
      const tw = words(fullName(t));
      if (tw.length < 2) return false;
      const last = tw[tw.length - 1] ?? '';
      return (
        last === name ||
        (majorityType(t) === 'PERSON' && nearSpelling(last, name) && sharesContext(groups, g, t))
      );
    });
    let target = targets.length === 1 ? targets[0] : undefined;
    if (targets.length > 1) {
      const sharing = targets.filter((t) => [...docsOf(g)].some((d) => docsOf(t).has(d)));
      if (sharing.length === 1) target = sharing[0];
    }
    if (target) merge(groups, target, g, 'short');
  }
}

const SCRIPT_CONTEXT: ReadonlySet<MentionType> = new Set(['ORG']);

/**
 * 4. Names in another script (ドナルド・トランプ, 도널드 트럼프, 特朗普, Трамп): linked to the entity whose
 *    romanised name sounds alike, with the score and the evidence kept on the form.
 */
function joinAcrossScripts(groups: Groups, langs: Map<string, string | undefined>): void {
  const contextOf = new Map<string, Set<string>>();
  for (const g of groups.values()) {
    if (!SCRIPT_CONTEXT.has(majorityType(g))) continue;
    for (const d of docsOf(g)) {
      const set = contextOf.get(d) ?? new Set<string>();
      contextOf.set(d, set);
      set.add(g.key);
    }
  }
  const candidates: ScriptCandidate[] = sortedGroups(groups)
    .filter((g) => NAMED.has(majorityType(g)))
    .map((g) => {
      const context = new Set<string>();
      for (const d of docsOf(g)) for (const k of contextOf.get(d) ?? []) context.add(k);
      return {
        id: g.key,
        name: fullName(g),
        type: majorityType(g),
        lang: langs.get(g.refs[0]?.document ?? ''),
        context,
      };
    });
  for (const m of crossScriptMerges(candidates)) {
    const from = groups.get(m.from);
    const into = groups.get(m.into);
    if (!from || !into) continue;
    for (const r of from.refs) into.scriptLinks.set(r.mention.key, m.link);
    merge(groups, into, from, 'script');
  }
}

/** The forms a group was written in, each marked as a spelling variant or short form of the canonical name. */
function formsOf(g: Group, canonical: string, type: MentionType): EntityForm[] {
  const canonicalWords = words(canonical).length;
  const formMap = new Map<string, { docs: Set<string>; keys: Set<string> }>();
  for (const r of g.refs) {
    let f = formMap.get(r.mention.text);
    if (!f) {
      f = { docs: new Set(), keys: new Set() };
      formMap.set(r.mention.text, f);
    }
    f.docs.add(r.document);
    f.keys.add(r.mention.key);
  }
  return [...formMap]
    .map(([text, f]) => {
      const form: EntityForm = { text, documents: [...f.docs].sort() };
      const link = [...f.keys].map((k) => g.scriptLinks.get(k)).find(Boolean);
      if (link) form.transliteration = { ...link, evidence: [...link.evidence] };
      const variant = [...f.keys].some((k) => g.variantKeys.has(k));
      const fw = words(text).length;
      const canonicalLast = words(canonical)[canonicalWords - 1] ?? '';
      if (
        variant ||
        (fw === 1 &&
          canonicalWords > 1 &&
          NAMED.has(type) &&
          isLatin(text) &&
          text !== canonicalLast &&
          nearSpelling(text, canonicalLast))
      ) {
        form.spellingVariant = true;
      }
      if (NAMED.has(type) && isLatin(text) && isLatin(canonical) && fw < canonicalWords)
        form.shortForm = true;
      return form;
    })
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

function entityOf(g: Group): Entity {
  const canonical = fullName(g);
  const type = majorityType(g);
  const mentions: EntityMentionRef[] = g.refs
    .map((r) => ({
      document: r.document,
      span: { start: r.mention.span.start, end: r.mention.span.end },
      text: r.mention.text,
    }))
    .sort(
      (a, b) =>
        (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) ||
        a.span.start - b.span.start ||
        a.span.end - b.span.end ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );
  const docs = [...new Set(mentions.map((m) => m.document))].sort();
  return { key: g.key, canonical, type, forms: formsOf(g, canonical, type), mentions, documents: docs };
}

/**
 * One entity per real-world referent across the documents. Same key → same entity; then undecided
 * names join the typed entity of the same name, near spellings of a person's name join it when
 * the first names agree (`spellingVariant`), and a lone surname or last word joins the one full
 * name it ends (`shortForm`). Dates and quantities are values, not entities: they are not linked.
 */
export function linkEntities(documents: LinkDocument[]): Entity[] {
  const groups = groupByKey(documents);
  joinTypedNames(groups);
  joinLooseSpellings(groups);
  joinNearSpellings(groups);
  joinShortForms(groups);
  joinAcrossScripts(groups, new Map(documents.map((d) => [d.id, d.lang])));
  return [...groups.values()]
    .map(entityOf)
    .sort(
      (a, b) =>
        b.documents.length - a.documents.length ||
        b.mentions.length - a.mentions.length ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}
