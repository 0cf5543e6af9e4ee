import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';
import { ENGLISH_GOLD, TRICKY_SENTENCES } from './fixtures/english-gold';
import { formatScores, scoreCorpus } from './fixtures/score';

const seeds = new URL('../../../seeds/', import.meta.url);
const articles = new URL('./fixtures/articles/', import.meta.url);
const texts = Object.fromEntries(
  Object.entries(ENGLISH_GOLD.documents).map(([id, d]) => {
    const [where, file] = d.file.split(':') as [string, string];
    return [id, readFileSync(new URL(file, where === 'seed' ? seeds : articles), 'utf8')];
  }),
);

const NAME_TYPES = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME']);

/** Detection (any name type) and typing (exact type) over the tricky sentences. */
function scoreSentences() {
  let found = 0;
  let typed = 0;
  let predicted = 0;
  let gold = 0;
  const errors: string[] = [];
  for (const s of TRICKY_SENTENCES) {
    const names = extractMentions({ text: s.text, lang: 'en' })
      .filter((m) => NAME_TYPES.has(m.type))
      .map((m) => [m.type, m.text] as [string, string]);
    predicted += names.length;
    gold += s.names.length;
    for (const [type, text] of s.names) {
      const hit = names.find((n) => n[1] === text);
      if (hit) found++;
      if (hit?.[0] === type) typed++;
      if (!hit || hit[0] !== type) errors.push(`miss ${type} ${text}${hit ? ` (got ${hit[0]})` : ''}`);
    }
    for (const [type, text] of names)
      if (!s.names.some((g) => g[1] === text)) errors.push(`extra ${type} ${text}`);
  }
  return {
    detectP: found / predicted,
    detectR: found / gold,
    typedP: typed / predicted,
    typedR: typed / gold,
    errors,
  };
}

describe('English (seed 003, articles/en.txt, tricky sentence-initial words)', () => {
  it('scores the English gold corpus', () => {
    const score = scoreCorpus(ENGLISH_GOLD, texts);
    console.log(formatScores('English gold (seed 003 + en article)', score));
    const tp = score.byType.reduce((n, t) => n + t.tp, 0);
    const fp = score.byType.reduce((n, t) => n + t.fp, 0);
    const fn = score.byType.reduce((n, t) => n + t.fn, 0);
    console.log(`  all types: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`);
    // Figures measured with wink-nlp (README "Measured"); the same as the rules alone scored.
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.96);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.8);
    const person = score.byType.find((t) => t.type === 'PERSON');
    expect(person?.precision).toBe(1);
    expect(person?.tp).toBeGreaterThanOrEqual(3);
  });

  it('scores the tricky sentences', () => {
    const s = scoreSentences();
    console.log(
      `tricky sentences: detection P ${s.detectP.toFixed(3)} R ${s.detectR.toFixed(3)}; typed P ${s.typedP.toFixed(3)} R ${s.typedR.toFixed(3)}\n  ${s.errors.join('; ')}`,
    );
    // Rules alone: detection P 0.833 R 0.417, typed P 0.667 R 0.333. With wink-nlp: 1.000 / 0.833, 0.700 / 0.583.
    expect(s.detectP).toBe(1);
    expect(s.detectR).toBeGreaterThanOrEqual(0.83);
    expect(s.typedP).toBeGreaterThanOrEqual(0.7);
    expect(s.typedR).toBeGreaterThanOrEqual(0.58);
  });

  const names = (text: string, lang = 'en') =>
    extractMentions({ text, lang }).map((m) => [m.type, m.text, m.span.start, m.span.end, m.recognizer]);

  it('takes a sentence-initial surname wink does not know as an English word, typed by the speech verb', () => {
    expect(names('Tworek left OpenAI after nearly seven years.').slice(0, 2)).toEqual([
      ['PERSON', 'Tworek', 0, 6, 'names:person'],
      ['ORG', 'OpenAI', 12, 18, 'gazetteer'],
    ]);
    expect(names('Altman said it was over.')).toEqual([['PERSON', 'Altman', 0, 6, 'names:person']]);
    expect(names('Turing would have approved.')).toEqual([['NAME', 'Turing', 0, 6, 'names:capitalised']]);
    // Not initial: a one-word name before a speech verb is a person once wink calls it a proper noun.
    expect(names('Trust is earned, Nadella said.')).toEqual([['PERSON', 'Nadella', 17, 24, 'names:person']]);
  });

  it('leaves sentence-initial English words alone, including derived words wink has not listed', () => {
    expect(names('Reading is fun for everyone.')).toEqual([]);
    expect(names('Critics said the release was rushed.')).toEqual([]);
    expect(names('Hyperscalers are buying every chip they can find.')).toEqual([]);
    expect(names('Tokenization remains a weak spot of these models.')).toEqual([]);
    expect(names('Sources say the company spent two years on it.').map((n) => n[0])).toEqual(['DURATION']);
    // wink knows "may" and "brown" as English words: these people are still missed (see README Limits).
    expect(names('May said the deal was done.')).toEqual([]);
    expect(names('Brown was late to the meeting.')).toEqual([]);
  });

  it("drops a capitalised word wink's entity recogniser reads as a date", () => {
    expect(names('Apple fell 3% on Monday after the launch.').map((n) => `${n[0]} ${n[1]}`)).toEqual([
      'ORG Apple',
      'PERCENT 3%',
    ]);
    expect(names('Will Smith joined the board.')).toEqual([['PERSON', 'Will Smith', 0, 10, 'names:person']]);
  });

  it('asks wink nothing outside English: the same sentence in Italian keeps the sentence-initial doubt', () => {
    // wink reads "Tworek, after seven years, left OpenAI." as a proper noun; Italian has only its own rules,
    // and a sentence-initial word with no verb right after it stays in doubt there.
    const italian = names('Tworek, dopo sette anni, ha lasciato OpenAI.', 'it').map((n) => n[1]);
    expect(italian).toContain('OpenAI');
    expect(italian).not.toContain('Tworek');
    // …while one before its verb is a name ("Renault a vendu", "Eni ha firmato").
    expect(names('Tworek ha lasciato OpenAI.', 'it').map((n) => n[1])).toEqual(['Tworek', 'OpenAI']);
  });
});
