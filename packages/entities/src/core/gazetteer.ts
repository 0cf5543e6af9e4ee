import { GLOBAL_GAZETTEER } from '../locales/_global/index';
import type { EntityLocale } from '../locales/types';
import { cityNames } from './language-data';

const REGION_CODES: string[] = [];
for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) REGION_CODES.push(String.fromCharCode(a, b));

// UN M.49 codes of continents and world regions that news names as places (Europe, Asia, Africa,
// the Americas, Latin America); Intl.DisplayNames names them in every locale.
const CONTINENT_CODES = ['002', '009', '019', '142', '150', '419', '005'];

const countryCache = new Map<string, Record<string, string>>();

/**
 * The English name of each code of REGION_CODES and CONTINENT_CODES that ICU names (a grouped region
 * left out), asked once for every language's table: of the 683 codes, 287 have one in Node 20, and a
 * language's names are asked only for those.
 */
let englishRegions: [code: string, en: string][] | undefined;

function englishRegionNames(): [code: string, en: string][] {
  if (englishRegions) return englishRegions;
  englishRegions = [];
  let english: Intl.DisplayNames;
  try {
    english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return englishRegions;
  }
  for (const code of [...REGION_CODES, ...CONTINENT_CODES]) {
    let en: string | undefined;
    try {
      en = english.of(code);
    } catch {
      continue;
    }
    // Skip unknown codes (ICU echoes them) and grouped regions ("European Union", "world").
    if (!en || en === code || /^(?:EU|EZ|UN|QO|XA|XB|ZZ|XK)$/.test(code)) continue;
    englishRegions.push([code, en]);
  }
  return englishRegions;
}

/** Country names in `lang` from Intl.DisplayNames (Node ships full ICU) → `place:<english name>`. */
export function countryNames(lang: string): Record<string, string> {
  const hit = countryCache.get(lang);
  if (hit) return hit;
  const out: Record<string, string> = {};
  let local: Intl.DisplayNames | undefined;
  try {
    local = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    countryCache.set(lang, out);
    return out;
  }
  for (const [code, en] of englishRegionNames()) {
    let name: string | undefined;
    try {
      name = local.of(code);
    } catch {
      continue;
    }
    if (!name || name === code) continue;
    if (name.length < 3 && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(name)) continue;
    const key = `place:${en.toLowerCase()}`;
    out[name] = key;
    if (!out[en]) out[en] = key;
  }
  countryCache.set(lang, out);
  return out;
}

/** Every name the document's language knows (own gazetteer, English, global brands, countries). */
const gazetteerCache = new Map<string, Map<string, string>>();

export function gazetteerFor(locales: EntityLocale[], lang: string): Map<string, string> {
  const id = `${lang}:${locales.map((l) => l.lang).join('+')}`;
  const hit = gazetteerCache.get(id);
  // Built-in locales are constants, so the merged table can be reused for every document.
  if (hit) return hit;
  const map = new Map<string, string>();
  const add = (table: Record<string, string>) => {
    for (const [k, v] of Object.entries(table)) if (!map.has(k)) map.set(k, v);
  };
  for (const l of locales) add(l.gazetteer);
  add(GLOBAL_GAZETTEER);
  // Cities in the languages written in other scripts, from CLDR (Latin-script names need no table:
  // a capitalised city is a name, and its spelling links it). German's table (13 000 towns and
  // regions) only overrules its noun test (germanPlaceKey): as a gazetteer it would make places of
  // the surnames that are towns too (Lauterbach).
  if (!locales.some((l) => l.capitalisesNouns)) add(cityNames(lang.split('-')[0]?.toLowerCase() ?? ''));
  add(countryNames(lang));
  add(countryNames('en'));
  gazetteerCache.set(id, map);
  return map;
}
