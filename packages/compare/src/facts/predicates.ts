/**
 * What each trigger means, independent of language: which kinds of value it takes, which predicate a
 * value of that kind becomes, who the subject is, and how values of the predicate are compared.
 * Locales only say which words trigger what (src/locales/<lang>/).
 */
import { CONCEPT_PREDICATES, CONCEPT_TRIGGERS, type ConceptName, type UnitFamily } from './concepts';

export const TRIGGER_NAMES = [
  'joined',
  'left',
  'announced',
  'tenure',
  'promoted',
  'role',
  'founded',
  'launched',
  'acquired',
  'valued',
  'stake',
  'born',
  'age',
  'studied',
  'died',
  'injured',
  'missing',
  'magnitude',
  'depth',
  'located',
  'occurred',
  'containment',
  'destroyed',
  'evacuated',
  'cost',
  'donations',
  'workers',
  'attendees',
  'height',
  'altitude',
  'seats',
  'turnout',
  'reopened',
  'lasted',
  'separated',
  'landed',
  'ceremony',
  'sentence',
  'fine',
] as const;

/** A trigger word list's name: one of the above, or a concept of the inventory (./concepts.ts). */
export type TriggerName = (typeof TRIGGER_NAMES)[number] | ConceptName;

/** Kinds of value a mention can give a fact. */
export type ValueClass =
  | 'date'
  /** A century ("XIIe siècle", "12世紀"): what period a thing dates from, not the day something happened. */
  | 'century'
  | 'duration'
  | 'count'
  | 'money'
  | 'percent'
  | 'length'
  | 'area'
  | 'platform'
  | 'place'
  | 'org'
  | 'role';

/** Who a fact is about. */
export type SubjectKind = 'person' | 'thing' | 'story';

export interface TriggerSpec {
  /** Value class -> predicate it becomes. */
  accepts: Partial<Record<ValueClass, FactPredicate>>;
  /** May take a date from the previous sentence (or the date of a social post) when its clause has none. */
  carriesDate?: boolean;
  /** Largest distance in characters between trigger and value ("magnitude 6.8", "31人が死亡"). */
  maxGap?: number;
  /** A measure's unit family: a value with a unit of another dimension is not this trigger's. */
  unit?: UnitFamily;
  /** The word names what is counted and follows its number (see ConceptSpec.counted). */
  counted?: boolean;
  /** A word of when, not what: used only when no other trigger takes the value (ConceptSpec.fallback). */
  fallback?: boolean;
}

export const TRIGGERS: Record<TriggerName, TriggerSpec> = {
  ...CONCEPT_TRIGGERS,
  joined: { accepts: { date: 'joined', duration: 'tenure' } },
  left: { accepts: { date: 'left', duration: 'tenure' }, carriesDate: true },
  announced: { accepts: { date: 'announced', platform: 'announced-on' }, carriesDate: true },
  tenure: { accepts: { duration: 'tenure' } },
  promoted: { accepts: { date: 'promoted', role: 'role' } },
  /** "as CEO", "als Vize-Präsident": a role held, with no date of its own. */
  role: { accepts: { role: 'role' } },
  founded: { accepts: { date: 'founded' } },
  launched: { accepts: { date: 'launched' }, carriesDate: true },
  acquired: { accepts: { date: 'acquired', money: 'price', percent: 'stake' }, carriesDate: true },
  valued: { accepts: { money: 'valued-at' } },
  stake: { accepts: { percent: 'stake' }, maxGap: 20 },
  born: { accepts: { date: 'born', place: 'born-in' } },
  age: { accepts: { count: 'age', duration: 'age' }, maxGap: 12 },
  studied: { accepts: { org: 'studied-at' } },
  died: { accepts: { count: 'died' }, maxGap: 30 },
  injured: { accepts: { count: 'injured' }, maxGap: 30 },
  missing: { accepts: { count: 'missing' }, maxGap: 30 },
  magnitude: { accepts: { count: 'magnitude' }, maxGap: 12 },
  depth: { accepts: { length: 'depth', count: 'depth' }, maxGap: 25 },
  located: { accepts: { place: 'located-near' } },
  occurred: { accepts: { date: 'occurred-at' }, carriesDate: true },
  // Concepts of measured things in any story; each value is scoped by the name it stands beside.
  containment: { accepts: { percent: 'containment' }, maxGap: 40 },
  destroyed: { accepts: { count: 'destroyed', area: 'area' }, maxGap: 40 },
  evacuated: { accepts: { count: 'evacuated' }, maxGap: 40 },
  cost: { accepts: { money: 'cost' }, maxGap: 40 },
  donations: { accepts: { money: 'donations' }, maxGap: 40 },
  workers: { accepts: { count: 'workers' }, maxGap: 25 },
  attendees: { accepts: { count: 'attendees' }, maxGap: 25 },
  height: { accepts: { length: 'height' }, maxGap: 25 },
  altitude: { accepts: { length: 'altitude' }, maxGap: 25 },
  seats: { accepts: { count: 'seats' }, maxGap: 25 },
  turnout: { accepts: { percent: 'turnout' }, maxGap: 30 },
  reopened: { accepts: { date: 'reopened' } },
  lasted: { accepts: { duration: 'lasted' }, maxGap: 25 },
  // How long after the start a stage separated or a vehicle landed ("2分44秒後…切り離された",
  // "sieben Minuten nach dem Start landete").
  separated: { accepts: { duration: 'separated-after' }, maxGap: 40 },
  landed: { accepts: { duration: 'landed-after' }, maxGap: 40 },
  // A ceremony's date, apart from the day the doors open to the public ("feierlich wiedereröffnet").
  ceremony: { accepts: { date: 'ceremony' }, maxGap: 40 },
  // A court's penalties: a prison term ("eight years in prison", "懲役8年") and a fine. A term is a
  // duration; a bare number counts as one only with a year unit ("к 8 годам", see FactLocale.units).
  sentence: { accepts: { duration: 'sentence', count: 'sentence' }, maxGap: 40 },
  fine: { accepts: { money: 'fine' }, maxGap: 40 },
};

