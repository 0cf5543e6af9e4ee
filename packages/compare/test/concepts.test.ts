import { describe, expect, it } from 'vitest';
import { CONCEPT_NAMES } from '../src/facts/concepts';
import { hasUnboundedRepeat } from '../src/facts/patterns';
import { PREDICATES } from '../src/facts/predicates';
import { compareTexts } from '../src/index';
import { concepts as template } from '../src/locales/_template/concepts';
import { BUILT_IN_LOCALES } from '../src/locales/index';

describe('the concept inventory', () => {
  it('holds at least 150 concepts, each with words in every built-in language and the template', () => {
    expect(Object.keys(PREDICATES).length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(template).sort()).toEqual([...CONCEPT_NAMES].sort());
    for (const [lang, locale] of Object.entries(BUILT_IN_LOCALES)) {
      const empty = CONCEPT_NAMES.filter((name) => !locale.concepts?.[name]?.length);
      expect(empty, lang).toEqual([]);
    }
  });

  it('has words that compile and repeat only within bounds (one linear expression per language)', () => {
    for (const [lang, locale] of Object.entries(BUILT_IN_LOCALES)) {
      for (const [name, words] of Object.entries(locale.concepts ?? {})) {
        for (const word of words ?? []) {
          expect(() => new RegExp(word, 'iu'), `${lang} ${name}`).not.toThrow();
          expect(hasUnboundedRepeat(word), `${lang} ${name}: ${word}`).toBe(false);
        }
      }
    }
  });
});

// Invented for this test: one arrest count said in each built-in language.
const arrests: [string, string][] = [
  ['en', 'Police said 23 people were arrested after the match.'],
  ['de', 'Nach dem Spiel wurden 23 Menschen festgenommen, teilte die Polizei mit.'],
  ['fr', 'Après le match, 23 personnes ont été interpellées, selon la police.'],
  ['es', 'Tras el partido, 23 personas fueron detenidas, según la policía.'],
  ['it', 'Dopo la partita 23 persone sono state arrestate, secondo la polizia.'],
  ['pt', 'Depois do jogo, 23 pessoas foram presas, segundo a polícia.'],
  ['nl', 'Na de wedstrijd werden 23 mensen gearresteerd, meldde de politie.'],
  ['ru', 'После матча были задержаны 23 человека, сообщила полиция.'],
  ['ja', '警察によると、試合後に23人が逮捕された。'],
  ['zh', '警方表示，比赛结束后有23人被捕。'],
  ['ko', '경찰에 따르면 경기 후 23명이 체포됐다.'],
];

describe('claims of a concept', () => {
  it('are read in every built-in language and agree across them', () => {
    const c = compareTexts(arrests.map(([lang, text]) => ({ name: `${lang}.txt`, lang, text })));
    const found = c.facts.filter((f) => f.predicate === 'arrested');
    expect(found.map((f) => f.source).sort()).toEqual(arrests.map(([lang]) => `${lang}.txt`).sort());
    const agreement = c.agreements.filter((g) => g.predicate === 'arrested');
    expect(agreement).toHaveLength(1);
    expect(agreement[0]!.values[0]!.sources).toHaveLength(arrests.length);
  });

  it('differ as a conflict when two articles give two counts', () => {
    const c = compareTexts([
      { name: 'a.txt', lang: 'en', text: 'Officials said 1,200 firefighters fought the blaze overnight.' },
      { name: 'b.txt', lang: 'en', text: 'Officials said 1,500 firefighters fought the blaze overnight.' },
    ]);
    const conflict = c.conflicts.find((g) => g.predicate === 'firefighters');
    expect(conflict?.values.map((v) => v.display).sort()).toEqual(['1200', '1500']);
  });

  it('take a counted noun\'s own number, never one before another figure ("340,000 donors from 150 countries")', () => {
    const c = compareTexts([
      { name: 'a.txt', lang: 'en', text: 'The appeal drew 340,000 donors from 150 countries.' },
      { name: 'b.txt', lang: 'fr', text: "L'appel a réuni 340 000 donateurs de 150 pays." },
    ]);
    const countries = c.facts.filter((f) => f.predicate === 'countries').map((f) => f.display);
    expect(countries).toEqual(['150', '150']);
  });

  it('leave a date to the event word beside it, not to a word of when ("the ceremony scheduled for …")', () => {
    const c = compareTexts([
      {
        name: 'a.txt',
        lang: 'fr',
        text: 'Le président a visité la cathédrale avant la cérémonie prévue samedi 7 décembre 2024.',
      },
    ]);
    const dates = c.facts.filter((f) => f.value.kind === 'date').map((f) => f.predicate);
    expect(dates).toEqual(['ceremony']);
  });

  it('never count a year beside a concept word ("won the 2025 election with 28.6% of the votes")', () => {
    const c = compareTexts([
      {
        name: 'a.txt',
        lang: 'de',
        text: 'Die Union hat die Wahl 2025 mit 28,6 Prozent der Stimmen gewonnen.',
      },
    ]);
    expect(c.facts.filter((f) => f.predicate === 'votes')).toEqual([]);
  });
});
