// Baseline for the same evaluator: chrono-node alone, with the document's locale (casual parser).
import * as chrono from 'chrono-node';

export const name = 'chrono-node 2.10.3';

const PARSERS = {
  en: chrono.en,
  de: chrono.de,
  it: chrono.it,
  ja: chrono.ja,
  zh: chrono.zh,
  fr: chrono.fr,
  es: chrono.es,
  pt: chrono.pt,
};

export function extract(text, { lang, referenceDate }) {
  const parser = PARSERS[lang] ?? chrono.en;
  const ref = referenceDate ? new Date(`${referenceDate}Z`) : new Date(Date.UTC(2016, 10, 7));
  return parser.parse(text, ref).map((r) => {
    const s = r.start;
    const y = s.get('year');
    const mo = String(s.get('month')).padStart(2, '0');
    const d = String(s.get('day')).padStart(2, '0');
    const value = s.isCertain('day') ? `${y}-${mo}-${d}` : s.isCertain('month') ? `${y}-${mo}` : `${y}`;
    return { start: r.index, end: r.index + r.text.length, type: r.end ? 'daterange' : 'date', value };
  });
}
