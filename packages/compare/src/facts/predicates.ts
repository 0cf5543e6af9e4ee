/**
 * What each trigger means, independent of language: which kinds of value it takes, which predicate a
 * value of that kind becomes, who the subject is, and how values of the predicate are compared.
 * Locales only say which words trigger what (src/locales/<lang>/).
 */

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
] as const;

export type TriggerName = (typeof TRIGGER_NAMES)[number];

/** Kinds of value a mention can give a fact. */
export type ValueClass =
  | 'date'
  | 'duration'
  | 'count'
  | 'money'
  | 'percent'
  | 'length'
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
}

export const TRIGGERS: Record<TriggerName, TriggerSpec> = {
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
} satisfies Record<string, PredicateSpec>;

/** What a fact states: a trigger with a value of one kind becomes one of these (see `TRIGGERS`). */
export type FactPredicate = keyof typeof PREDICATE_SPECS;

export const PREDICATES: Readonly<Record<FactPredicate, PredicateSpec>> = PREDICATE_SPECS;

/** The subject of facts about the story itself (an earthquake's magnitude, a deal's price). */
export const STORY_SUBJECT = { key: 'story', canonical: 'the story' } as const;
