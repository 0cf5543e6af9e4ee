// Short synthetic news items for the tests and the benchmark: stories of a few documents each, in
// English, German and Italian, each naming the story's person, organisation and city, a year and a
// figure. Deterministic: the same arguments give the same documents.

const FIRST = ['Anna', 'Marco', 'Lena', 'Tomas', 'Sara', 'Jonas', 'Elena', 'Pavel', 'Maya', 'Luca', 'Ines'];
const LAST = ['Weber', 'Rossi', 'Novak', 'Keller', 'Moretti', 'Lindqvist', 'Brandt', 'Ferri', 'Hale'];
const ORG = ['Acme', 'Nordwind', 'Brightloop', 'Vega', 'Solaris', 'Kestrel', 'Orion', 'Halden', 'Quintex'];
const KIND = ['Corp', 'Labs', 'Group', 'Systems', 'Holdings', 'Energy', 'Media'];
const CITY = ['Berlin', 'Milan', 'Lyon', 'Porto', 'Vienna', 'Zurich', 'Oslo', 'Madrid', 'Prague', 'Dublin'];

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
    const at = (/** @type {string[]} */ list, /** @type {number} */ stride) =>
      list[Math.floor(story / stride) % list.length] ?? '';
    const s = {
      person: `${at(FIRST, 1)} ${at(LAST, FIRST.length)}`,
      org: `${at(ORG, 7)} ${at(KIND, 3)}`,
      city: at(CITY, 11),
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
