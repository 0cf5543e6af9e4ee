import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeComparison } from '../../test/large-comparison';
import type { Comparison, Evidence, Fact } from '../types';
import { type HtmlSourceText, renderHtml } from './html';

const EN = 'Anna Weber joined Acme in 2019. She left on 5 January 2026.';
const JA = 'アンナ・ウェーバーは2017年にAcmeに入社した。';

function ev(source: string, text: string, sentence: string, mention?: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`${sentence} not in text`);
  const m = mention ? text.indexOf(mention, start) : -1;
  return {
    source,
    span: { start, end: start + sentence.length },
    sentence,
    ...(m >= 0 ? { mentions: [{ start: m, end: m + mention!.length }] } : {}),
  };
}

function fact(source: string, predicate: Fact['predicate'], display: string, evidence: Evidence): Fact {
  return {
    source,
    subject: { key: 'person:anna weber', canonical: 'Anna Weber' },
    predicate,
    value: { kind: 'date', iso: display.slice(0, 4), granularity: 'year' },
    display,
    evidence,
  };
}

function fixture(): { comparison: Comparison; documents: HtmlSourceText[] } {
  const enJoined = ev('en.txt', EN, 'Anna Weber joined Acme in 2019.', '2019');
  const jaJoined = ev('ja.txt', JA, JA, '2017年');
  const enLeft = ev('en.txt', EN, 'She left on 5 January 2026.', '5 January 2026');
  const facts = [
    fact('en.txt', 'joined', '2019', enJoined),
    fact('ja.txt', 'joined', '2017年', jaJoined),
    fact('en.txt', 'left', '5 January 2026', enLeft),
  ];
  const comparison: Comparison = {
    schemaVersion: 2,
    documents: [
      {
        id: 'd1',
        name: 'en.txt',
        lang: 'en',
        title: 'Weber leaves Acme',
        outlet: 'Daily',
        characters: EN.length,
        sentences: 2,
        tokens: 14,
        mentions: 3,
      },
      { id: 'd2', name: 'ja.txt', lang: 'ja', characters: JA.length, sentences: 1, tokens: 9, mentions: 3 },
    ],
    entities: [
      {
        key: 'person:anna weber',
        canonical: 'Anna Weber',
        type: 'PERSON',
        forms: [{ text: 'Anna Weber', documents: ['d1'] }],
        mentions: [],
        documents: ['d1', 'd2'],
      },
      {
        key: 'org:acme',
        canonical: 'Acme',
        type: 'ORG',
        forms: [{ text: 'Acme', documents: ['d1', 'd2'] }],
        mentions: [],
        documents: ['d1', 'd2'],
      },
    ],
    coverage: { 'person:anna weber': { 'en.txt': 1, 'ja.txt': 1 }, 'org:acme': { 'en.txt': 1, 'ja.txt': 1 } },
    facts,
    agreements: [
      {
        // Not a predicate of this version: a Comparison read from JSON may carry any string.
        predicate: 'employer' as never,
        subject: { key: 'person:anna weber', canonical: 'Anna Weber' },
        values: [
          { value: 'Acme', display: 'Acme', sources: ['en.txt', 'ja.txt'], evidence: [enJoined, jaJoined] },
        ],
        confidence: 0.96,
      },
    ],
    conflicts: [
      {
        kind: 'contradiction',
        predicate: 'joined',
        subject: { key: 'person:anna weber', canonical: 'Anna Weber' },
        values: [
          { value: '2019', display: '2019', sources: ['en.txt'], evidence: [enJoined] },
          { value: '2017', display: '2017年', sources: ['ja.txt'], evidence: [jaJoined] },
        ],
        confidence: 0.8,
      },
    ],
    unique: { 'en.txt': { entities: [], facts: [facts[2]!] }, 'ja.txt': { entities: [], facts: [] } },
    similarity: {
      documents: ['en.txt', 'ja.txt'],
      matrix: [
        [1, 0.42],
        [0.42, 1],
      ],
    },
    timeline: [
      { date: '2017', facts: [facts[1]!] },
      { date: '2019', facts: [facts[0]!] },
      { date: '2026-01-05', facts: [facts[2]!] },
      { date: '--01-06', facts: [facts[2]!] },
    ],
    warnings: [{ code: 'W_NO_DATE', message: 'No publication date <stated>.', document: 'ja.txt' }],
  };
  const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const documents: HtmlSourceText[] = [
    {
      name: 'en.txt',
      text: EN,
      mentions: [
        { type: 'PERSON', span: at(EN, 'Anna Weber') },
        { type: 'ORG', span: at(EN, 'Acme') },
        { type: 'DATE', span: at(EN, '2019') },
      ],
      removed: [{ reason: 'advertisement', text: 'Advertisement' }],
    },
    {
      name: 'ja.txt',
      text: JA,
      mentions: [
        { type: 'PERSON', span: at(JA, 'アンナ・ウェーバー') },
        { type: 'DATE', span: at(JA, '2017年') },
      ],
    },
  ];
  return { comparison, documents };
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '</style><style>*{}',
  "' onfocus='x",
];

