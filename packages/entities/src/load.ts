import { loadLanguageData } from './core/language-data';
import { EntitiesError } from './errors';

/**
 * Loads what reading texts in these languages needs (BCP 47 tags: `['en', 'ja']`). In Node it
 * resolves at once: every language's data (wink-nlp's English model, chrono-node's locales, the name
 * tables) loads synchronously on first use. In a browser bundle (the package's `browser` export) each
 * language's data is a chunk fetched on demand: await this before `extractMentions` or
 * `linkEntities` reads a text in a language, or they throw `E_LANGUAGE_NOT_LOADED`.
 */
export async function loadLanguages(tags: Iterable<string>): Promise<void> {
  const list = typeof tags === 'string' ? undefined : [...(tags ?? [])];
  if (!list || list.some((t) => typeof t !== 'string')) {
    throw new EntitiesError(
      'E_INVALID_INPUT',
      'loadLanguages expects an array of BCP 47 language tags, such as ["en", "ja"].',
    );
  }
  await loadLanguageData(list);
}
