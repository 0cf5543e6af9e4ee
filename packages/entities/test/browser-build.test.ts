import { describe, expect, it, vi } from 'vitest';
import { CHRONO_LOCALES } from '../src/core/chrono';
import {
  BROWSER_CHRONO_LOCALES,
  chronoLocaleModule,
  loadChronoLocale,
} from '../src/core/chrono-locale.browser';
import { germanNounFilter } from '../src/core/language-data.browser';
import { generatedData } from '../src/data';
import { CITY_NAME_LOADERS } from '../src/generated/city-name-loaders';
import { CITY_NAME_LANGUAGES } from '../src/generated/city-names';
import { extractMentions, loadLanguages } from '../src/index';
import { loadWinkLibrary, winkLibrary } from '../src/locales/en/wink-library.browser';

// The browser build (dist/browser.js) with its modules in place of Node's, run here: each language's
// data (chrono-node's locale, wink's English model, the Japanese name readings, a script's city
// names) is a dynamic import that loadLanguages makes, and nothing reads a text before its data is in.
vi.mock('../src/core/language-data', () => import('../src/core/language-data.browser'));
vi.mock('../src/core/chrono-locale', () => import('../src/core/chrono-locale.browser'));
vi.mock('../src/locales/en/wink-library', () => import('../src/locales/en/wink-library.browser'));

describe('the browser build’s per-language data', () => {
  it('imports every chrono-node locale the entity locales name, when asked, each a working parser', async () => {
    expect([...BROWSER_CHRONO_LOCALES].sort()).toEqual([...CHRONO_LOCALES].sort());
    expect(() => chronoLocaleModule('de')).toThrow(
      expect.objectContaining({ code: 'E_LANGUAGE_NOT_LOADED' }),
    );
    await loadChronoLocale('de');
    const de = chronoLocaleModule('de') as { parseDate(text: string, ref: Date): Date | null };
    expect(de.parseDate('am 6. Januar 2026', new Date(Date.UTC(2026, 0, 8)))?.getDate()).toBe(6);
  });

  it('imports wink-nlp with its English model when asked', async () => {
    expect(() => winkLibrary()).toThrow(/await loadLanguages\(\['en'\]\)/);
    await loadWinkLibrary();
    const { winkNLP, model } = winkLibrary();
    const nlp = winkNLP(model) as { readDoc(t: string): { tokens(): { out(): string[] } } };
    expect(nlp.readDoc('Jerry Tworek left OpenAI.').tokens().out()).toEqual([
      'Jerry',
      'Tworek',
      'left',
      'OpenAI',
      '.',
    ]);
  });

  it('loads one city table per language the generated tables have, the same as Node’s', async () => {
    expect(Object.keys(CITY_NAME_LOADERS).sort()).toEqual([...CITY_NAME_LANGUAGES].sort());
    for (const [lang, load] of Object.entries(CITY_NAME_LOADERS))
      expect(await load()).toEqual(generatedData(`city-names/${lang}`));
    expect(generatedData<{ family: string }>('japanese-names').family).toMatch(/^abe安倍/);
  });

  it('reads a Japanese text only after loadLanguages, then finds its names, places and dates', async () => {
    const input = { text: '岸田文雄首相は2026年1月5日、平壌についてコメントした。', lang: 'ja' };
    expect(() => extractMentions(input)).toThrow(expect.objectContaining({ code: 'E_LANGUAGE_NOT_LOADED' }));
    await loadLanguages(['ja']);
    const mentions = extractMentions(input).map((m) => [m.type, m.text, m.key]);
    expect(mentions).toEqual(
      expect.arrayContaining([
        ['PERSON', '岸田文雄', expect.any(String)],
        ['PLACE', '平壌', 'place:pyongyang'],
        ['DATE', '2026年1月5日', expect.any(String)],
      ]),
    );
  });

  it('loads the German noun filter with German, where nouns are capitalised', async () => {
    expect(() => germanNounFilter()).toThrow(expect.objectContaining({ code: 'E_LANGUAGE_NOT_LOADED' }));
    await loadLanguages(['de-AT']);
    expect(germanNounFilter()).toEqual(generatedData('german-nouns'));
    const text = 'Die Zentralbank erhöhte am 5. Januar 2026 den Leitzins, sagte Joachim Nagel in Frankfurt.';
    expect(extractMentions({ text, lang: 'de' }).map((m) => m.text)).toEqual(
      expect.arrayContaining(['Joachim Nagel', '5. Januar 2026']),
    );
  });

  it('rejects what is not a list of tags', async () => {
    await expect(loadLanguages('en' as unknown as string[])).rejects.toMatchObject({
      code: 'E_INVALID_INPUT',
    });
  });
});
