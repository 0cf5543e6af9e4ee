import { cldrMonths, cldrRelativeDays } from '../calendar';
import type { EntityLocale } from '../types';

/**
 * The template `pnpm new-language` copies: what @corpus/entities knows about one language. Every
 * field is documented in ../types.ts; ../es/index.ts is a complete example of the same depth. Lists
 * may stay empty while you fill them in: an empty list finds nothing. Add tests on sentences you
 * write yourself in the language (see ../../../test/pt-nl-ru.test.ts).
 */
export const xx: EntityLocale = {
  lang: 'xx',
  // Set to the chrono-node locale of the same name when chrono has one (en, de, fr, es, it, pt, nl, ru, ja, zh).
  chrono: undefined,
  // From Unicode CLDR (empty when CLDR has no calendar data for the language); add the forms CLDR
  // lacks after the spread, and list in the call the CLDR words that are everyday words too.
  months: { ...cldrMonths('xx') },
  relativeDays: { ...cldrRelativeDays('xx') },
  numberWords: {},
  durationUnits: {},
  qualifiers: {},
  lastWords: [],
  nextWords: [],
  periodStart: [],
  periodEnd: [],
  stopwords: [],
  personTitles: [],
  personVerbs: [],
  orgSuffixes: [],
  orgHeads: [],
  productCues: [],
  mediaCues: [],
  roles: [],
  platforms: [],
  scaleWords: {},
  unitsAfter: [],
  unitsBefore: [],
  orgCitesBefore: [],
  orgCitesAfter: [],
  // Currency names and symbols come from Unicode CLDR (@corpus/core's currencyWords): list only the
  // forms news writes that CLDR lacks ("dollars" without the country), and the words between an
  // amount and its currency in `currencyLinkers` ("de" in "3 millions de francs").
  currencies: {},
  percentWords: ['%'],
  gazetteer: {},
};
