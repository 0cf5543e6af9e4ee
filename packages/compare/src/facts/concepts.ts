/**
 * The concept inventory: what a value in a news story measures, the same in every language. Each
 * concept says which kinds of value it takes, the unit family of a measure, its cardinality, who its
 * subject is and whether a figure belongs to the name it stands beside. The words that name a concept
 * live in each locale folder (src/locales/<lang>/concepts.ts); the triggers and predicates of
 * ./predicates.ts that predate this table keep their own entries there.
 *
 * Learnt from GDELT's knowledge-graph count types (killed, wounded, arrested, displaced, evacuated,
 * kidnapped, affected…), Quantulum3's quantities and Duckling's and Recognizers-Text's dimensions.
 */
import type { PredicateSpec, SubjectKind, TriggerSpec, ValueClass } from './predicates';

/**
 * `single`: one true value; `evolving`: a count that grows over a story (a toll: later reports may
 * differ); `categorical`: one value of a set; `multi`: several values can all be true.
 */
export type ConceptCardinality = 'single' | 'evolving' | 'categorical' | 'multi';

/** The dimension a measure's unit belongs to; a value in another dimension is not this concept's. */
export type UnitFamily = 'length' | 'area' | 'mass' | 'volume' | 'speed' | 'temperature' | 'power' | 'energy';

export interface ConceptSpec {
  /** Kinds of value the concept takes; each becomes a claim of this concept. */
  accepts: readonly ValueClass[];
  cardinality: ConceptCardinality;
  /** Who the claim is about: the story (default), the nearest person, or the nearest organisation or product. */
  subject?: SubjectKind;
  /** The figure belongs to the name it stands beside (one party's votes, one company's revenue). */
  scoped?: boolean;
  /** For measures: the unit family a value must be in (a value without a unit is taken as it is). */
  unit?: UnitFamily;
  /** Largest distance in characters between the concept's word and the value (default 30). */
  maxGap?: number;
  /** May take a date from the previous sentence when its clause has none. */
  carriesDate?: boolean;
  /**
   * The word names what is counted and follows its number ("150 countries", "150개국"): it takes only a
   * number right before it, never one after it or one with another figure between them.
   */
  counted?: boolean;
  /**
   * The word says when, not what happened ("scheduled", "began"): a value goes to it only when no
   * word of a specific event is in reach ("the ceremony scheduled for 7 December" is the ceremony's).
   */
  fallback?: boolean;
}

const people = { accepts: ['count'], cardinality: 'evolving', maxGap: 30 } as const;
const tally = { accepts: ['count'], cardinality: 'single', maxGap: 25 } as const;
const counted = { accepts: ['count'], cardinality: 'single', maxGap: 12, counted: true } as const;
/**
 * Counts that are usually a detail of another figure ("donors from 150 countries", "heads of state of
 * 40 countries"): only agreements, and only when no other word in reach takes the number.
 */
const detail = { ...counted, cardinality: 'multi', fallback: true } as const;
const amount = { accepts: ['money'], cardinality: 'single', maxGap: 35 } as const;
const companyAmount = { ...amount, scoped: true } as const;
const rate = { accepts: ['percent'], cardinality: 'single', maxGap: 30 } as const;
const scopedRate = { ...rate, scoped: true } as const;
const day = { accepts: ['date'], cardinality: 'single', maxGap: 40, fallback: true } as const;
const measure = (unit: UnitFamily, accepts: readonly ValueClass[] = ['count']) =>
  ({ accepts, cardinality: 'single', unit, maxGap: 25 }) as const;

