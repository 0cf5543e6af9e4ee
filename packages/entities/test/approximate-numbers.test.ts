import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';

const numbers = (text: string, lang: string) =>
  extractMentions({ text, lang })
    .filter((m) => m.type === 'NUMBER')
    .map((m) =>
      m.value?.kind === 'quantity' ? `${m.text} ${m.value.amount} ${m.value.qualifier ?? ''}`.trim() : m.text,
    );

describe('round numbers said as a noun', () => {
  it.each([
    ['Une trentaine de pompiers sont intervenus.', 'fr', ['Une trentaine 30 about']],
    ["Il a réuni un millier d'habitants.", 'fr', ['un millier 1000 about']],
    [
      'Una cinquantina di volontari e un centinaio di agenti.',
      'it',
      ['Una cinquantina 50 about', 'un centinaio 100 about'],
    ],
    [
      'Un centenar de vecinos y una veintena de coches.',
      'es',
      ['Un centenar 100 about', 'una veintena 20 about'],
    ],
    ['Uma centena de famílias foi retirada.', 'pt', ['Uma centena 100 about']],
    // The noun without "a … of": a quarantine, a fortnight, someone in their thirties.
    ['La quarantaine a été levée après la quinzaine.', 'fr', []],
    ['Elle a la trentaine.', 'fr', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });
});
