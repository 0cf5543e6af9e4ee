import type { DurationQualifier } from '../types';

/**
 * How a language spells numbers out: a small word table and the rules that compose it (read by
 * `src/core/spelled-numbers.ts`, which knows no language). Keys are lower case.
 */
export interface SpelledNumberTable {
  /** Words that add their value: units, teens, tens, whole hundreds ("one" 1, "vingt" 20, "doscientos" 200). */
  words: Record<string, number>;
  /** Words that multiply what stands before them and stay below a thousand: "hundred" 100, "cento" 100, "dozen" 12. */
  multipliers: Record<string, number>;
  /** Scale words: "thousand" 1e3, "Millionen" 1e6, "миллиардов" 1e9. */
  scales: Record<string, number>;
  /** Words that join parts of one number ("and", "et", "y", "e", "und", "en"); never at either end. */
  connectors: string[];
  /** Articles that read as one only before a multiplier or scale ("a hundred", "un millón"), never alone. */
  articles?: string[];
  /** Words before a number that make it negative ("minus", "moins", "menos"). */
  negatives?: string[];
  /** Numbers are glued into one word ("dreihundertzwanzig", "duecentoventi", "vijfentwintig"). */
  glued?: boolean;
  /** The unit comes before the ten, joined by a connector ("fünfundzwanzig", "vijfentwintig"). */
  unitBeforeTen?: boolean;
  /** Tens that take a teen after them (French "soixante-dix", "quatre-vingt-dix"). */
  tensWithTeens?: number[];
  /** Ordinal words → value ("third" 3, "troisième" 3, "dritte" 3); a multiplier or scale + suffix is read too. */
  ordinals: Record<string, number>;
  /** Endings that make an ordinal of a spelled cardinal ("-th", "-ième", "-ste"), longest first. */
  ordinalSuffixes?: string[];
  /** Endings after digits that make an ordinal ("1st", "3e", "2º", "3.": regex source, after the digits). */
  ordinalDigitSuffix?: string;
  /** Denominators of spelled fractions ("third" 3, "quarter" 4, "half" 2, "tiers" 3, "Viertel" 4). */
  denominators: Record<string, number>;
  /** Words of a decimal point between two spelled numbers ("point", "virgule", "coma", "Komma"). */
  decimalWords?: string[];
  /** Words of a quotient between two numbers ("1 over 3", "un sur trois"). */
  fractionWords?: string[];
  /** Words between the two numbers of a range ("to", "bis", "à", "a", "до"), besides a dash. */
  rangeWords?: string[];
  /** Words before the first number of a range ("between", "from", "zwischen", "entre", "de", "от"). */
  rangeOpeners?: string[];
  /**
   * Characters inside a Han numeral that stand for an unstated amount at their place, and what they
   * say of the written one: "十余万" is over 100,000, "二十几万" over 200,000 (zh 余 多 几 幾 → over).
   */
  approximations?: Record<string, DurationQualifier>;
  /**
   * Counters (measure words) written after a number ("三双", "十个", "스물여섯명"): a lone digit
   * before one is a number, and a glued number ends where one begins. Literal words.
   */
  counters?: string[];
  /** Number words said only before a counter (Korean 두, 세, 네: "두 개", "세 명"), elsewhere everyday words. */
  counted?: Record<string, number>;
  /** Words that begin with a multiplier or a counter and are neither ("打开" open, "打算" plan). */
  notNumbers?: string[];
}

export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S';

/** A role phrase (regex source, matched case-insensitively) and the English slug of the role. */
export interface RolePattern {
  pattern: string;
  key: string;
}

/**
 * Words that make one date expression out of a date and what surrounds it: "from 3 to 12 May",
 * "since 2018", "2018年以降", "in three weeks", "vor drei Wochen". All lower-case.
 */
