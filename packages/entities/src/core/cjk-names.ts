import { type Candidate, matchCandidate } from './candidate';
import { type NameContext, typeOfKey } from './names';
import { japaneseNameReadings } from './romanize';
import { alternation } from './text';

const cjkRegexCache = new WeakMap<Map<string, string>, RegExp | null>();

/** One alternation of the gazetteer's CJK names, longest first; cached per (shared) gazetteer. */
function cjkGazetteerRegex(gazetteer: Map<string, string>): RegExp | undefined {
  let re = cjkRegexCache.get(gazetteer);
  if (re === undefined) {
    const entries = [...gazetteer.keys()].filter((k) =>
      /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(k),
    );
    re = entries.length ? new RegExp(alternation(entries), 'gu') : null;
    cjkRegexCache.set(gazetteer, re);
  }
  return re ?? undefined;
}

const KATAKANA_NAME = /[\p{Script=Katakana}ー・]{2,}/gu;
const HAN_DOTTED_NAME = /[\p{Script=Han}]{1,5}[·•][\p{Script=Han}]{1,8}/gu;

/** Names written in Japanese or Chinese characters: gazetteer entries, then cue-based names. */
export function cjkNameCandidates(ctx: NameContext): Candidate[] {
  const { text, locale } = ctx;
  const out: Candidate[] = [];
  if (!/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(text)) return out;
  const re = cjkGazetteerRegex(ctx.gazetteer);
  if (re) {
    for (const m of text.matchAll(re)) {
      const key = ctx.gazetteer.get(m[0]) ?? '';
      out.push(matchCandidate(m, typeOfKey(key), key, 0.9, 'gazetteer', 55));
    }
  }
  const suffixes = locale?.personSuffixes ?? [];
  const orgSuffixes = (locale?.orgSuffixes ?? []).filter((s) => !/^[\p{Script=Latin}]/u.test(s));
  for (const m of text.matchAll(KATAKANA_NAME)) {
    // Trimmed by index: an end-anchored /・+$/ is quadratic on a long run of dots.
    let a = 0;
    let b = m[0].length;
    while (a < b && m[0][a] === '・') a++;
    while (b > a && m[0][b - 1] === '・') b--;
    const word = m[0].slice(a, b);
    if (word.length < 2) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const orgSuffix = orgSuffixes.find((s) => rest.startsWith(s));
    if (orgSuffix) {
      const place = ctx.gazetteer.get(word);
      const key =
        place?.startsWith('place:') && /大学|大學/.test(orgSuffix)
          ? `org:university of ${place.slice(6)}`
          : `org:${word}${orgSuffix}`;
      out.push(
        matchCandidate(m, 'ORG', key, 0.75, 'names:cjk-org', 56, { length: m[0].length + orgSuffix.length }),
      );
      continue;
    }
    if (suffixes.some((s) => rest.startsWith(s)) || word.includes('・')) {
      out.push(matchCandidate(m, 'PERSON', `person:${word}`, 0.7, 'names:katakana', 45));
    }
  }
  // Japanese names in kanji before an honorific or title ("岸田文雄首相", "孫正義氏"): a run of two to
  // five kanji that the name-reading table cuts into a family and a given name.
  const kanjiCues = locale?.lang === 'ja' ? suffixes.filter((x) => /^\p{Script=Han}+$/u.test(x)) : [];
  if (kanjiCues.length) {
    const re = new RegExp(
      `(?<![\\p{Script=Han}々])[\\p{Script=Han}々]{2,5}(?=(?:${alternation(kanjiCues)}))`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      if (ctx.gazetteer.has(m[0]) || !japaneseNameReadings(m[0]).some((r) => r.includes(' '))) continue;
      out.push(matchCandidate(m, 'PERSON', `person:${m[0]}`, 0.6, 'names:kanji', 45));
    }
  }
  // Hangul names before a title or honorific ("이재용 회장", "김민지 씨").
  const hangulCues = suffixes.filter((x) => /\p{Script=Hangul}|^[A-Z]{2,4}$/u.test(x));
  if (hangulCues.length) {
    const re = new RegExp(
      `(?<![\\p{Script=Hangul}])[\\p{Script=Hangul}]{2,4}(?=\\s?(?:${alternation(hangulCues)}))`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      if (ctx.gazetteer.has(m[0])) continue;
      out.push(matchCandidate(m, 'PERSON', `person:${m[0]}`, 0.6, 'names:hangul', 45));
    }
  }
  const trailing = [...(locale?.personVerbs ?? []), ...suffixes].filter((w) => /^\p{Script=Han}+$/u.test(w));
  // Transliterated names without a dot ("阿尔特曼表示", "CEO 奥尔特曼"): a run of transliteration
  // characters right before a speech verb or honorific, or right after a title.
  const chars = locale?.transliterationChars;
  if (chars && trailing.length) {
    const titles = (locale?.personTitles ?? []).filter((w) => /^[\p{Script=Han}A-Z]+$/u.test(w));
    const re = new RegExp(`(?<![${chars}])[${chars}]{3,8}`, 'gu');
    const titleBefore = titles.length ? new RegExp(`(?:${alternation(titles)})\\s*$`, 'u') : undefined;
    for (const m of text.matchAll(re)) {
      const afterCue = trailing.some((w) => text.startsWith(w, m.index + m[0].length));
      const beforeCue = titleBefore?.test(text.slice(Math.max(0, m.index - 8), m.index)) === true;
      if (!afterCue && !beforeCue) continue;
      out.push(matchCandidate(m, 'PERSON', `person:${m[0]}`, 0.55, 'names:han-transliteration', 44));
    }
  }
  for (const m of text.matchAll(locale?.lang === 'zh' ? HAN_DOTTED_NAME : /(?!)/gu)) {
    // "萨姆·奥尔特曼表示": the speech verb or title after the name is not part of it.
    let name = m[0];
    const cut = trailing.filter((w) => name.endsWith(w) && name.length - w.length > name.indexOf('·') + 1)[0];
    if (cut) name = name.slice(0, -cut.length);
    out.push(
      matchCandidate(
        m,
        'PERSON',
        `person:${name.replace(/[·・•]/g, '·')}`,
        0.65,
        'names:han-transliteration',
        45,
        { length: name.length },
      ),
    );
  }
  return out;
}
