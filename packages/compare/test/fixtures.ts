import type { Mention, MentionType, MentionValue } from '@corpus/entities';
import type { FactGroup, Span } from '../src/types';

/** A hand-built mention: the `occurrence`-th `needle` in `text`, with its span computed, never typed in. */
export function mention(
  text: string,
  needle: string,
  type: MentionType,
  key: string,
  value?: MentionValue,
  occurrence = 0,
): Mention {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  const m: Mention = {
    type,
    span: { start, end: start + needle.length },
    text: needle,
    key,
    confidence: 1,
    recognizer: 'test',
  };
  if (value) m.value = value;
  return m;
}

/** Sentences ended by . ! ? before a space, by 。, or by a line break; trimmed. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\n') close(i);
    else if (c === '。' || ('.!?'.includes(c) && (next === undefined || /\s/.test(next)))) close(i + 1);
  }
  close(text.length);
  return spans;
}

export const date = (iso: string, granularity: 'year' | 'month' | 'day' | 'time'): MentionValue => ({
  kind: 'date',
  iso,
  granularity,
});
export const duration = (
  iso: string,
  qualifier: 'exact' | 'about' | 'nearly' | 'over' | 'at least' = 'exact',
): MentionValue => ({
  kind: 'duration',
  iso,
  qualifier,
});
export const quantity = (amount: number, unit?: string): MentionValue =>
  unit ? { kind: 'quantity', amount, unit } : { kind: 'quantity', amount };

/** A group value as one comparable scalar: text, amount, `from-to` for a range, ISO for a date. */
export const plainValue = (v: FactGroup['values'][number]['value']) =>
  typeof v === 'string'
    ? v
    : v.kind === 'text'
      ? v.normalized
      : v.kind === 'quantity'
        ? v.amount
        : v.kind === 'range'
          ? `${v.from}-${v.to}`
          : v.iso;
