import { dateCandidates } from '../core/dates';
import type { Recogniser } from './recogniser';

/**
 * English dates in a text of another language: news in any language quotes English posts
 * ("January 5, 2026"). Rules only, and no bare years (the document's own rules read those).
 */
export const englishDates: Recogniser = {
  name: 'english-dates',
  types: ['DATE'],
  recognise: ({ text, primary, english, reference, deferred }) =>
    primary === english
      ? []
      : dateCandidates(text, { ...english, chrono: undefined }, reference, true, deferred).filter(
          (c) => c.recognizer !== 'rules:year',
        ),
};
