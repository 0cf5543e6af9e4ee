import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/index';

const body =
  '<p>The harbour of Port Ellis reopened on Monday morning after a storm kept every boat in port for three days.</p>';

/** A page whose only date is the given meta tag or JSON-LD block. */
const page = (head: string) =>
  `<!doctype html><html lang="en"><head><title>Harbour reopens</title>${head}</head><body><article>${body}</article></body></html>`;

describe('published: the instant for sorting, the time as the source wrote it for reading', () => {
  it('an HTML meta time with its offset: the instant in UTC and 16:30+01:00 as written', () => {
    const doc = ingestText(
      page('<meta property="article:published_time" content="2026-03-12T16:30:00+01:00">'),
      { name: 'a.html' },
    );
    expect(doc.published).toBe('2026-03-12T15:30:00.000Z');
    expect(doc.publishedAsWritten).toBe('2026-03-12T16:30:00+01:00');
    // Both name the same instant.
    expect(new Date(doc.publishedAsWritten!).getTime()).toBe(new Date(doc.published!).getTime());
    // After `published` in the document's keys, as every ingest output orders them.
    const keys = Object.keys(doc);
    expect(keys.indexOf('publishedAsWritten')).toBe(keys.indexOf('published') + 1);
  });

  it('JSON-LD datePublished, west of UTC and without seconds', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Harbour reopens',
      datePublished: '2026-03-12T09:05-0500',
    });
    const doc = ingestText(page(`<script type="application/ld+json">${ld}</script>`), { name: 'b.html' });
    expect(doc.published).toBe('2026-03-12T14:05:00.000Z');
    expect(doc.publishedAsWritten).toBe('2026-03-12T09:05:00-05:00');
  });

  it('a time in UTC is written with Z, and a date alone stays a date (no invented midnight)', () => {
    const utc = ingestText(page('<meta itemprop="datePublished" content="2026-03-12T15:30:00Z">'), {
      name: 'c.html',
    });
    expect(utc).toMatchObject({
      published: '2026-03-12T15:30:00.000Z',
      publishedAsWritten: '2026-03-12T15:30:00Z',
    });
    const day = ingestText(page('<meta name="date" content="2026-03-12">'), { name: 'd.html' });
    expect(day.published).toBe('2026-03-12');
    expect(day).not.toHaveProperty('publishedAsWritten');
  });

  it('a JSON article: an RFC 2822 date with its zone, a date in words, a time with no zone', () => {
    const read = (date: string) =>
      ingestText(
        JSON.stringify({
          title: 'Harbour reopens',
          text: 'The harbour of Port Ellis reopened on Monday.',
          date,
        }),
        {
          name: 'e.json',
        },
      );
    expect(read('Thu, 12 Mar 2026 16:30:00 +0100')).toMatchObject({
      published: '2026-03-12T15:30:00.000Z',
      publishedAsWritten: '2026-03-12T16:30:00+01:00',
    });
    const words = read('March 12, 2026');
    expect(words.published).toBe('2026-03-12');
    expect(words).not.toHaveProperty('publishedAsWritten');
    // No zone: the instant is unknown, whatever the machine's own zone; the day and the clock time stay.
    expect(read('2026-03-12T16:30')).toMatchObject({
      published: '2026-03-12',
      publishedAsWritten: '2026-03-12T16:30:00',
    });
  });

  it('what is not a date or time is left out, not guessed', () => {
    for (const date of [
      '2026-02-30T10:00:00Z',
      '2026-03-12T25:00:00Z',
      '2026-03-12T10:00:00+25:00',
      'soon',
    ]) {
      const doc = ingestText(
        JSON.stringify({ text: 'The harbour of Port Ellis reopened on Monday.', date }),
        {
          name: 'f.json',
        },
      );
      expect([date, doc.published, doc.publishedAsWritten]).toEqual([date, undefined, undefined]);
    }
  });
});