export const CONCEPTS = {
  // People affected: counts that grow as a story unfolds (GDELT GKG count types).
  arrested: people,
  detained: people,
  charged: people,
  suspects: people,
  displaced: people,
  kidnapped: people,
  hostages: people,
  freed: people,
  rescued: people,
  survivors: people,
  affected: people,
  homeless: people,
  stranded: people,
  sick: people,
  hospitalized: people,
  infected: people,
  recovered: people,
  vaccinated: people,
  deported: people,
  refugees: people,
  migrants: people,
  protesters: people,
  strikers: people,
  'without-power': people,
  // Money.
  revenue: companyAmount,
  profit: companyAmount,
  loss: companyAmount,
  salary: { ...amount, subject: 'person' },
  bonus: amount,
  budget: amount,
  damages: amount,
  debt: companyAmount,
  investment: amount,
  compensation: amount,
  aid: amount,
  funding: amount,
  ransom: amount,
  bail: amount,
  bid: amount,
  settlement: amount,
  tax: amount,
  subsidy: amount,
  loan: amount,
  bailout: amount,
  reward: amount,
  'insured-losses': amount,
  'economic-loss': amount,
  spending: amount,
  deficit: amount,
  dividend: companyAmount,
  'market-value': companyAmount,
  'ticket-price': amount,
  wage: amount,
  pension: amount,
  rent: amount,
  gdp: amount,
  // Markets and the economy.
  'share-price': { ...companyAmount, accepts: ['money'] },
  'share-change': scopedRate,
  'index-level': { ...tally, scoped: true },
  'index-change': scopedRate,
  'interest-rate': rate,
  inflation: rate,
  unemployment: { ...rate, accepts: ['percent', 'count'] },
  growth: rate,
  'market-share': scopedRate,
  'tax-rate': rate,
  tariff: rate,
  discount: rate,
  'pay-rise': rate,
  'bond-yield': rate,
  'approval-rating': { ...scopedRate, subject: 'story' },
  // Elections. A party's vote or poll share is the open `percentage` concept scoped by the party's
  // name (./predicates.ts): a share with no party beside it says nothing comparable.
  votes: { ...counted, scoped: true },
  margin: { accepts: ['percent', 'count'], cardinality: 'single', maxGap: 25 },
  majority: tally,
  candidates: counted,
  'registered-voters': counted,
  constituencies: counted,
  // Measures.
  length: measure('length', ['length']),
  width: measure('length', ['length']),
  diameter: measure('length', ['length']),
  range: measure('length', ['length']),
  'water-level': measure('length', ['length']),
  'wave-height': measure('length', ['length']),
  elevation: measure('length', ['length']),
  speed: measure('speed'),
  'wind-speed': measure('speed'),
  temperature: measure('temperature'),
  rainfall: measure('length', ['length', 'count']),
  snowfall: measure('length', ['length', 'count']),
  weight: measure('mass'),
  volume: measure('volume'),
  capacity: measure('power', ['count']),
  power: measure('power'),
  energy: measure('energy'),
  population: tally,
  // Counts of things.
  damaged: people,
  'flights-cancelled': people,
  'flights-delayed': people,
  'jobs-cut': tally,
  'jobs-created': tally,
  passengers: counted,
  crew: counted,
  troops: counted,
  'police-officers': counted,
  firefighters: counted,
  rescuers: counted,
  volunteers: counted,
  visitors: counted,
  spectators: counted,
  cases: people,
  patients: people,
  vehicles: detail,
  aircraft: detail,
  ships: detail,
  missiles: detail,
  drones: detail,
  users: { ...counted, scoped: true },
  subscribers: { ...counted, scoped: true },
  customers: { ...counted, scoped: true },
  'units-sold': { ...counted, scoped: true },
  stores: { ...detail, scoped: true },
  students: detail,
  schools: detail,
  households: detail,
  countries: detail,
  members: { ...detail, scoped: true },
  signatures: detail,
  goals: { ...counted, scoped: true },
  medals: { ...counted, scoped: true },
  points: { ...counted, scoped: true },
  // Dates and times of what happened, was announced, planned or decided.
  scheduled: day,
  opened: day,
  closed: day,
  signed: day,
  elected: { ...day, subject: 'person' },
  'election-day': day,
  decided: day,
  postponed: { ...day, carriesDate: true },
  cancelled: day,
  started: day,
  ended: day,
  deadline: day,
  arrived: day,
  'took-effect': day,
  suspended: day,
  resumed: day,
  completed: day,
  published: day,
  approved: day,
  filed: day,
  recalled: day,
  discovered: day,
  // Durations.
  delay: { accepts: ['duration'], cardinality: 'single', maxGap: 25 },
  term: { accepts: ['duration'], cardinality: 'single', maxGap: 25 },
  ban: { accepts: ['duration'], cardinality: 'single', maxGap: 25 },
} as const satisfies Record<string, ConceptSpec>;

export type ConceptName = keyof typeof CONCEPTS;

export const CONCEPT_NAMES = Object.keys(CONCEPTS) as ConceptName[];

/** The trigger each concept is: its words take values of the kinds it accepts, as claims of the concept. */
export const CONCEPT_TRIGGERS = Object.fromEntries(
  CONCEPT_NAMES.map((name) => {
    const spec: ConceptSpec = CONCEPTS[name];
    const trigger: TriggerSpec = {
      accepts: Object.fromEntries(spec.accepts.map((cls) => [cls, name])),
      maxGap: spec.maxGap ?? 30,
    };
    if (spec.carriesDate) trigger.carriesDate = true;
    if (spec.unit) trigger.unit = spec.unit;
    if (spec.counted) trigger.counted = true;
    if (spec.fallback) trigger.fallback = true;
    return [name, trigger];
  }),
) as Record<ConceptName, TriggerSpec>;

/** How claims of each concept are compared. */
export const CONCEPT_PREDICATES = Object.fromEntries(
  CONCEPT_NAMES.map((name) => {
    const spec: ConceptSpec = CONCEPTS[name];
    const predicate: PredicateSpec = {
      subject: spec.subject ?? 'story',
      cardinality: spec.cardinality === 'evolving' ? 'single' : spec.cardinality,
    };
    if (spec.cardinality === 'evolving') predicate.evolving = true;
    if (spec.scoped) predicate.scoped = true;
    return [name, predicate];
  }),
) as Record<ConceptName, PredicateSpec>;