export interface DateSpanWords {
  /** Before the first date of a range: "from", "between", "vom", "dal", "从". */
  rangeFrom?: string[];
  /** Between the two dates of a range, with or without a `rangeFrom` word: "to", "bis", "al", "から", "至". Dashes always join. */
  rangeTo?: string[];
  /** Between the two dates only after a `rangeFrom` word ("between … and …"): "and", "und", "e". */
  rangeAnd?: string[];
  /** After the last date of a range: "まで", "の間", "之间". */
  rangeClose?: string[];
  /** Between a date and its time of day, beside white space and a comma: "at", "um", "alle", "の". */
  timeJoin?: string[];
  /** Before one date, making it an open interval: "before", "after", "since", "until", "seit", "ab". */
  boundBefore?: string[];
  /** After one date: "以前", "以降", "以来", "之前", "or later". */
  boundAfter?: string[];
  /** Before an amount of time, making it a date: "in" → 1 (that much after the reference), "vor" → −1. */
  offsetBefore?: Record<string, 1 | -1>;
  /**
   * Before an amount of time, making it the period up to or from the reference: "last" → −1
   * ("last 3 months"), "next" → 1 (from the next day: "next 3 days"), "within" → 0 (from the reference on).
   */
  spanBefore?: Record<string, 1 | 0 | -1>;
  /** The same words between the amount and its unit ("dix derniers mois", "3 prochaines semaines"). */
  spanBetween?: Record<string, 1 | -1>;
  /** After an amount of time: "ago" → −1, "later" → 1, "後" → 1, "前" → −1. */
  offsetAfter?: Record<string, 1 | -1>;
  /** Unit words of such amounts beside durationUnits' ("日" in "3日後", where a duration says "3日間"). */
  offsetUnits?: Record<string, DurationUnit>;
}

/**
 * What @corpus/entities knows about one language. Everything language-specific lives in
 * `src/locales/<lang>/index.ts` as one object of this shape; the core reads only these fields.
 */
