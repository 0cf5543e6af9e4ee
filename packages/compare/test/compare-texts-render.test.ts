import { describe, expect, it } from 'vitest';
import { analyze, compare, compareTexts, createAnalyzer, renderHtml, renderJson } from '../src/index';

const inputs = [
  {
    name: 'wire.txt',
    text: 'Anna Weber joined Acme Corp in March 2019. She left the company on 5 January 2026.',
  },
  { name: 'daily.txt', text: 'Anna Weber joined Acme Corp in 2017. She left the company in January 2026.' },
];

describe('compareTexts → renderHtml', () => {
  it('is the full report: source texts, and every "Show in text" link lands on its evidence', () => {
    const comparison = compareTexts(inputs);
    expect(comparison.conflicts.length).toBeGreaterThan(0);
    const html = renderHtml(comparison);
    expect(html).toContain('Source texts (2)');
    expect(html).not.toContain('The texts were not included in this report');
    const targets = [...html.matchAll(/<a class="jump" href="#([^"]+)">Show in text/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
    for (const input of inputs) expect(html).toContain(input.text.slice(0, 20));
    // The same page as when the analysed documents are passed by hand.
    expect(html).toBe(renderHtml(comparison, { documents: comparison.analyzed }));
  });

  it('keeps the serialised Comparison to its schema: the documents are not enumerable', () => {
    const comparison = compareTexts(inputs);
    expect(comparison.analyzed.map((a) => a.document.source.name)).toEqual(['wire.txt', 'daily.txt']);
    expect(Object.keys(comparison)).not.toContain('analyzed');
    expect(renderJson(comparison)).toBe(renderJson(compare(inputs.map((input) => analyze(input)))));
    // A Comparison read back from JSON has no texts: the report says so instead of linking nowhere.
    const html = renderHtml(JSON.parse(renderJson(comparison)));
    expect(html).toContain('The texts were not included in this report');
  });

  it('carries the documents from an analyzer too', () => {
    const comparison = createAnalyzer().compareTexts(inputs);
    expect(comparison.analyzed).toHaveLength(2);
    expect(renderHtml(comparison)).toContain('Source texts (2)');
  });
});
