import type { FactLocale } from '../types';
import { concepts } from './concepts';

/**
 * The template `pnpm new-language` copies: the words that make facts in one language. Each list
 * holds regular-expression sources, matched case-insensitively (`iu`); keep them linear-time (no
 * nested quantifiers, gaps bounded like `[^.;]{0,30}`). What each trigger means — which kinds of
 * value it takes and what predicate they become — is in ../../predicates.ts, the same for every
 * language. Lists may stay empty: a trigger without words finds nothing. fixtures.json beside this
 * file holds short texts you wrote yourself in the language, each with the mentions @corpus/entities
 * gives it and the facts that must come out (see ../en/fixtures.json); ../fixtures.test.ts runs
 * them, and fails while the list is empty.
 */
export const xx: FactLocale = {
  lang: 'xx',
  // true for languages written with spaces between words: a trigger must then start and end at a
  // word edge. false for scripts without spaces (Japanese, Chinese, Thai).
  wordBoundaries: true,
  concepts,
  triggers: {
    // Dates and durations of a person's career: 'joined', 'left', 'after' (a tenure), 'as' (a role).
    joined: [],
    left: [],
    announced: [],
    tenure: [],
    role: [],
    promoted: [],
    // Dates of an organisation or product, and the amounts of a deal.
    founded: [],
    launched: [],
    acquired: [],
    valued: [],
    stake: [],
    // A person's birth, age and studies.
    born: [],
    age: [],
    studied: [],
    // Tolls, magnitude, depth, place and time of an event.
    died: [],
    injured: [],
    missing: [],
    magnitude: [],
    depth: [],
    located: [],
    occurred: [],
    // Measured things of any story: containment, buildings destroyed, people evacuated, cost,
    // donations, workers, attendees, height, altitude, seats, turnout, reopening, duration.
    containment: [],
    destroyed: [],
    evacuated: [],
    cost: [],
    donations: [],
    workers: [],
    attendees: [],
    height: [],
    altitude: [],
    seats: [],
    turnout: [],
    reopened: [],
    lasted: [],
    separated: [],
    landed: [],
    ceremony: [],
    // A court's penalties: a prison term (a duration: 'sentenced', 'in prison') and a fine (money).
    sentence: [],
    fine: [],
  },
  // Unit words written after a number come from CLDR (src/generated/units.ts, add the language to
  // scripts/generate-units.mjs); list here, by canonical unit, only forms CLDR lacks ("sq km", seats,
  // years after a bare number: canonical units acre, ha, km2, mi2, km, m, ft, seat, year…).
  units: {},
  // Words that qualify a value: before it ('more than'), after it ('以上'), by qualifier: about, over,
  // nearly, 'up to', projected ('could reach', anywhere in the value's clause).
  qualifiers: { before: {}, after: {} },
  // Words that put a value in a sub-event or side figure, by scope name: 'aftershock', 'previous', and
  // 'request' (a figure asked for, not the outcome: 'prosecutors asked for', 'sought').
  scopes: {},
  attribution: {
    // Cues followed by the source ('according to X').
    sourceAfter: [],
    // Cues preceded by the source ('X said').
    sourceBefore: [],
  },
};
