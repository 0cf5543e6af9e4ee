import type { MentionType, MentionValue } from '@corpus/entities';
import type { ConceptName } from '../facts/concepts';
import type { TriggerName } from '../facts/predicates';
import type { Qualifier } from '../facts/qualifiers';
import type { UnitName } from '../facts/units';

/**
 * What compare knows about one language: the words that trigger facts and the cues that attribute a
 * statement to a source. Patterns are regular-expression sources (matched case-insensitively, `u`
 * flag); keep them linear-time: no nested quantifiers, gaps bounded like `[^.]{0,30}`.
 */
export interface FactLocale {
  /** BCP 47 primary language subtag, e.g. `it`. */
  lang: string;
  /**
   * True for languages written with spaces between words: patterns must then start and end at a word
   * edge. False for Japanese and Chinese, where a trigger is found inside a run of characters.
   */
  wordBoundaries: boolean;
  triggers: Partial<Record<TriggerName, readonly string[]>>;
  /**
   * Words of the concept inventory (src/facts/concepts.ts), by concept: kept in the locale folder's
   * `concepts.ts`, matched all at once (one expression for every concept of the language).
   */
  concepts?: Partial<Record<ConceptName, readonly string[]>>;
  /**
   * Unit words written after a bare number ("22,660 acres", "160平方キロ"), by canonical unit: they give
   * the number its unit when @corpus/entities left it without one.
   */
  units?: Partial<Record<UnitName, readonly string[]>>;
  /**
   * Currencies after a bare amount: CLDR gives every language's currency names and symbols
   * (@corpus/core's currencyWords); a locale adds `linkers` between amount and currency ("de" in "3
   * millions de francs suisses") and `words`, by ISO 4217 code, for forms CLDR lacks ("人民元").
   */
  currencies?: { linkers?: readonly string[]; words?: Readonly<Record<string, readonly string[]>> };
  /**
   * What finds the head word of a claim no concept takes ("1,200 firefighters", "1200名の消防士", "a 40
   * tonne beam"): `partitives` put a count inside a larger phrase ("2 of the 40 trucks": no head);
   * `notHeads` are words after a number that count nothing ("and", "per"); in Japanese, Chinese and
   * Korean the `counters` after a number ("名", "辆", "명") and the `linkers` before the noun ("の", "의");
   * `particles` end a Korean noun's word ("가" in "불도저가") or stand between a noun and its value in
   * Japanese and Chinese ("は" in "費用は7億ユーロ"). The other fields are documented below.
   */
  heads?: {
    partitives?: readonly string[];
    notHeads?: readonly string[];
    /**
     * Function words (prepositions, articles, auxiliaries, conjunctions): they end the noun phrase after
     * a value ("40 ambulances to the hospital") and are never its head.
     */
    closed?: readonly string[];
    /**
     * Words before a noun that are not its head ("new", "other", "nouvelles", "otros", "nieuwe"; in
     * Russian any "-ых"/"-их" adjective): a small closed class in languages whose other adjectives
     * follow the noun, or are told apart otherwise (by `plural`, by `capitalisedNouns`). Patterns.
     */
    modifiers?: readonly string[];
    /** A plural noun (pattern): a count's head is the first plural of its phrase ("40 rescue dogs"). */
    plural?: string;
    /**
     * Articles and possessives: a value right after one stands before the noun it measures ("a 30-metre
     * spire", "the 12% rise", "ein 96 Meter hoher Turm"), and that noun is its head.
     */
    articles?: readonly string[];
    /** Nouns are capitalised (German): a count's head is the first capitalised word of its phrase. */
    capitalisedNouns?: boolean;
    counters?: readonly string[];
    linkers?: readonly string[];
    particles?: readonly string[];
  };
  /**
   * Words that qualify a value: `before` it ("more than", "約") or `after` it ("以上", "이상"), by
   * qualifier. `about`, `over`, `nearly` and `up to` widen the amount compared; `projected` ("could
   * reach", "見込み", anywhere in the value's clause) makes it a forecast, compared only with forecasts.
   */
  qualifiers?: {
    before?: Partial<Record<Qualifier, readonly string[]>>;
    after?: Partial<Record<Qualifier, readonly string[]>>;
  };
  /**
   * Words that put a value in a sub-event or a side figure when they stand in its clause ("aftershock",
   * "previous"), by scope name: such values are compared only with values of the same scope.
   */
  scopes?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that open an aside between commas ("which", "qui", "der", "che", "который"): a scope word
   * before such an aside still holds for the value after it ("the previous fire, which started on
   * Tuesday, burned 5,000 acres").
   */
  asides?: readonly string[];
  /**
   * Names of bodies that figures belong to — parties and blocs of any country ("Greens", "Grünen",
   * "Verts", "녹색당" are all `greens`) — by a key shared by every language. A figure beside one is that
   * body's (a vote share, a seat count), as it is beside an acronym. Matched case-sensitively, so that
   * "the Left" is a party and "left" a verb.
   */
  bodies?: Readonly<Record<string, readonly string[]>>;
  /**
   * Nouns of events a story may hold several of ("fire", "incendie", "산불", "hurricane"), and the words
   * that link such a noun to the name after it ("of", "de", "d'"): a figure beside "the Eaton Fire" or
   * "l'incendie d'Eaton" is that fire's, not the story's.
   */
  events?: {
    nouns: readonly string[];
    linkers?: readonly string[];
    /** Words that refer back to a sub-event by its noun ("the", "this": "the fire", "cet incendie"). */
    references?: readonly string[];
  };
  /**
   * "respectively", "respectivement", "각각": the figures of the sentence go, in order, to the names
   * listed before them ("the Greens and the Left … 11.6% and 8.8%, respectively").
   */
  respectively?: readonly string[];
  /**
   * Cues that give a thing its name: `before` the name ("known as 'Mechazilla'", "bekannt als"),
   * `after` it (「Mechazilla」と名付けられた, ‘메카질라’로 불린다). The name is quoted or capitalised.
   */
  naming?: { before?: readonly string[]; after?: readonly string[] };
  attribution: {
    /** Cues followed by the source: "according to X", "secondo X", "laut X", "据X". */
    sourceAfter?: readonly string[];
    /** Cues preceded by the source: "Xによると", "X에 따르면", "X zufolge". */
    sourceBefore?: readonly string[];
  };
}

/** A locale's words of the concept inventory, by concept (`src/locales/<lang>/concepts.ts`). */
export type ConceptWords = NonNullable<FactLocale['concepts']>;

/**
 * A sentence or two written for a locale's test, with the mentions @corpus/entities would give it and
 * the facts that must come out. Each locale folder's `fixtures.json` holds some; a test runs them all.
 */
export interface FactFixture {
  name: string;
  text: string;
  /** `[text, type, key, value?]`: the mention of the first occurrence of `text`. */
  mentions: readonly (readonly [string, MentionType, string, MentionValue?])[];
  /** `[predicate, display, subject key ('' when the clause names none), attribution key?]`, in order. */
  facts: readonly (readonly [string, string, string, string?])[];
}
