import { describe, expect, it } from 'vitest';
import { CHRONO_LOCALES } from '../src/core/chrono';
import { BROWSER_CHRONO_LOCALES, chronoLocaleModule } from '../src/core/chrono-locale.browser';
import { winkLibrary } from '../src/locales/en/wink-library.browser';

// The browser build (dist/browser.js) imports up front what the Node build requires on first use.
describe('the browser build’s modules', () => {
  it('import every chrono-node locale the entity locales name, each a working parser', () => {
    expect([...BROWSER_CHRONO_LOCALES].sort()).toEqual([...CHRONO_LOCALES].sort());
    const de = chronoLocaleModule('de') as { parseDate(text: string, ref: Date): Date | null };
    expect(de.parseDate('am 6. Januar 2026', new Date(Date.UTC(2026, 0, 8)))?.getDate()).toBe(6);
  });

  it('import wink-nlp with its English model', () => {
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
});
