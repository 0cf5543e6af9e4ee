// Short synthetic news items for the tests and the benchmark: stories of a few documents each, in
// English, German and Italian, each naming the story's person, organisation and city, a year and a
// figure. Deterministic: the same arguments give the same documents.

// Made-up names, one person and one organisation per story (syllables spelled from the story's
// number), so stories do not run into each other; the cities are shared, as real places are.
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'de',
  'ba',
  'no',
  'ri',
  'fe',
  'gu',
  'la',
  'po',
];
const KIND = ['Corp', 'Labs', 'Group', 'Systems', 'Holdings', 'Energy', 'Media'];
const CITY = ['Berlin', 'Milan', 'Lyon', 'Porto', 'Vienna', 'Zurich', 'Oslo', 'Madrid', 'Prague', 'Dublin'];

/** A capitalised word of `length` syllables spelling `n` in base 16 (unique below 16^length). */
function word(/** @type {number} */ n, /** @type {number} */ length) {
  let w = '';
  for (let k = 0; k < length; k++, n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** @type {Record<string, (s: {person: string, org: string, city: string, year: number, n: number}) => string>} */
const TEMPLATES = {
  en: (s) =>
    `${s.person} joined ${s.org} in ${s.year}. Revenue in ${s.city} rose ${s.n} percent, the company said.`,
  de: (s) => `${s.person} kam ${s.year} zu ${s.org}. Der Umsatz in ${s.city} stieg um ${s.n} Prozent.`,
  it: (s) =>
    `${s.person} è entrato in ${s.org} nel ${s.year}. A ${s.city} il fatturato è cresciuto del ${s.n} per cento.`,
};
const LANGS = Object.keys(TEMPLATES);

/**
 * `count` documents `{ name, text, lang }`, `perStory` to a story (the last story may be shorter).
 * @param {number} count
 * @param {{ perStory?: number }} [options]
 */
export function* syntheticDocuments(count, { perStory = 5 } = {}) {
  for (let i = 0; i < count; i++) {
    const story = Math.floor(i / perStory);
    const s = {
      person: `${word(story % 256, 2)} ${word(Math.floor(story / 256), 3)}`,
      org: `${word(story + 4096, 4)} ${KIND[story % KIND.length]}`,
      city: CITY[story % CITY.length] ?? '',
      year: 1990 + (story % 35),
      n: 2 + ((i * 7) % 40),
    };
    const lang = LANGS[i % LANGS.length] ?? 'en';
    yield { name: `story-${story}-doc-${i}.txt`, lang, text: TEMPLATES[lang]?.(s) ?? '' };
  }
}

/** The same documents as JSONL text. */
export function syntheticJsonl(
  /** @type {number} */ count,
  /** @type {{ perStory?: number }} */ options = {},
) {
  let out = '';
  for (const d of syntheticDocuments(count, options)) out += `${JSON.stringify(d)}\n`;
  return out;
}
