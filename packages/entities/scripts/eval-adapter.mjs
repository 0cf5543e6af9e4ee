// Adapter for ../shared/eval/recognizers-eval.mjs (development only, not part of the package):
//   node ../../../shared/eval/recognizers-eval.mjs --module scripts/eval-adapter.mjs --lang de --kind datetime
// Reads the built dist, so run `pnpm build` first.
import { extractMentions } from '../dist/index.js';

export const name = '@corpus/entities';

const TYPES = {
  DATE: 'date',
  DURATION: 'duration',
  NUMBER: 'number',
  MONEY: 'money',
  PERCENT: 'percent',
  ORDINAL: 'ordinal',
  NUMBER_RANGE: 'numberrange',
  AGE: 'age',
  TEMPERATURE: 'temperature',
};

// Recognizers-Text calls a number with a unit of measure a dimension.
const isDimension = (m) =>
  m.type === 'NUMBER' && m.value?.unit && !['person', 'magnitude'].includes(m.value.unit);

/**
 * The value a mention states, as the specs write it: a clock time whose day came from the
 * reference date (the same span read without a reference is a time of no day, "T16:00") is
 * reported as that time, as the chrono-node baseline reports a time alone.
 */
function dateValue(m, bare) {
  const iso = m.value.iso;
  if (m.value.granularity === 'time' && m.value.yearInferred) {
    const alone = bare.get(`${m.span.start}:${m.span.end}`);
    if (alone?.value?.kind === 'date' && alone.value.iso.startsWith('T'))
      return alone.value.iso.split('/')[0];
  }
  // A century ("14", ISO 8601's 1400–1499) is written by the specs as the range of its years.
  if (m.value.granularity === 'century') return `${iso}00-01-01`;
  return iso.includes('/') ? iso.split('/')[0] : iso;
}

export function extract(text, { lang, referenceDate }) {
  const out = [];
  const mentions = extractMentions({ text, lang }, referenceDate ? { referenceDate } : {});
  let bare;
  for (const m of mentions) {
    const type = isDimension(m) ? 'dimension' : TYPES[m.type];
    if (!type) continue;
    const v = m.value;
    let value;
    let unit;
    if (v?.kind === 'date') {
      bare ??= new Map(
        extractMentions({ text, lang }, { types: ['DATE'] }).map((b) => [`${b.span.start}:${b.span.end}`, b]),
      );
      value = dateValue(m, bare);
    } else if (v?.kind === 'duration') value = v.iso;
    else if (v?.kind === 'quantity') {
      value = v.amount;
      unit = v.unit;
    } else if (v?.kind === 'range') {
      value = `${v.from}-${v.to}`;
      unit = v.unit;
    }
    out.push({
      start: m.span.start,
      end: m.span.end,
      type: v?.kind === 'date' && v.iso.includes('/') ? 'daterange' : type,
      value,
      unit,
    });
  }
  return out;
}
