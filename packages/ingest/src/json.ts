import { IngestError } from './errors';
import type { DocumentFormat, Link, RemovedContent } from './types';

/** What an HTML page or JSON article yields before the text pipeline. */
export interface ExtractedArticle {
  text: string;
  title?: string;
  published?: string;
  byline?: string;
  outlet?: string;
  lang?: string;
  url?: string;
  links?: Link[];
  removed?: RemovedContent[];
}

const TEXT_FIELDS = [
  'text',
  'content',
  'body',
  'article',
  'articleBody',
  'fullText',
  'full_text',
  'description',
];
const TITLE_FIELDS = ['title', 'headline', 'name'];
const DATE_FIELDS = [
  'date',
  'published',
  'publishedAt',
  'published_at',
  'datePublished',
  'pubDate',
  'created_at',
];
const AUTHOR_FIELDS = ['author', 'byline', 'authors', 'creator'];
const OUTLET_FIELDS = ['outlet', 'source', 'site', 'siteName', 'publisher'];

function pick(record: Record<string, unknown>, fields: string[]): string | undefined {
  for (const f of fields) {
    const v = record[f];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0) return v.join(', ');
    if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
      return (v as { name: string }).name;
  }
  return undefined;
}

function toArticle(value: unknown, where: string, name: string): ExtractedArticle {
  if (typeof value === 'string') return { text: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new IngestError(
      'E_UNSUPPORTED_FORMAT',
      `${name}: ${where} is not an article object; expected { title, text, url, date, lang }.`,
      { file: name },
    );
  }
  const record = value as Record<string, unknown>;
  const text = pick(record, TEXT_FIELDS);
  if (text === undefined) {
    throw new IngestError(
      'E_UNSUPPORTED_FORMAT',
      `${name}: ${where} has no text field; expected one of ${TEXT_FIELDS.join(', ')}.`,
      { file: name },
    );
  }
  const article: ExtractedArticle = { text };
  const title = pick(record, TITLE_FIELDS);
  if (title) article.title = title;
  const date = pick(record, DATE_FIELDS);
  if (date && !Number.isNaN(new Date(date).getTime()))
    article.published = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : new Date(date).toISOString();
  const author = pick(record, AUTHOR_FIELDS);
  if (author) article.byline = author;
  const outlet = pick(record, OUTLET_FIELDS);
  if (outlet) article.outlet = outlet;
  const lang = pick(record, ['lang', 'language', 'inLanguage']);
  if (lang && /^[a-zA-Z]{2,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(lang)) article.lang = lang;
  const url = pick(record, ['url', 'link', 'href']);
  if (url) {
    article.url = url;
    article.links = [{ url, kind: 'reference', text: 'source' }];
  }
  return article;
}

/**
 * JSON (an article object, an array of them, or `{ articles: [...] }`) and JSON Lines (one article per
 * line) to articles, in file order.
 */
export function extractJson(text: string, format: DocumentFormat, name: string): ExtractedArticle[] {
  const values: unknown[] = [];
  if (format === 'jsonl') {
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      try {
        values.push(JSON.parse(line));
      } catch {
        throw new IngestError(
          'E_UNSUPPORTED_FORMAT',
          `${name}: line ${index + 1} is not valid JSON; fix it or pass { format: 'text' }.`,
          { file: name },
        );
      }
    });
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      throw new IngestError(
        'E_UNSUPPORTED_FORMAT',
        `${name} is not valid JSON; fix it or pass { format: 'text' }.`,
        { file: name },
      );
    }
    if (Array.isArray(parsed)) values.push(...parsed);
    else if (
      parsed &&
      typeof parsed === 'object' &&
      Array.isArray((parsed as { articles?: unknown }).articles)
    ) {
      values.push(...(parsed as { articles: unknown[] }).articles);
    } else values.push(parsed);
  }
  if (values.length === 0)
    throw new IngestError('E_EMPTY', `${name} holds no articles; nothing to ingest.`, { file: name });
  return values.map((v, i) => toArticle(v, format === 'jsonl' ? `line ${i + 1}` : `item ${i + 1}`, name));
}
