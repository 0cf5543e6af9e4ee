import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const en: FactLocale = {
  lang: 'en',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: [
      'joined',
      'joins',
      'joining',
      'hired',
      'tenure[^.;]{0,30}began',
      'started (?:at|with)',
      'signed on',
    ],
    left: [
      'left',
      'leaves',
      'leaving',
      'departure',
      'departed',
      'departing',
      'exit(?:s|ed|ing)?',
      'quit(?:s|ting)?',
      'resign(?:s|ed|ing|ation)?',
      'step(?:s|ped|ping)? down',
      'loses',
    ],
    announced: [
      'announc(?:ed|es|ing|ement)',
      'announce',
      'posted',
      'post(?!-)',
      'wrote',
      'statement',
      'revealed',
      'disclosed',
    ],
    tenure: ['after', 'spent', 'stint', 'tenure', 'career'],
    role: ['as'],
    promoted: ['promot(?:ed|ion)', 'appointed', 'named', 'became', 'elevated'],
    founded: ['founded', 'co-founded', 'established', 'set up'],
    launched: [
      'launch(?:ed|es|ing)?',
      'lift(?:ed|s)? ?off',
      'liftoff',
      'released',
      'debuted',
      'unveiled',
      'introduced',
    ],
    acquired: ['acquir(?:e|ed|es|ing)', 'acquisition', 'bought', 'buy(?:s|ing)?', 'takeover', 'deal'],
    valued: ['valu(?:ed|ing|ation)', 'worth'],
    stake: ['stake'],
    born: ['born'],
    age: ['year-old', 'years old', 'aged'],
    studied: ['studied', 'graduated', 'degree', "master'?s", 'alumn(?:us|a|i)', 'phd'],
    died: ['died', 'dead', 'deaths?', 'killed', 'killing', 'fatalities', 'toll'],
    injured: ['injur(?:ed|ies|ing)', 'wounded', 'hurt'],
    missing: ['missing'],
    magnitude: ['magnitude'],
    depth: ['depth', 'deep'],
    located: ['near', 'epicent(?:re|er)', 'off the coast of', 'centred', 'centered'],
    occurred: ['struck', 'hit', 'occurred', 'jolted', 'shook', '(?:earth)?quake', 'tremor'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['contained', 'containment'],
    destroyed: [
      'destroyed',
      'razed',
      'burn(?:ed|t|ing)',
      'scorched',
      'charred',
      'structures',
      'buildings',
      'homes',
    ],
    evacuated: ['evacuat(?:ed|ion|ions|e)'],
    cost: ['cost(?:s|ing)?', 'price tag'],
    donations: ['donat(?:ions?|ed)', 'raised', 'pledged'],
    workers: ['workers', 'craftsmen', 'artisans', 'employees', 'staff'],
    attendees: ['heads of state', 'world leaders', 'guests', 'attendees', 'dignitaries'],
    height: ['tall', 'high', 'height'],
    altitude: ['altitude'],
    seats: ['seats'],
    turnout: ['turnout'],
    reopened: ['reopen(?:ed|s|ing)?', 're-open(?:ed|s|ing)?'],
    lasted: ['lasted', 'flight', 'journey'],
    separated: ['separat(?:ed|es|ion)', 'detached'],
    landed: ['landed', 'landing', 'caught', 'catch', 'touch(?:ed)? ?down'],
    ceremony: ['ceremony', 'ceremonies', 'ceremonial(?:ly)?', 'inaugurat(?:ed|ion)'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "m" (left out of the generated table as too ambiguous), "sq km",
  // abbreviations with a dot, and seats (not a unit of measure).
  units: {
    km2: ['sq\\.? ?km'],
    mi2: ['sq\\. ?mi'],
    m: ['m'],
    seat: ['seats'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['about', 'around', 'approximately', 'roughly', 'some'],
      over: ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'exceeding'],
      nearly: ['nearly', 'almost', 'close to', 'just under'],
      'up to': ['up to'],
      projected: ['could', 'may', 'might', 'expected to', 'projected', 'forecast', 'predicted', 'likely to'],
    },
    after: {
      over: ['or more', 'plus'],
    },
  },
  scopes: {
    aftershock: ['aftershocks?'],
    previous: ['previous', 'prior', 'former', 'earlier'],
  },
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Greens', 'Green Party'],
    left: ['Left Party', 'Die Linke', '(?<=[Tt]he )Left(?! (?:wing|side|hand|bank))'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['wildfire', 'fire', 'blaze', 'hurricane', 'typhoon', 'cyclone', 'storm', '(?:earth)?quake'],
    linkers: ['of(?: the)?'],
    references: ['the', 'this', 'that'],
  },
  // Figures given in the order of the names before them.
  respectively: ['respectively'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { before: ['(?:referred to|known) as', 'dubbed', 'called', 'nicknamed', 'so-called', 'named'] },
  attribution: {
    sourceAfter: ['according to', 'as reported by', 'reported by', 'measured by', 'estimated by'],
    sourceBefore: ['said', 'says', 'reported', 'estimated', 'measured'],
  },
};