export interface EntityLocale {
  /** BCP 47 primary tag. */
  lang: string;
  /** chrono-node locale used as the date base, when chrono has one. */
  chrono?: 'en' | 'it' | 'de' | 'ja' | 'zh' | 'fr' | 'es' | 'pt' | 'nl' | 'ru';
  /** German-style orthography: every noun is capitalised, so a capital alone is weak evidence. */
  capitalisesNouns?: boolean;
  /**
   * A language model's verdict on one capitalised word: is it a proper noun here? Consulted for a
   * sentence-initial word with no other evidence, and to let a speech verb type a one-word name.
   * `context` is the text from the word to the end of its line (at most 160 characters).
   */
  properNoun?: (word: string, context: string) => boolean;
  /** A language model's verdict that the text from a capitalised word on is a date or duration ("Monday after…"). */
  dateWord?: (word: string, context: string) => boolean;
  /** Markers of year, month and day after numbers, where the language writes dates that way (ko: 년 월 일); Han 年月日 are always read. */
  dateMarkers?: { year: string; month: string; day: string };
  /** Time-zone names → UTC offset in minutes, matched case-sensitively ("JST" 540, "北京时间" 480, "MEZ" 60). */
  timeZones?: Record<string, number>;
  /** Words before or after a clock time: 12 for afternoon ("p.m.", "午後", "下午", "오후"), 0 for morning. */
  meridiem?: Record<string, 0 | 12>;
  /** Regex sources of the word after the hour ("時(?!間)", "点", "시(?!간)", "Uhr", "h"). */
  hourMarkers?: string[];
  /**
   * An hour word that makes a clock time only after a cue ("à 23 heures", "il est vingt heures";
   * "pour 3 heures" stays a duration): the cues before the number and the hour words after it.
   */
  hourCues?: { before: string[]; words: string[] };
  /** Regex sources of the word after the minutes ("分", "분"). */
  minuteMarkers?: string[];
  /** Lower-case month names and abbreviations → 1..12. */
  months: Record<string, number>;
  /**
   * How the language spells numbers out (NUMBER, ORDINAL, fractions, PERCENT and MONEY in words), and
   * its words for negatives and ranges. Han and Hangul numerals are read by script, without a table.
   */
  spelled?: SpelledNumberTable;
  /**
   * Percent forms other than a percent word after the number (regex source → factor): before it
   * (`百分之` 1, `千分之` 0.1), or after it (`成`, `割`, `折` 10: "三成" is 30%, "75折" 75%; `个百分点` 1).
   */
  percentForms?: { before?: Record<string, number>; after?: Record<string, number> };
  /** Words of an age (regex sources): after the number ("years old", "Jahre alt", "岁", "살") or before it ("aged"). */
  ageWords?: { before?: string[]; after?: string[] };
  /** Temperature words (regex source → `C`, `F`, `K`, or `deg` when the scale is not said): after or before the number. */
  temperatureWords?: { before?: RolePattern[]; after?: RolePattern[] };
  /**
   * How a century is written, as regex sources: the word after its ordinal ("century", "siècles?",
   * "Jahrhunderts?", "世紀") or before it ("siglo" XII), the ordinal suffix after digits or Roman
   * numerals when it differs from `spelled.ordinalDigitSuffix` ("12." in German, "XIIᵉ"), and the
   * era markers of centuries before the common era ("BC", "av. J.-C.", "紀元前"), which are not read.
   */
  centuryWords?: { after?: string[]; before?: string[]; ordinalSuffix?: string; era?: string[] };
  /**
   * Round numbers said as a noun of about that many ("une quarantaine de", "una decina di", "una
   * veintena de"): the article before it (regex source), the nouns (regex source → amount) and the
   * word after it. Read as that amount with the qualifier `about`.
   */
  approximateNumbers?: { article: string; nouns: Record<string, number>; after: string };
  /** Lower-case number words → value ("sieben" → 7). */
  numberWords: Record<string, number>;
  /** Lower-case duration unit words (all inflections) → ISO 8601 designator. */
  durationUnits: Record<string, DurationUnit>;
  /** Lower-case words before a number that qualify a duration ("fast" → nearly). */
  qualifiers: Record<string, DurationQualifier>;
  /** Words after a duration that qualify it ("以上" → over). */
  qualifiersAfter?: Record<string, DurationQualifier>;
  /**
   * Words joining the parts of one duration ("1 час и 5 минут"), besides the spelled-number
   * connectors ("and", "und", "et", "と", "又") and a comma, which always join.
   */
  durationJoiners?: string[];
  /**
   * Regex sources of the words after a duration that add half its last unit: "and a half", "et
   * demie", "半" (5年半), "반" (1시간 반); each guarded against the words it begins (半ば, 반대).
   */
  halfWords?: string[];
  /**
   * Duration units that also begin other words, read only after digits and not before the
   * characters listed (ja "分" of 7分後, not 十分 "enough" nor 3分の1 "a third"; ko "분" of 7분, not
   * 3분기 "third quarter"), and never as the minutes or seconds of a clock time after an hour mark
   * and a minute mark (21時25分, 17点55分23秒).
   */
  shortDurationUnits?: {
    units: Record<string, DurationUnit>;
    notBefore: string;
    hourMarks: string;
    minuteMarks: string;
  };
  /** Words before a month name meaning "last" / "next" ("scorso", "vergangenen"). */
  lastWords?: string[];
  nextWords?: string[];
  /** Words before a period unit meaning "this" ("this week", "diesen Monat", "questo mese"); lastWords/nextWords give the others. */
  thisWords?: string[];
  /**
   * Periods relative to the reference written as one word ("来月", "先週", "去年", "下周") → the
   * unit and how many of it from the reference's (0: this one). Languages with spaces compose them
   * from thisWords/lastWords/nextWords and the week/month/year words of durationUnits instead.
   */
  relativePeriods?: Record<string, { unit: 'W' | 'M' | 'Y'; shift: number }>;
  /** Words around dates that belong to the date's span: ranges, open intervals, offsets. */
  dateSpans?: DateSpanWords;
  /** Words for a day relative to the reference date → offset in days ("ieri" → -1, "明天" → 1). */
  relativeDays?: Record<string, number>;
  /** Words around a year meaning its start / end ("inizio", "Anfang", "开年", "early"). */
  periodStart?: string[];
  periodEnd?: string[];
  /** Capitalised function words that begin sentences and are never names. */
  stopwords: string[];
  /** Titles and role nouns before a person's name (lower-case): "professore", "herr", "ceo". */
  personTitles: string[];
  /** Suffix of a compound title noun (German "Firmenchef", "Technikchefin"). */
  personTitleSuffixes?: string[];
  /** Honorifics or role words right after a name: "氏", "さん", "先生". */
  personSuffixes?: string[];
  /** Frequent family names written in Han characters, one character each (zh 王李张…): a name's first character. */
  familyNames?: string;
  /** Characters used to transliterate foreign names (zh 阿尔特曼): a run of them next to a person cue is a name. */
  transliterationChars?: string;
  /** Speech/action verbs right after a name that only people do: "said", "ha spiegato", "指出". */
  personVerbs?: string[];
  /** Last words of organisation names: "Inc.", "GmbH", "University", "大学", "公司", "Lab". */
  orgSuffixes: string[];
  /**
   * Words of a trade that name a company after the place it is named for, when the company acts
   * (zh 石油, 电力: 中国石油与…, 东京电力开始…); unlike `orgSuffixes`, nothing may stand between them.
   */
  companyTrades?: string[];
  /** Words of a kind of place after the place it is named for (zh 洋, 圣母院, 博物馆: 印度洋, 巴黎圣母院). */
  placeFeatures?: string[];
  /**
   * Words that say what a name is, around it (ja: 自動車大手トヨタ, 護衛艦「いずも」, キーウ近郊, 第1空挺団): see
   * `NameKinds`.
   */
  nameKinds?: NameKinds;
  /** First words of organisation names followed by of/di/der + Name: "University", "Università". */
  orgHeads?: string[];
  /**
   * Regex sources of the words that cite an agency, before ("according to the", "selon l'", "据") or
   * after ("によると", "에 따르면") an all-capitals name: "according to the USGS" → USGS is an ORG.
   */
  orgCitesBefore?: string[];
  orgCitesAfter?: string[];
  /** Words after a Latin name marking a product/model: "model", "模型", "モデル". */
  productCues?: string[];
  /** Words after a Latin name marking a media outlet or show: "podcast", "播客". */
  mediaCues?: string[];
  /**
   * Papers and magazines named by a common noun of the language, with the article of their gender
   * ("der Spiegel", "die Zeit"): an organisation only where news cites them (after "laut", beside a
   * verb of reporting in the nominative, in the dative after a verb of saying and its subject, before
   * "zufolge").
   */
  citedMedia?: string[];
  /**
   * Parties named by a word the language uses as a noun or an adjective too, after the articles that
   * make them the party ("die|den|der Grünen", "die Linke"): an organisation there, written in lower
   * case inside a sentence, when no noun follows ("das Grüne Gewölbe").
   */
  articleParties?: string[];
  roles: RolePattern[];
  /** Platform phrases (regex source) → slug; a bare "X" needs a cue so it is listed with one. */
  platforms: RolePattern[];
  /** Scale words → multiplier ("billion" 1e9, "Mio." 1e6, "億" 1e8). */
  scaleWords: Record<string, number>;
  /**
   * Units of a counted or measured number, as regex sources (matched case-insensitively) → unit:
   * after the number ("人", "명", "people" → `person`; "km", "キロ" → `km`; "级" → `magnitude`) or
   * before it ("マグニチュード", "magnitude", "규모" → `magnitude`).
   */
  unitsAfter?: RolePattern[];
  unitsBefore?: RolePattern[];
  /**
   * Currency words and symbols → ISO 4217, for the forms Unicode CLDR lacks: CLDR's names and symbols
   * of the locale's language (@corpus/core's currencyWords: "francs suisses", "スイスフラン", "HK$",
   * "CHF") are read without being listed here. Words match in any case, symbols as written.
   */
  currencies: Record<string, string>;
  /** Words between an amount and its currency: "de" and "d'" in "3 millions d'euros". */
  currencyLinkers?: string[];
  percentWords: string[];
  /** Names written this way in this language → key (`org:…`, `place:…`, `product:…`). */
  gazetteer: Record<string, string>;
}

