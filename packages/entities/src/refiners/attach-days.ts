import type { Candidate } from '../core/candidate';
import { attachDays as attach, type ClockCandidate } from '../core/times';
import type { Refiner } from './refiner';

const isClock = (c: Candidate): c is ClockCandidate => 'clock' in c;

/**
 * A clock time takes the day written near it in the same sentence ("14:32 JST on 6 January"), or
 * stays pending for a reference date. Each clock is replaced where it stands.
 */
export const attachDays: Refiner = {
  name: 'attach-days',
  refine(candidates, { sentences, reference, deferred }) {
    const clocks = candidates.filter(isClock);
    if (clocks.length === 0) return candidates;
    const settled = attach(
      clocks,
      candidates.filter((c) => !isClock(c)),
      sentences(),
      reference,
      deferred,
    );
    let next = 0;
    return candidates.map((c) => (isClock(c) ? (settled[next++] as Candidate) : c));
  },
};
