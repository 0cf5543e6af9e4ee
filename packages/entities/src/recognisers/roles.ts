import { roleAndPlatformCandidates } from '../core/roles';
import type { Recogniser } from './recogniser';

/** Job titles ("vicepresidente della ricerca") and platforms ("X", "LinkedIn", "播客"). */
export const roles: Recogniser = {
  name: 'roles',
  types: ['ROLE', 'PLATFORM'],
  recognise: ({ text, locales }) => roleAndPlatformCandidates(text, locales),
};