/**
 * Words around a name that say what it is, for a language that writes names without capitals or
 * spaces (ja).
 */
export interface NameKinds {
  /**
   * Kinds written right before a name: `words` with nothing between (自動車大手トヨタ, 首都キーウ; or
   * `particle` between, 中部のマンダレー) or before the name in corner brackets (探査機「はやぶさ2」);
   * `quotedWords` before brackets only (映画「…」, a kind written in katakana).
   */
  before: { type: 'ORG' | 'PLACE' | 'PRODUCT'; words: string[]; quotedWords?: string[]; particle?: string }[];
  /** What follows only a place's name (近郊, 郊外, を訪問, で開かれた). */
  placeAfter: string[];
  /** What follows only an organisation's name (本社, 日本法人, 幹部, 社員): a word the lexicon lacks before it is one. */
  orgAfter: string[];
  /**
   * Words of a landmark or a landscape after the place it is named for (ja 城, 寺, 湿原, 演習場: 首里城,
   * 釧路湿原), when the place is known and no common word.
   */
  placeFeatures: string[];
  /**
   * Words after a katakana or Latin name that make an organisation of it (ロイター通信, フーシ派), when the
   * name is no common word.
   */
  orgAfterName: string[];
  /** Words after a place's or a family's name that name a prize or a festival (京都賞, 芥川賞, 祇園祭). */
  afterPlaceOrFamily: string[];
  /** Words of a body that end a name opened by a katakana word (カトリック中央協議会). */
  bodyWords: string[];
  /** Military units after their ordinal number (第1空挺団, 第7艦隊). */
  numberedUnits: string[];
  /**
   * Kinds after two names joined by a comma and "both" (ja 自民、公明両党, トヨタ、ホンダ両社): the mark of
   * "both" and the kinds by the type of what they name.
   */
  both?: { mark: string; kinds: { type: 'ORG' | 'PLACE' | 'PERSON'; words: string[] }[] };
}
