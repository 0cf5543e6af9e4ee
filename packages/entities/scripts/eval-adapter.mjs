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

export function extract(text, { lang, referenceDate }) {
  const out = [];
  for (const m of extractMentions({ text, lang }, referenceDate ? { referenceDate } : {})) {
    const type = isDimension(m) ? 'dimension' : TYPES[m.type];
    if (!type) continue;
    const v = m.value;
    let value;
    let unit;
    if (v?.kind === 'date') value = v.iso.includes('/') ? v.iso.split('/')[0] : v.iso;
    else if (v?.kind === 'duration') value = v.iso;
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
