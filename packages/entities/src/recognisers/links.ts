import { patternCandidates } from '../core/patterns';
import type { Recogniser } from './recogniser';

/** URLs, e-mail addresses, @handles and #hashtags: shapes that mean the same in every language. */
export const links: Recogniser = {
  name: 'links',
  types: ['URL', 'EMAIL', 'HANDLE', 'HASHTAG'],
  recognise: ({ text }) => patternCandidates(text),
};
