import type { EntityLocale } from '../locales/types';
import type { DurationValue } from '../types';
import { amountKey, type Candidate } from './candidate';
import { alternation } from './text';

/** The designators of an ISO 8601 duration, largest first; `MIN` is the minutes after `T`. */
const ORDER = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'] as const;
type Designator = (typeof ORDER)[number];
type Parts = Partial<Record<Designator, number>>;

const ISO_PARTS =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** The amount of each designator in an ISO 8601 duration ("PT1H5M" → H 1, MIN 5). */
export function durationParts(iso: string): Parts | undefined {
  const m = ISO_PARTS.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const parts: Parts = {};
  ORDER.forEach((d, i) => {
    const v = m[i + 1];
    if (v !== undefined) parts[d] = Number(v);
  });
  return parts;
}

/** The ISO 8601 duration of the parts; weeks become days when other parts stand beside them. */
export function durationIsoOf(parts: Parts): string {
  const p = { ...parts };
  const others = ORDER.filter((d) => d !== 'W' && p[d] !== undefined);
  if (p.W !== undefined && others.length > 0) {
    p.D = (p.D ?? 0) + p.W * 7;
    delete p.W;
  }
  const part = (d: Designator, letter: string) => (p[d] === undefined ? '' : `${amountKey(p[d])}${letter}`);
  const date = part('Y', 'Y') + part('M', 'M') + part('W', 'W') + part('D', 'D');
  const time = part('H', 'H') + part('MIN', 'M') + part('S', 'S');
  return `P${date}${time ? `T${time}` : ''}`;
}

const smallest = (p: Parts) => [...ORDER].reverse().find((d) => p[d] !== undefined);
const largest = (p: Parts) => ORDER.find((d) => p[d] !== undefined);

function add(a: Parts, b: Parts): Parts {
  const out: Parts = { ...a };
  for (const d of ORDER) if (b[d] !== undefined) out[d] = (out[d] ?? 0) + (b[d] ?? 0);
  return out;
}

interface DurationCandidate extends Candidate {
  value: DurationValue;
}

const isDuration = (c: Candidate): c is DurationCandidate =>
  c.type === 'DURATION' && c.value?.kind === 'duration' && !c.pending;

/** What may stand between two parts of one duration, and the words that add half the last unit. */
interface Joints {
  between: RegExp;
  half: RegExp | undefined;
}
const jointsCache = new Map<string, Joints>();

function jointsOf(locales: EntityLocale[]): Joints {
  const id = locales.map((l) => l.lang).join('+');
  const hit = jointsCache.get(id);
  if (hit) return hit;
  const words = locales.flatMap((l) => [...(l.spelled?.connectors ?? []), ...(l.durationJoiners ?? [])]);
  const halves = locales.flatMap((l) => l.halfWords ?? []);
  // "1 hour, 5 minutes, and 40 seconds", "eine Stunde und fünf Minuten", "1時間5分", "5년 8개월".
  const joint: Joints = {
    between: new RegExp(
      `^[ \\u00a0]{0,2}(?:,[ \\u00a0]{0,2})?(?:(?:${alternation(words) || '\\u0000'})[ \\u00a0]{0,2})?$`,
      'iu',
    ),
    half: halves.length
      ? new RegExp(`^[ \\u00a0]?(?:${halves.join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`, 'iu')
      : undefined,
  };
  jointsCache.set(id, joint);
  return joint;
}

/** The longest duration candidate starting at each offset. */
function durationsByStart(candidates: Candidate[]): Map<number, DurationCandidate> {
  const byStart = new Map<number, DurationCandidate>();
  for (const c of candidates) {
    if (!isDuration(c)) continue;
    const seen = byStart.get(c.start);
    if (!seen || c.end > seen.end) byStart.set(c.start, c);
  }
  return byStart;
}

/** The candidate for one stretch of duration parts, or undefined when it is a single part without a half. */
function compound(
  text: string,
  first: DurationCandidate,
  byStart: Map<number, DurationCandidate>,
  joints: Joints,
): DurationCandidate | undefined {
  let parts = durationParts(first.value.iso);
  if (!parts) return undefined;
  let end = first.end;
  let joined = 0;
  let qualifier = first.value.qualifier;
  // Each next part is a smaller unit than every part before it, with no hedge of its own.
  for (let guard = 0; guard < ORDER.length; guard++) {
    let next: DurationCandidate | undefined;
    let joint = '';
    for (let gap = 0; gap <= 8 && !next; gap++) {
      const c = byStart.get(end + gap);
      joint = text.slice(end, end + gap);
      if (c && joints.between.test(joint)) next = c;
    }
    // A hedge after the last part is the whole's ("1時間30分以上"); one inside ("1 hour and about 5") is not.
    const hedged = next && next.value.qualifier !== 'exact';
    const nextParts = next && (!hedged || qualifier === 'exact') ? durationParts(next.value.iso) : undefined;
    const low = smallest(parts);
    const high = nextParts && largest(nextParts);
    if (!next || !nextParts || !low || !high || ORDER.indexOf(high) <= ORDER.indexOf(low)) break;
    // After a comma only the next unit down continues the duration ("1 hour, 5 minutes"); a bigger
    // step is a list of separate spans ("历经五年，65分钟").
    if (joint.includes(',') && ORDER.indexOf(high) > ORDER.indexOf(low) + (low === 'M' ? 2 : 1)) break;
    parts = add(parts, nextParts);
    end = next.end;
    joined++;
    if (hedged) {
      qualifier = next.value.qualifier;
      break;
    }
  }
  const half = joints.half?.exec(text.slice(end, end + 24));
  const low = smallest(parts);
  // ISO 8601 writes a fraction on the smallest part: "5年半" is P5.5Y, "an hour and a half" PT1.5H.
  if (half && low) {
    parts = add(parts, { [low]: 0.5 });
    end += half[0].length;
  }
  if (joined === 0 && !half) return undefined;
  const iso = durationIsoOf(parts);
  return {
    ...first,
    end,
    key: `duration:${iso}`,
    value: { kind: 'duration', iso, qualifier },
    recognizer: 'rules:duration',
    priority: Math.max(first.priority, 70) + 1,
  };
}

/**
 * Durations written in parts ("1 hour, 5 minutes and 40 seconds", "1時間5分", "5년 8개월") or with a
 * half ("5年半", "an hour and a half"): one candidate over the whole, its ISO 8601 duration the sum,
 * ranked above the parts it covers.
 */
export function compoundDurations(
  text: string,
  candidates: Candidate[],
  locales: EntityLocale[],
): Candidate[] {
  const byStart = durationsByStart(candidates);
  if (byStart.size === 0) return candidates;
  const joints = jointsOf(locales);
  const out = [...candidates];
  let coveredTo = -1;
  for (const start of [...byStart.keys()].sort((a, b) => a - b)) {
    if (start < coveredTo) continue;
    const first = byStart.get(start) as DurationCandidate;
    const whole = compound(text, first, byStart, joints);
    if (!whole) continue;
    out.push(whole);
    coveredTo = whole.end;
  }
  return out;
}