/** Elements in the live DOM: everything outside <template> contents. */
function liveElements(html: string): number {
  let depth = 0;
  let count = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'template') {
      if (!closing && depth === 0) count++;
      depth += closing ? -1 : 1;
    } else if (!closing && depth === 0) count++;
  }
  return count;
}

/** Attributes named on* in real tags (quoted values, where escaped input lives, are blanked first). */
function eventHandlers(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*>/g)]
    .map((m) => m[0].replace(/"[^"]*"/g, '""'))
    .filter((tag) => /\son[a-z]+\s*=/i.test(tag));
}

function attributeUrls(html: string): string[] {
  return [
    ...html.matchAll(/\s(?:href|src|action|formaction|xlink:href|poster|srcset)\s*=\s*"([^"]*)"/gi),
  ].map((m) => m[1]!);
}

describe('renderHtml', () => {
  it('renders every section, disagreements before agreements', () => {
    const { comparison, documents } = fixture();
    const html = renderHtml(comparison, { documents });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const order = [
      'summary',
      'conflicts',
      'agreements',
      'coverage',
      'similarity',
      'timeline',
      'unique',
      'sources',
    ].map((id) => html.indexOf(`<section id="${id}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<h1>Comparison of 2 sources</h1>');
    expect(html).toContain('<span class="badge k-contradiction"');
    expect(html).toContain('<td>Daily</td><td class="title" lang="en">Weber leaves Acme</td>');
    expect(html).toContain('<li><time datetime="2026-01-05">2026-01-05</time>');
    expect(html).toContain('<li><time>01-06 (year not stated)</time>');
    expect(html).toContain(
      '<li><code>W_NO_DATE</code> <a class="chip" href="#src-1">ja.txt</a> No publication date &lt;stated&gt;.</li>',
    );
  });

  it('links each conflict value to its evidence sentence in the source text', () => {
    const { comparison, documents } = fixture();
    const html = renderHtml(comparison, { documents });
    // "Anna Weber joined Acme in 2019." is EN[0, 31).
    expect(html).toContain('<a class="value jump" href="#ev-0-0-31" data-targets="ev-0-0-31">2019</a>');
    expect(html).toContain('<a class="value jump" href="#ev-1-0-26" data-targets="ev-1-0-26">2017年</a>');
    expect(html).toContain(
      '<span class="ev" id="ev-0-0-31" tabindex="-1"><mark class="m t-person" title="PERSON">Anna Weber</mark> joined ' +
        '<mark class="m t-org" title="ORG">Acme</mark> in <mark class="m t-date" title="DATE">2019</mark>.</span>',
    );
    // Mentions the fact was built from are emphasised in the quote.
    expect(html).toContain(
      '<blockquote lang="ja" dir="auto">アンナ・ウェーバーは<strong>2017年</strong>にAcmeに入社した。</blockquote>',
    );
    // The agreement value links to both sources' sentences.
    expect(html).toContain('data-targets="ev-0-0-31 ev-1-0-26">Acme</a>');
  });

  it('shows source texts with language, mentions by type and removed boilerplate with its reason', () => {
    const { comparison, documents } = fixture();
    const html = renderHtml(comparison, { documents });
    expect(html).toContain(
      '<div class="text" lang="ja" dir="auto"><span class="ev" id="ev-1-0-26" tabindex="-1">',
    );
    expect(html).toContain('<mark class="m t-person" title="PERSON">アンナ・ウェーバー</mark>');
    expect(html).toContain(
      '<span class="reason">advertisement</span><div class="removed-text">Advertisement</div>',
    );
    expect(html).toContain(
      '<ul class="legend" aria-label="Mention types"><li><mark class="m t-person">person</mark>',
    );
  });

  it('accepts AnalyzedDocument-shaped sources', () => {
    const { comparison, documents } = fixture();
    const analyzed = documents.map((d) => ({
      document: {
        id: d.name,
        source: {
          name: d.name,
          bytes: 0,
          encoding: { name: 'utf-8', confidence: 1 },
          format: 'text',
          sha256: '',
        },
        lang: 'en',
        langConfidence: 1,
        text: d.text,
        blocks: [],
        links: [],
        removed: [...(d.removed ?? [])],
        warnings: [],
      },
      segmentation: { lang: 'en', segmenter: 'test', sentences: [], tokens: [] },
      mentions: (d.mentions ?? []).map((m) => ({ ...m, text: '', key: '', confidence: 1, recognizer: 't' })),
      facts: [],
    }));
    const html = renderHtml(comparison, { documents: analyzed as never });
    expect(html).toContain('<span class="ev" id="ev-0-0-31" tabindex="-1"><mark class="m t-person"');
    expect(html).toContain('<span class="reason">advertisement</span>');
  });

  it('without texts, still renders the evidence quotes but no jump targets', () => {
    const { comparison } = fixture();
    const html = renderHtml(comparison);
    expect(html).toContain('<span class="value">2019</span>');
    expect(html).toContain(
      '<blockquote lang="en" dir="auto">Anna Weber joined Acme in <strong>2019</strong>.</blockquote>',
    );
    expect(html).not.toContain('class="ev"');
    expect(html).toContain('The texts were not included in this report');
  });

  it('sets a restrictive Content-Security-Policy whose hashes match the inline style and script', () => {
    const { comparison, documents } = fixture();
    const html = renderHtml(comparison, { documents });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:|\*/);
    // The CSP comes before any style or script so it governs them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash(scripts[0]!)}'`);
    expect(csp).toContain(`style-src 'sha256-${hash(styles[0]!)}'`);
    // Hashes do not cover style attributes, so there must be none.
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(eventHandlers(html)).toEqual([]);
  });

  it('loads nothing external and links only within the page', () => {
    const { comparison, documents } = fixture();
    const html = renderHtml(comparison, { documents });
    expect(html).not.toMatch(/https?:\/\/|\/\/[a-z]/i);
    expect(html).not.toMatch(/@import|url\(/i);
    const urls = attributeUrls(html);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.every((u) => u.startsWith('#'))).toBe(true);
    expect(html).not.toMatch(/<(?:img|iframe|link|object|embed|base|form)\b/i);
  });

  it('escapes every string from input, and never turns a hostile URL into a link', () => {
    const { comparison, documents } = fixture();
    const bad = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
    const js = 'javascript:alert(3)';
    const hostile = structuredClone(comparison);
    hostile.documents[0]!.name = `${bad}.txt`;
    hostile.documents[0]!.title = `</title><style>*{}</style>${bad}`;
    hostile.documents[0]!.outlet = js;
    hostile.documents[0]!.lang = `en" onmouseover="alert(4)`;
    hostile.entities[0]!.canonical = `<svg onload=alert(5)>`;
    hostile.entities[0]!.type = 'PERSON"><b' as never;
    hostile.entities.push({
      key: 'url:x',
      canonical: js,
      type: 'URL',
      forms: [],
      mentions: [],
      documents: ['d1'],
    });
    hostile.coverage['url:x'] = { [`${bad}.txt`]: 1 };
    hostile.conflicts[0]!.kind = '"><i>' as never;
    hostile.conflicts[0]!.predicate = `<iframe src="${js}">` as never;
    hostile.conflicts[0]!.subject.canonical = `<a href="${js}">x</a>`;
    hostile.conflicts[0]!.values[0]!.display = `<a href="${js}">2019</a>`;
    hostile.conflicts[0]!.values[0]!.sources = [`${bad}.txt`];
    hostile.conflicts[0]!.values[0]!.evidence[0]!.source = `${bad}.txt`;
    hostile.conflicts[0]!.values[0]!.evidence[0]!.sentence = `]]><!-- ${bad} -->`;
    hostile.timeline[0]!.date = `2017"><script>`;
    hostile.similarity.documents[0] = bad;
    hostile.unique = { [`${bad}.txt`]: { entities: [`<b>${js}</b>`], facts: [] } };
    const docs = structuredClone(documents);
    docs[0]!.name = `${bad}.txt`;
    docs[0]!.text = `${EN}\n${bad} ${js}`;
    docs[0]!.mentions = [
      ...docs[0]!.mentions!,
      { type: `URL"><script>`, span: { start: EN.length + 1, end: EN.length + 10 } },
    ];
    docs[0]!.removed = [{ reason: `<b>${bad}`, text: `<a href="${js}">click</a>` }];
    const html = renderHtml(hostile, { documents: docs, title: `</title>${bad}` });

    expect(html).not.toContain(bad);
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<!--');
    expect(eventHandlers(html)).toEqual([]);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html).toContain(
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
    );
    expect(html).toContain('&lt;a href=&quot;javascript:alert(3)&quot;&gt;2019&lt;/a&gt;');
    // javascript: appears only as escaped text, never inside an attribute.
    expect(attributeUrls(html).every((u) => u.startsWith('#'))).toBe(true);
    for (const m of html.matchAll(/javascript:/g)) {
      const before = html.slice(Math.max(0, m.index - 12), m.index);
      expect(before).not.toMatch(/(?:href|src|action)="$/);
    }
    // A malformed language tag is dropped rather than written into an attribute.
    expect(html).not.toContain('lang="en&quot;');
    expect(html).toContain('class="m t-url-script-"');
  });

  it('for any strings in any field, emits no tag, attribute or link of its own making', () => {
    const hostile = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...PAYLOADS));
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), (s) => {
        const { comparison, documents } = fixture();
        const c = structuredClone(comparison);
        c.documents[1]!.name = s[0]!;
        c.documents[1]!.title = s[1];
        c.documents[1]!.outlet = s[2];
        c.conflicts[0]!.values[1]!.display = s[3]!;
        c.conflicts[0]!.values[1]!.sources = [s[0]!];
        c.conflicts[0]!.values[1]!.evidence[0]!.source = s[0]!;
        c.conflicts[0]!.predicate = s[4]! as never;
        c.entities[1]!.canonical = s[5]!;
        c.timeline[0]!.date = s[6]!;
        const docs = structuredClone(documents);
        docs[1]!.name = s[0]!;
        docs[1]!.removed = [{ reason: s[7]!, text: s[3]! }];
        const html = renderHtml(c, { documents: docs, title: s[7] });
        const markup = html
          .replace(/<script>[\s\S]*?<\/script>/, '<script>')
          .replace(/<style>[\s\S]*?<\/style>/, '<style>');
        const tags = [...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
        const allowed = new Set(
          'html head meta title style body a header h1 p nav ul li main section h2 div table thead tr th tbody td ol article h3 span blockquote strong code template button time h4 mark details summary aside figure svg rect path g text figcaption footer script fieldset legend label input select option kbd'.split(
            ' ',
          ),
        );
        expect(tags.filter((t) => !allowed.has(t))).toEqual([]);
        expect(tags.filter((t) => t === 'script')).toHaveLength(1);
        expect(eventHandlers(html)).toEqual([]);
        expect(attributeUrls(html).every((u) => u.startsWith('#'))).toBe(true);
        for (const x of s) if (PAYLOADS.includes(x)) expect(markup).not.toContain(x);
      }),
      { numRuns: Math.round(1.5 * (fc.readConfigureGlobal().numRuns ?? 100)) },
    );
  });

  it('keeps a 200-source comparison to a bounded number of live elements', () => {
    const n = 200;
    const names = Array.from({ length: n }, (_, i) => `source-${i}.txt`);
    const { comparison, documents } = largeComparison({
      names,
      text: (i, year) => `Anna Weber joined Acme in ${year}. Extra sentence ${i}.`,
      subject: { key: 'person:anna weber', canonical: 'Anna Weber' },
      years: 20,
      entities: 300,
      entityName: 'Entity',
      conflicts: 60,
      conflictPredicate: (c) => `p${c}`,
      coverage: (i, k) => (i + k) % 7,
      similarity: (i, j) => ((i * j) % 10) / 10,
      counts: { tokens: 12, mentions: 4 },
      sourceText: { mentions: [{ type: 'PERSON', span: { start: 0, end: 10 } }] },
    });
    const html = renderHtml(comparison, { documents });
    const live = liveElements(html);
    expect(live).toBeLessThan(6000);
    // Everything is still in the file, waiting in templates.
    expect(html).toContain('id="src-199"');
    expect(html).toContain('id="ev-199-0-31"');
    expect(html).toContain('<template class="lazy">');
    expect(html).toMatch(
      /<button type="button" class="more" data-more="more-\d+">Show 175 more sources<\/button>/,
    );
    // Large matrices become one SVG path per shade instead of one element per cell.
    expect(html).toContain('<svg role="img" aria-label="Source similarity"');
    // Twice the sources: the live page does not grow with them.
    const names2 = [...names, ...names.map((x) => `b-${x}`)];
    const bigger = renderHtml(
      {
        ...comparison,
        documents: names2.map((name, i) => ({ ...comparison.documents[i % n]!, name, id: `x${i}` })),
      },
      { documents: names2.map((name, i) => ({ ...documents[i % n]!, name })) },
    );
    expect(liveElements(bigger)).toBeLessThan(live * 1.1);
  });

  it('opens with a verdict in plain words: the story, how many disagreements, the gravest and largest, the agreements', () => {
    const { comparison, documents } = fixture();
    const c = structuredClone(comparison);
    c.mainEntity = { key: 'person:anna weber', canonical: 'Anna Weber' };
    // A spelling variant given by more sources does not outrank a contradiction.
    c.conflicts.push({
      kind: 'spellingVariant',
      predicate: 'name',
      subject: { key: 'person:anna weber', canonical: 'Anna Weber' },
      values: [
        { value: 'Anna Weber', display: 'Anna Weber', sources: ['en.txt', 'ja.txt'], evidence: [] },
        { value: 'Anna Webber', display: 'Anna Webber', sources: ['ja.txt'], evidence: [] },
      ],
      confidence: 0.8,
    });
    const html = renderHtml(c, { documents });
    const verdict = /<p class="verdict" id="verdict">(.*?)<\/p>/.exec(html)?.[1];
    expect(verdict).toBe(
      'The story is about <strong>Anna Weber</strong>. Sources disagree on 2 facts; the largest: Anna Weber joined: 2019 (1 source) vs 2017年 (1 source). They agree on 1 fact.',
    );
    const calm = renderHtml({ ...comparison, conflicts: [], agreements: [] }, { documents });
    expect(calm).toContain('The sources do not disagree on any fact they share. They agree on 0 facts.');
  });

  it('names facts about the story itself by the story’s main entity', () => {
    const { comparison } = fixture();
    const c = structuredClone(comparison);
    c.conflicts[0]!.subject = { key: 'story', canonical: 'the story' };
    expect(renderHtml(c)).not.toContain('>the story about');
    c.mainEntity = { key: 'org:acme', canonical: 'Acme' };
    expect(renderHtml(c)).toContain('<span class="subject">the story about Acme</span>');
  });

  it('shows a finding’s confidence and reasons where the comparison rates it, and nothing where it does not', () => {
    const { comparison, documents } = fixture();
    const rated = renderHtml(comparison, { documents });
    // Reasons read from the facts behind each finding: sources, values, the least certain reading.
    expect(rated).toContain(
      '<div class="confidence c-high"><p>Confidence: <strong>80%</strong> (high)</p><ul class="reasons"><li>2 sources give 2 different values.</li></ul></div>',
    );
    expect(rated).toContain(
      '<div class="confidence c-high"><p>Confidence: <strong>96%</strong> (high)</p><ul class="reasons"><li>Stated by 2 sources.</li></ul></div>',
    );
    const implicit = structuredClone(comparison);
    for (const f of implicit.facts) Object.assign(f, { implicitSubject: true, confidence: 0.6 });
    implicit.facts[1]!.confidence = 0.55;
    expect(renderHtml(implicit, { documents })).toContain(
      '<li>2 sources give 2 different values.</li><li>No sentence names the subject: the story’s main entity is assumed.</li><li>Least certain reading: 55% (ja.txt).</li>',
    );
    // A Comparison read from JSON written before findings were rated.
    const old = structuredClone(comparison);
    for (const g of [...old.conflicts, ...old.agreements]) delete (g as { confidence?: number }).confidence;
    expect(renderHtml(old, { documents })).not.toContain('class="confidence');
    const c = structuredClone(comparison);
    Object.assign(c.conflicts[0]!, { confidence: 0.42, reasons: ['one source gives only the year', '<b>'] });
    const html = renderHtml(c, { documents });
    expect(html).toContain(
      '<div class="confidence c-low"><p>Confidence: <strong>42%</strong> (low)</p><ul class="reasons"><li>one source gives only the year</li><li>&lt;b&gt;</li></ul></div>',
    );
  });

  it('gives each finding the keys its filters read (kind, sources, languages) and offers only what is there', () => {
    const { comparison, documents } = fixture();
    const html = renderHtml(comparison, { documents });
    expect(html).toContain(
      '<li data-kind="contradiction" data-sources="0 1" data-langs="en ja"><article class="group conflict" tabindex="-1">',
    );
    expect(html).toContain(
      '<li data-kind="agreement" data-sources="0 1" data-langs="en ja"><article class="group agreement" tabindex="-1">',
    );
    const filters = /<div class="filters"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect([...filters.matchAll(/data-kind="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'contradiction',
      'agreement',
    ]);
    expect([...filters.matchAll(/<option value="([^"]*)">([^<]*)</g)].map((m) => `${m[1]}=${m[2]}`)).toEqual([
      '=All sources',
      '0=en.txt',
      '1=ja.txt',
      '=All languages',
      'en=en',
      'ja=ja',
    ]);
    // Hidden until the script shows it: without script the filters could do nothing.
    expect(filters).toMatch(
      /^<div class="filters" id="filters" role="group" aria-labelledby="filters-title" hidden>/,
    );
    expect(html).toMatch(/@media print\{[\s\S]*nav,\.filters,/);
  });

  it('shows a published time as the source wrote it, with its zone, and the instant in <time datetime>', () => {
    const { comparison } = fixture();
    const c = structuredClone(comparison);
    c.documents[0]!.published = '2026-03-12T15:30:00.000Z';
    c.documents[0]!.publishedAsWritten = '2026-03-12T16:30:00+01:00';
    c.documents[1]!.published = '2026-03-12';
    const html = renderHtml(c);
    expect(html).toContain(
      '<td><time datetime="2026-03-12T15:30:00.000Z">12 Mar 2026, 16:30 (UTC+01:00)</time></td>',
    );
    // A date alone stays a date: no time, no zone.
    expect(html).toContain('<td><time datetime="2026-03-12">12 Mar 2026</time></td>');
    delete c.documents[0]!.publishedAsWritten;
    expect(renderHtml(c)).toContain('>12 Mar 2026, 15:30 (UTC)</time>');
    c.documents[0]!.published = '2026-03-12T16:30:05+01:00';
    c.documents[1]!.published = 'last <Tuesday>';
    const other = renderHtml(c);
    expect(other).toContain('>12 Mar 2026, 16:30:05 (UTC+01:00)</time>');
    expect(other).toContain('<td>last &lt;Tuesday&gt;</td>');
  });

  it('is deterministic', () => {
    const { comparison, documents } = fixture();
    expect(renderHtml(comparison, { documents })).toBe(
      renderHtml(structuredClone(comparison), { documents }),
    );
  });
});
