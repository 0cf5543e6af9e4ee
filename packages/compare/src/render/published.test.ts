import { ingestText } from '@corpus/ingest';
import { describe, expect, it } from 'vitest';
import { compare } from '../comparison/compare';
import { analyze } from '../pipeline/analyze';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { publishedView } from './published';

const BODY =
  '<p>Acme Corp agreed to buy Northwind on 5 January 2026, said Anna Weber, its chief executive, in Oslo.</p>';
const page = (name: string, meta: string) =>
  ingestText(
    `<!doctype html><html lang="en"><head><title>Acme buys Northwind</title>${meta}</head><body><article>${BODY}</article></body></html>`,
    { name },
  );

describe('published times in the reports', () => {
  it('reads an ISO value as a reader would: the written clock time and its zone, a date alone as a date', () => {
    expect(publishedView('2026-03-12T15:30:00.000Z', '2026-03-12T16:30:00+01:00')).toEqual({
      text: '12 Mar 2026, 16:30 (UTC+01:00)',
      datetime: '2026-03-12T15:30:00.000Z',
    });
    expect(publishedView('2026-03-12T14:05:00.000Z', '2026-03-12T09:05:00-05:00')?.text).toBe(
      '12 Mar 2026, 09:05 (UTC-05:00)',
    );
    expect(publishedView('2026-03-12T15:30:00.000Z')?.text).toBe('12 Mar 2026, 15:30 (UTC)');
    expect(publishedView('2026-03-12', '2026-03-12T16:30:00')?.text).toBe(
      '12 Mar 2026, 16:30 (zone not stated)',
    );
    expect(publishedView('2026-03-12')).toEqual({ text: '12 Mar 2026', datetime: '2026-03-12' });
    expect(publishedView('2026-13-12')).toEqual({ text: '2026-13-12' });
    expect(publishedView(undefined)).toBeUndefined();
  });

  it('carries the time as written from ingest to the comparison, and Markdown, HTML and JSON show it', () => {
    const written = page(
      'a.html',
      '<meta property="article:published_time" content="2026-03-12T16:30:00+01:00">',
    );
    const dated = page('b.html', '<meta name="date" content="2026-03-12">');
    const comparison = compare([analyze(written), analyze(dated)]);
    expect(comparison.documents.map((d) => [d.name, d.published, d.publishedAsWritten])).toEqual([
      ['a.html', '2026-03-12T15:30:00.000Z', '2026-03-12T16:30:00+01:00'],
      ['b.html', '2026-03-12', undefined],
    ]);
    const markdown = renderMarkdown(comparison);
    expect(markdown).toContain('| document | lang | title | published | sentences | tokens | mentions |');
    expect(markdown).toMatch(
      /^\| a\.html \| en \| Acme buys Northwind \| 12 Mar 2026, 16:30 \(UTC\+01:00\) \| \d+/m,
    );
    expect(markdown).toMatch(/^\| b\.html \| en \| Acme buys Northwind \| 12 Mar 2026 \| \d+/m);
    expect(markdown).not.toContain('15:30');
    expect(renderHtml(comparison)).toContain(
      '<time datetime="2026-03-12T15:30:00.000Z">12 Mar 2026, 16:30 (UTC+01:00)</time>',
    );
    expect(JSON.parse(renderJson(comparison)).documents[0].publishedAsWritten).toBe(
      '2026-03-12T16:30:00+01:00',
    );
  });

  it('leaves the published column out of the Markdown table when no document says when', () => {
    const plain = (name: string) => ingestText(BODY.replace(/<\/?p>/g, ''), { name });
    const markdown = renderMarkdown(compare([analyze(plain('a.txt')), analyze(plain('b.txt'))]));
    expect(markdown).toContain('| document | lang | title | sentences | tokens | mentions |');
    expect(markdown).not.toContain('published');
  });
});
