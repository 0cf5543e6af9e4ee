import { createLatinPlugin, type LatinRules } from '../../core/latin';

const MONTHS = [
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
];
/** Nouns that follow an ordinal number: `im 19. Jahrhundert`, `der 3. Platz`. */
const ORDINAL_NOUNS = [
  'jahrhundert', 'jahrtausend', 'jahrestag', 'geburtstag', 'lebensjahr', 'platz', 'rang', 'stock', 'etage',
  'klasse', 'liga', 'bundesliga', 'runde', 'spieltag', 'minute', 'mal', 'auflage', 'ausgabe', 'kapitel',
  'sitzung', 'tag', 'woche', 'quartal', 'halbjahr', 'semester', 'advent', 'weltkrieg', 'symphonie', 'sinfonie',
  'kongress', 'parteitag', 'staffel', 'folge', 'etappe', 'station', 'bezirk', 'armee', 'division', 'regiment',
];

export const rules: LatinRules = {
  prepositive: [
    'z', 'b', 'd', 'h', 'u', 'a', 'o', 'ä', 'dr', 'prof', 'hr', 'fr', 'hrn', 'nr', 'st', 'bzw', 'ca', 'vgl',
    'sog', 'ggf', 'inkl', 'exkl', 'zzgl', 'abzgl', 'gem', 'lt', 'bzgl', 'evtl', 'urspr', 'allg', 'geb', 'gest',
    'dipl', 'ing', 'mag', 'verh', 'bspw', 'ugs', 'abs', 'art', 'bd', 'kap', 'max', 'min', 'mio', 'mrd', 'tsd',
    'vs', 'zit', 'z.b', 'u.a', 'd.h', 'o.ä', 's', 'sa', 'so', 'mo', 'di', 'mi', 'do', 'str', 'tel', 'ff',
  ],
  abbreviations: [
    'usw', 'etc', 'bzw', 'ggf', 'inc', 'ltd', 'co', 'gmbh', 'ag', 'jh', 'jhd', 'chr', 'v.chr', 'n.chr', 'u.ä',
    'o.g', 'zt', 'z.t', 'i.d.r', 'u.u', 'm.e', 'v.a', 'ebd', 'hrsg', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov',
    'dez', 'u.s', 'e.v', 'e.g',
  ],
  sentenceStarters: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'er', 'sie', 'es', 'wir', 'ich', 'ihr', 'man',
    'dies', 'diese', 'dieser', 'dieses', 'doch', 'aber', 'und', 'auch', 'im', 'in', 'am', 'als', 'nach', 'dann',
    'so', 'zudem', 'damit', 'denn', 'wenn', 'seit',
  ],
  ordinalDates: true,
  ordinalFollowers: [...MONTHS, ...ORDINAL_NOUNS],
};

export const plugin = createLatinPlugin('latin-de', ['de'], rules);
