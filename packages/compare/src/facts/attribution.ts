// Who an article attributes a statement to: "according to X", "X zufolge", "Xによると".
import type { Mention } from '@corpus/entities';
import type { Span } from '../types';
import { type CompiledLocale, findAll } from './patterns';

export interface Attribution {
  cue: Span;
  source: string;
  key: string;
}

/**
 * A key for a source named in plain text: an acronym in it when there is one ("the USGS",
 * "미국지질조사국(USGS)" and "l'USGS" are one source), else the words without a leading article.
 */
export function sourceKey(text: string): string {
  const acronyms = text.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu);
  if (acronyms && acronyms.length > 0) return `source:${acronyms[acronyms.length - 1]!.toLowerCase()}`;
  const words = text
    .toLowerCase()
    .replace(/^(?:the|le|la|les|l['’]|der|die|das|il|lo|gli|el|los)\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `source:${words}`;
}

export function findAttributions(
  text: string,
  sentence: Span,
  locale: CompiledLocale,
  mentions: readonly Mention[],
  sourceTypes: ReadonlySet<string>,
): Attribution[] {
  const found: Attribution[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // The mentions that may be a source, picked once a cue is found (most sentences have none).
  let picked: Mention[] | undefined;
  const named = () => {
    picked ??= mentions.filter((m) => sourceTypes.has(m.type));
    return picked;
  };
  if (locale.after) {
    for (const cue of findAll(locale.after, slice, sentence.start)) {
      const source = named().find((m) => m.span.start >= cue.end && m.span.start - cue.end <= 40);
      if (source) found.push({ cue, source: source.text, key: source.key });
      else {
        const rest = text.slice(cue.end, sentence.end).trim();
        const raw = (/^[^,.;:、,。;:]{1,40}/u.exec(rest)?.[0] ?? '').trim();
        if (raw) found.push({ cue, source: raw, key: sourceKey(raw) });
      }
    }
  }
  if (locale.before) {
    for (const cue of findAll(locale.before, slice, sentence.start)) {
      const candidates = named().filter((m) => m.span.end <= cue.start && cue.start - m.span.end <= 20);
      const source = candidates[candidates.length - 1];
      if (source) found.push({ cue, source: source.text, key: source.key });
      else {
        const head = text.slice(sentence.start, cue.start);
        const raw = (/[^,.;:、,。;:\s]{1,20}$/u.exec(head)?.[0] ?? '').trim();
        if (raw) found.push({ cue, source: raw, key: sourceKey(raw) });
      }
    }
  }
  return found;
}
