import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ingestText, loadLanguageModel } from '../src/index';

// The browser build's language model in place of Node's: its bytes are a chunk that
// loadLanguageModel imports (here read from the built dist/ngrams.bin, as the bundler would embed it).
vi.mock('../src/language-model', () => import('../src/language-model.browser'));
vi.mock('../dist/ngrams.bin', () => ({
  default: new Uint8Array(readFileSync(new URL('../dist/ngrams.bin', import.meta.url))),
}));

describe('the browser build’s language model', () => {
  it('is not there until loadLanguageModel: a text whose script tells its language needs none', async () => {
    const english = 'The harbour of Port Ellis reopened on Monday morning after a storm.';
    expect(() => ingestText(english, { name: 'a.txt' })).toThrow(/await loadLanguageModel\(\)/);
    expect(() => ingestText(english, { name: 'a.txt' })).toThrow(
      expect.objectContaining({ code: 'E_MODEL_NOT_LOADED' }),
    );
    // Given the language, or read from its script, a text needs no model.
    expect(ingestText(english, { name: 'a.txt', lang: 'en' }).lang).toBe('en');
    expect(ingestText('港は月曜日の朝に再開された。', { name: 'b.txt' }).lang).toBe('ja');
    await loadLanguageModel();
    expect(ingestText(english, { name: 'a.txt' }).lang).toBe('en');
  });
});
