import type { AnalyzedDocument, ComparedDocument } from '../types';

/** Each document as the comparison lists it: identity, language and how much was found in it. */
export function comparedDocuments(docs: readonly AnalyzedDocument[]): ComparedDocument[] {
  return docs.map((d) => {
    const entry: ComparedDocument = {
      id: d.document.id,
      name: d.document.source.name,
      lang: d.document.lang,
      characters: d.document.text.length,
      sentences: d.segmentation.sentences.length,
      tokens: d.segmentation.tokens.length,
      mentions: d.mentions.length,
    };
    if (d.document.title) entry.title = d.document.title;
    if (d.document.outlet) entry.outlet = d.document.outlet;
    if (d.document.published) entry.published = d.document.published;
    if (d.document.publishedAsWritten) entry.publishedAsWritten = d.document.publishedAsWritten;
    return entry;
  });
}

/** Publication date (as given) per document name, for ordering evolving values. */
export function publishedDates(docs: readonly AnalyzedDocument[]): Record<string, string | undefined> {
  const published: Record<string, string | undefined> = {};
  for (const doc of docs) published[doc.document.source.name] = doc.document.published;
  return published;
}
