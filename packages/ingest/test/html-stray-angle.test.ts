import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/html';

// A "<" that cannot open markup is read through a stand-in character (one DOM text node for a run of
// them instead of one each); everything extracted must give it back as "<", wherever it stood.

describe('extractHtml: a "<" that opens no markup is text, and comes back as "<"', () => {
  it('in the text, the title, a link and an attribute the metadata reads', () => {
    const page = [
      '<html><head><title>Rates: 3 < 4 | Site</title>',
      '<meta name="author" content="A <B> Team, x < y">',
      '</head><body><article><h1>Rates: 3 < 4</h1>',
      '<p>Inflation was below 2% (<2%) while x<<2 and a <= b; the index fell 5 < 7 points.</p>',
      '<p>See <a href="https://example.org/a?b=1<2">the table <3</a> for more.</p>',
      '<!-- a comment with a < inside -->',
      '<p>Trailing: <</p></article></body></html>',
    ].join('');
    const out = extractHtml(page);
    expect(out.text).toContain(
      'Inflation was below 2% (<2%) while x<<2 and a <= b; the index fell 5 < 7 points.',
    );
    expect(out.text).toContain('the table <3');
    expect(out.text).toContain('Trailing: <');
    expect(out.title).toBe('Rates: 3 < 4');
    expect(out.byline).toBe('A <B> Team, x < y');
    expect(JSON.stringify(out)).not.toMatch(/[\ufdd0-\ufdef]/);
  });

  it('keeps a noncharacter the page holds itself, and a run of 100 000 "<" whole', () => {
    const own = extractHtml('<p>Odd \ufdd0 and \ufdd1 here, 1 < 2.</p>');
    expect(own.text).toContain('Odd \ufdd0 and \ufdd1 here, 1 < 2.');
    const run = extractHtml(`<p>${'<'.repeat(100_000)}</p>`);
    expect(run.text.replace(/\s/g, '')).toBe('<'.repeat(100_000));
  });

  it('leaves tags, end tags, comments and declarations to the parser', () => {
    const out = extractHtml(
      '<!doctype html><html><body><p>One<br/>two</p><?php x ?><p>three</p></body></html>',
    );
    expect(out.text).not.toContain('<');
    expect(out.text).toContain('three');
  });
});
