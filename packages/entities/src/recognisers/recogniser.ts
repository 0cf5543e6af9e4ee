import type { Candidate } from '../core/candidate';
import type { Reference } from '../core/dates';
import type { EntityLocale } from '../locales/types';
import type { MentionType, Span } from '../types';

/** What every recogniser and refiner may read about the one text being read; built per call, never shared. */
export interface RecogniseContext {
  /** The text as given; spans point into it. */
  original: string;
  /** The text with full-width forms folded, same length as `original`: what recognisers read. */
  text: string;
  lang: string;
  /** The built-in locale of `lang`, if there is one. */
  locale: EntityLocale | undefined;
  /** `locale`, or the fallback locale for an unknown language. */
  primary: EntityLocale;
  /** `primary`, then English unless `primary` is English. */
  locales: EntityLocale[];
  english: EntityLocale;
  reference: Reference | undefined;
  /** Keep dates that need a reference date pending (resolveDates fills them in later). */
  deferred: boolean;
  /** The types asked for; undefined for all of them. */
  wanted: ReadonlySet<MentionType> | undefined;
  /** Sentence spans, segmented on first use. */
  sentences(): Span[];
  /** The names the document's language knows, merged on first use. */
  gazetteer(): Map<string, string>;
}

/** One concern: proposes candidates of `types`, run only when one of them is wanted. */
export interface Recogniser {
  name: string;
  types: readonly MentionType[];
  recognise(context: RecogniseContext): Candidate[];
}
