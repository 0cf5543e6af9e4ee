import { type AnalyzeOptions, analyze } from '../pipeline/analyze';
import type { AnalyzedDocument } from '../types';

/**
 * The story's reference date, for dates written without a year ("6 gennaio", "1月7日"): the latest
 * publication date, dated social post, or date stated with its year at month or day precision across
 * the documents. Returns `YYYY-MM-DD`, or undefined when no document states such a date.
 */
export function corpusReferenceDate(docs: readonly AnalyzedDocument[]): string | undefined {
  let latest: string | undefined;
  const consider = (iso: string | undefined) => {
    if (!iso || !/^\d{4}-\d\d/.test(iso)) return;
    const day = iso.length >= 10 ? iso.slice(0, 10) : `${iso.slice(0, 7)}-01`;
    if (!latest || day > latest) latest = day;
  };
  for (const doc of docs) {
    consider(doc.document.published);
    for (const block of doc.document.blocks) consider(block.post?.date);
    for (const m of doc.mentions) {
      if (m.type !== 'DATE' || m.value?.kind !== 'date' || m.value.yearInferred) continue;
      if (m.value.granularity === 'year') continue;
      consider(m.value.iso);
    }
  }
  return latest;
}

/**
 * Each document with its dates resolved against the reference date that suits it best: the one given,
 * else the document's own publication date (it says best what year its "6 January" is), else the
 * story's (`corpusReferenceDate`).
 */
export function withReferenceDates(
  analyzed: readonly AnalyzedDocument[],
  given: string | undefined,
  options: AnalyzeOptions,
): { docs: AnalyzedDocument[]; referenceDate?: string } {
  const referenceDate = given ?? corpusReferenceDate(analyzed);
  if (!referenceDate) return { docs: [...analyzed] };
  const docs = analyzed.map((a) => {
    if (a.referenceDate !== undefined && given === undefined) return a;
    const published = a.document.published;
    const own =
      given === undefined && published && /^\d{4}-\d\d-\d\d/.test(published)
        ? published.slice(0, 10)
        : referenceDate;
    if (a.referenceDate === own) return a;
    const yearless = a.mentions.some(
      (m) => m.value?.kind === 'date' && (m.value.yearInferred === true || m.value.iso.startsWith('--')),
    );
    if (!yearless) return { ...a, referenceDate: own };
    return analyze(a.document, { ...options, referenceDate: own });
  });
  return { docs, referenceDate };
}
