import { dateCandidates } from '../core/dates';
import type { Recogniser } from './recogniser';

/** Dates in the document's own language: its rules, then chrono where the locale has a parser. */
export const dates: Recogniser = {
  name: 'dates',
  types: ['DATE'],
  recognise: ({ text, primary, reference, deferred }) =>
    dateCandidates(text, primary, reference, false, deferred),
};
