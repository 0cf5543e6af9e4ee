import { centuryCandidates } from '../core/centuries';
import type { Recogniser } from './recogniser';

/** Centuries ("XIIe siècle", "12th century", "12世紀") as DATE mentions of granularity `century`. */
export const centuries: Recogniser = {
  name: 'centuries',
  types: ['DATE'],
  recognise: ({ text, primary }) => centuryCandidates(text, primary),
};