/**
 * What a measured value is about when no trigger word claims it, from its unit alone: an area, a
 * distance, a percentage. Such claims align only within one scope (the name they stand beside).
 */
export const OPEN_CONCEPTS: Partial<Record<ValueClass, FactPredicate>> = {
  area: 'area',
  length: 'distance',
  percent: 'percentage',
  century: 'century',
};

export interface PredicateSpec {
  subject: SubjectKind;
  /**
   * `single`: one true value (a date, a number): different values conflict.
   * `categorical`: one value from a set (a platform, a birthplace): different values "differ".
   * `multi`: several values can all be true (roles): only shared values are reported, as agreements.
   */
  cardinality: 'single' | 'categorical' | 'multi';
  /** Counts that grow over the life of a story (tolls): differences are `evolving`. */
  evolving?: boolean;
  /**
   * The value belongs to the name it stands beside (a party's share, one fire's area): that name is
   * the claim's subject, so one party's figure never meets another's. Without a name, the story.
   */
  scoped?: boolean;
  /** An open concept (from the unit alone): aligned with less certainty. */
  open?: boolean;
}

const PREDICATE_SPECS = {
  joined: { subject: 'person', cardinality: 'single' },
  left: { subject: 'person', cardinality: 'single' },
  announced: { subject: 'person', cardinality: 'single' },
  'announced-on': { subject: 'person', cardinality: 'categorical' },
  tenure: { subject: 'person', cardinality: 'single' },
  promoted: { subject: 'person', cardinality: 'single' },
  role: { subject: 'person', cardinality: 'multi' },
  founded: { subject: 'thing', cardinality: 'single' },
  launched: { subject: 'thing', cardinality: 'single' },
  acquired: { subject: 'story', cardinality: 'single' },
  price: { subject: 'story', cardinality: 'single' },
  'valued-at': { subject: 'thing', cardinality: 'single' },
  stake: { subject: 'story', cardinality: 'single' },
  born: { subject: 'person', cardinality: 'single' },
  'born-in': { subject: 'person', cardinality: 'categorical' },
  age: { subject: 'person', cardinality: 'single' },
  'studied-at': { subject: 'person', cardinality: 'multi' },
  died: { subject: 'story', cardinality: 'single', evolving: true },
  injured: { subject: 'story', cardinality: 'single', evolving: true },
  missing: { subject: 'story', cardinality: 'single', evolving: true },
  magnitude: { subject: 'story', cardinality: 'single' },
  depth: { subject: 'story', cardinality: 'single' },
  'located-near': { subject: 'story', cardinality: 'multi' },
  'occurred-at': { subject: 'story', cardinality: 'single' },
  containment: { subject: 'story', cardinality: 'single', evolving: true, scoped: true },
  destroyed: { subject: 'story', cardinality: 'single', evolving: true },
  evacuated: { subject: 'story', cardinality: 'single', evolving: true },
  cost: { subject: 'story', cardinality: 'single' },
  donations: { subject: 'story', cardinality: 'single' },
  workers: { subject: 'story', cardinality: 'single' },
  attendees: { subject: 'story', cardinality: 'single' },
  height: { subject: 'story', cardinality: 'single' },
  altitude: { subject: 'story', cardinality: 'single' },
  seats: { subject: 'story', cardinality: 'single', scoped: true },
  turnout: { subject: 'story', cardinality: 'single' },
  reopened: { subject: 'story', cardinality: 'single' },
  lasted: { subject: 'story', cardinality: 'single' },
  'separated-after': { subject: 'story', cardinality: 'single' },
  'landed-after': { subject: 'story', cardinality: 'single' },
  /** A name given to something of the story ("the tower, known as 'Mechazilla'"); several can hold. */
  called: { subject: 'story', cardinality: 'multi' },
  ceremony: { subject: 'story', cardinality: 'single' },
  /** A prison term given to a person; a term asked for (FactLocale.scopes `request`) stays apart. */
  sentence: { subject: 'person', cardinality: 'single' },
  fine: { subject: 'person', cardinality: 'single' },
  area: { subject: 'story', cardinality: 'single', scoped: true, open: true },
  distance: { subject: 'story', cardinality: 'single', scoped: true, open: true },
  percentage: { subject: 'story', cardinality: 'single', scoped: true, open: true },
  century: { subject: 'story', cardinality: 'single', scoped: true, open: true },
} satisfies Record<string, PredicateSpec>;

/** What a fact states: a trigger with a value of one kind becomes one of these (see `TRIGGERS`). */
export type FactPredicate = keyof typeof PREDICATE_SPECS | ConceptName;

export const PREDICATES: Readonly<Record<FactPredicate, PredicateSpec>> = {
  ...CONCEPT_PREDICATES,
  ...PREDICATE_SPECS,
};

/** The subject of facts about the story itself (an earthquake's magnitude, a deal's price). */
export const STORY_SUBJECT = { key: 'story', canonical: 'the story' } as const;
