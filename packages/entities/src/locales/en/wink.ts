import { winkLibrary } from './wink-library';

/** The part of wink-nlp's API used here (wink-nlp is CommonJS; it is loaded on first use). */
interface WinkDoc {
  tokens(): { out(f?: unknown): unknown[] };
  entities(): { out(f?: unknown): unknown[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; uniqueId: unknown; stem: unknown; span: unknown; type: unknown };
}

let nlp: Wink | undefined;
/** Lexeme ids from here on are out of wink's English vocabulary (added to its cache at run time). */
let firstOutOfVocabulary = Number.POSITIVE_INFINITY;
const inVocabulary = new Map<string, boolean>();

/** wink-nlp with wink-eng-lite-web-model, created on the first English call and kept for the process. */
function wink(): Wink {
  if (nlp) return nlp;
  const { winkNLP, model } = winkLibrary();
  // Only the annotations read here (POS tags, entities, and the sentences both work in): negation,
  // sentiment and custom entities would cost a quarter of every readDoc and change none of them.
  const instance = winkNLP(model, ['sbd', 'pos', 'ner']) as Wink;
  // A string no vocabulary holds: the first unknown word gets the first id past the vocabulary.
  const probe = instance.readDoc('qzxjvkwq').tokens().out(instance.its.uniqueId)[0];
  firstOutOfVocabulary = typeof probe === 'number' ? probe : Number.POSITIVE_INFINITY;
  nlp = instance;
  return instance;
}

/** Whether the lower-case word is in wink's English vocabulary (Reading, Trust, Brown: yes; Tworek: no). */
function knownWord(word: string): boolean {
  const lower = word.toLowerCase();
  // wink's tokenizer tests every out-of-vocabulary word with /[a-z].*\.$/i, quadratic in its length;
  // no word that long is in its vocabulary, so it is not asked.
  if (lower.length > MAX_STEMMED) return false;
  const cached = inVocabulary.get(lower);
  if (cached !== undefined) return cached;
  const w = wink();
  const ids = w.readDoc(lower).tokens().out(w.its.uniqueId);
  const known = ids.length !== 1 || (typeof ids[0] === 'number' && ids[0] < firstOutOfVocabulary);
  if (inVocabulary.size > 50_000) inVocabulary.clear();
  inVocabulary.set(lower, known);
  return known;
}

/** Longest word given to wink (its stemmer and its tokenizer's abbreviation test are quadratic in word length). */
const MAX_STEMMED = 48;

/** English derivational endings of common nouns (not of surnames): -ization, -ism, -ness, -ers… */
const DERIVED = /(?:i[sz]ation|tion|ism|ness|ity|ments?|ers|ists|ics)$/;

/**
 * wink's verdict on a capitalised word: a proper noun when its POS tagger reads it as PROPN in its
 * context AND its lower-case form is not an English word it knows. "Tworek left", "Nadella said" → true;
 * "Reading is", "Sources say", "Brown was", "May said" → false (English words, so capitals say nothing).
 */
export function winkProperNoun(word: string, context: string): boolean {
  return remembered(properNouns, word, context, readProperNoun);
}

/**
 * Verdicts by word and context: wink reads the whole context (tokens, sentences, entities, tags) for
 * each capitalised word, and a text that repeats itself (a list, a table, boilerplate, 80 kB of
 * "Ab and Cd of") asks about the same words in the same contexts again and again.
 */
const properNouns = new Map<string, boolean>();
const dateWords = new Map<string, boolean>();

function remembered(
  verdicts: Map<string, boolean>,
  word: string,
  context: string,
  read: (word: string, context: string) => boolean,
): boolean {
  const key = `${word}\n${context}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = read(word, context);
  if (verdicts.size > 10_000) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}

function readProperNoun(word: string, context: string): boolean {
  if (knownWord(word) || DERIVED.test(word)) return false;
  const w = wink();
  // A derivation of a word wink knows ("Tokenizers" → token) is a common word it has not listed.
  // wink's stemmer takes time quadratic in the word's length: words longer than any English
  // derivation are not stemmed.
  const stem =
    word.length <= MAX_STEMMED ? w.readDoc(word.toLowerCase()).tokens().out(w.its.stem)[0] : undefined;
  if (typeof stem === 'string' && stem.length >= 3 && stem !== word.toLowerCase() && knownWord(stem))
    return false;
  const pos = w.readDoc(context).tokens().out(w.its.pos);
  return pos[0] === 'PROPN';
}

/**
 * Whether wink's entity recogniser reads the text from this word on as a date, time or duration
 * ("Monday after the launch" → DATE): such a capitalised word is not a name.
 */
export function winkDateWord(word: string, context: string): boolean {
  return remembered(dateWords, word, context, readDateWord);
}

function readDateWord(word: string, context: string): boolean {
  if (!knownWord(word)) return false; // a word wink has never seen is not one of its date words
  const w = wink();
  const doc = w.readDoc(context);
  const types = doc.entities().out(w.its.type);
  const spans = doc.entities().out(w.its.span);
  return spans.some(
    (s, i) => Array.isArray(s) && s[0] === 0 && ['DATE', 'TIME', 'DURATION'].includes(String(types[i])),
  );
}
