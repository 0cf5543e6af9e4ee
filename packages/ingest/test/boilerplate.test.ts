import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_LANGUAGES } from '@corpus/core';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/index';
import { LOCALES } from '../src/locales/index';

const removedOf = (text: string) =>
  ingestText(text, { format: 'text' }).removed.map((r) => [r.reason, r.text]);

describe('locales', () => {
  it('registers every built-in locale folder (not _template, which pnpm new-language copies)', () => {
    const dir = fileURLToPath(new URL('../src/locales/', import.meta.url));
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
      .map((e) => e.name)
      .sort();
    expect(LOCALES.map((l) => l.lang).sort()).toEqual(folders);
  });

  it('a locale filled from the template reads its words: the template is a valid locale', async () => {
    const { xx } = await import('../src/locales/_template/index');
    expect(xx.lang).toBe('xx');
    for (const [key, value] of Object.entries(xx)) if (key !== 'lang') expect(value, key).toEqual([]);
  });
});

describe('languages', () => {
  it('has a locale for every language the monorepo supports (SUPPORTED_LANGUAGES of @corpus/core)', () => {
    const langs = new Set(LOCALES.map((l) => l.lang));
    expect(SUPPORTED_LANGUAGES.filter((lang) => !langs.has(lang))).toEqual([]);
  });

  it('reads Dutch boilerplate: advertisement, share widget, newsletter prompt', () => {
    const doc = ingestText(
      'Gemeente opent nieuwe haven\nAdvertentie\nDe gemeente heeft maandag de nieuwe haven geopend, na twee jaar van werkzaamheden aan de kades.\nDeel dit artikel\nSchrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws.',
    );
    expect(doc.lang).toBe('nl');
    expect(doc.removed.map((r) => r.reason)).toEqual(['advertisement', 'share-widget', 'newsletter']);
  });
});

describe('bylines and outlets in several languages', () => {
  it.each([
    ['By Jane Smith and Tom Lee', 'Jane Smith and Tom Lee'],
    ['di Marco Rossi', 'Marco Rossi'],
    ['Von Anna Müller', 'Anna Müller'],
    ['Par Claire Dubois', 'Claire Dubois'],
    ['文/李明', '李明'],
    ['编辑:倾倾', '倾倾'],
    ['記者:山田太郎', '山田太郎'],
    ['山田太郎 記者', '山田太郎'],
    ['(Reporting by Jane Doe; Editing by John Smith)', 'Jane Doe'],
    ['Door Sanne de Vries', 'Sanne de Vries'],
  ])('%s is a byline', (line, name) => {
    const doc = ingestText(
      `${line}\nThe first paragraph of the story is long enough to be a paragraph of body text here.\nA second paragraph follows it.`,
    );
    expect(doc.byline).toBe(name);
    expect(doc.removed).toContainEqual(expect.objectContaining({ reason: 'byline', text: line }));
    expect(doc.text.startsWith('The first paragraph')).toBe(true);
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    const doc = ingestText(
      'By the end of the year, the company had hired two hundred engineers in Berlin.\nMore followed.',
    );
    expect(doc.byline).toBeUndefined();
    expect(doc.removed).toEqual([]);
  });

  it('reads the outlet of a wire-service dateline and keeps the text', () => {
    const doc = ingestText(
      'BERLIN (dpa) - Die Bundesregierung hat am Montag neue Regeln für den Bahnverkehr beschlossen.\nMehr dazu folgt.',
    );
    expect(doc.outlet).toBe('dpa');
    expect(doc.text.startsWith('BERLIN (dpa) - Die Bundesregierung')).toBe(true);
    expect(
      ingestText('Die Bundesregierung (Berlin) hat am Montag neue Regeln beschlossen.').outlet,
    ).toBeUndefined();
  });

  it('reads an outlet line with a reporting cue', () => {
    const doc = ingestText(
      '澎湃新闻报道\n今天上午,北京举行了新闻发布会,介绍了今年的经济运行情况和明年的工作安排。\n会议持续了两个小时。',
    );
    expect(doc.outlet).toBe('澎湃新闻');
    expect(doc.removed[0]).toMatchObject({
      reason: 'outlet',
      text: '澎湃新闻报道',
      sourceSpan: { start: 0, end: 6 },
    });
  });
});

describe('widgets, prompts and notices', () => {
  const body = [
    'The city council approved the new budget on Tuesday after a long debate about public transport.',
    'The mayor said the plan would add twelve bus lines and extend the tram network to the harbour district.',
    'Opposition members argued that the cost estimates were too optimistic and asked for an independent review.',
    'The first new bus lines are expected to start running in the spring of next year.',
  ].join('\n');

  it.each([
    ['Advertisement', 'advertisement'],
    ['Pubblicità', 'advertisement'],
    ['広告', 'advertisement'],
    ['PR', 'advertisement'],
    ['Comments (12)', 'comment-widget'],
    ['Kommentare', 'comment-widget'],
    ['评论', 'comment-widget'],
    ['Share this article', 'share-widget'],
    ['Facebook Twitter LinkedIn E-Mail', 'share-widget'],
    ['Teilen: Facebook · WhatsApp · X', 'share-widget'],
    ['Home > News > Politics', 'navigation'],
    ['Subscribe to our newsletter to get the best stories in your inbox.', 'newsletter'],
    [
      'We use cookies to give you the best experience. By continuing you accept our privacy policy.',
      'cookie-notice',
    ],
  ])('%s is removed as %s', (line, reason) => {
    const lines = body.split('\n');
    lines.splice(2, 0, line);
    expect(removedOf(lines.join('\n'))).toEqual([[reason, line]]);
  });

  it.each([
    'What do you think? Let us know in the comments below.',
    'Lasciate un commento qui sotto con la vostra opinione.',
    'Was meint ihr? Schreibt es in den Kommentaren!',
    '你怎么看?欢迎在评论区留言。',
  ])('a closing call to comment is removed: %s', (line) => {
    expect(removedOf(`${body}\n${line}`)).toEqual([['call-to-comment', line]]);
  });

  it('reads widget labels through Markdown syntax', () => {
    expect(removedOf(`${body}\n## Comments`)).toEqual([['comment-widget', '## Comments']]);
  });

  it('keeps an ordinary paragraph that mentions comments in the middle of a story', () => {
    const text = `Readers left hundreds of comments under the mayor's post, most of them about parking.\n${body}`;
    expect(removedOf(text)).toEqual([]);
  });
});

describe('promotional paragraphs', () => {
  const story = [
    'Northwind Airlines will close its maintenance base in Leeds by the end of March, the company said on Friday.',
    'About 300 engineers work at the Leeds base, which has serviced Northwind aircraft since 1998.',
    'Northwind said the work would move to its larger hangar in Manchester, where it has invested heavily.',
    'Unions said they would ask Northwind to find new roles in Manchester for every engineer at Leeds.',
  ];

  it('removes a closing paragraph about an unrelated product with promotional words', () => {
    const promo =
      'Brightdesk is the leading cloud helpdesk platform for growing teams. Start with Brightdesk Pro, available free of charge for thirty days on Windows and Mac.';
    expect(removedOf([...story, promo].join('\n'))).toEqual([['promotion', promo]]);
  });

  it('keeps a closing paragraph about the story even when it sounds promotional', () => {
    const closing =
      'Northwind said tickets remain available and that the leading routes from Leeds are not affected.';
    expect(removedOf([...story, closing].join('\n'))).toEqual([]);
  });
});

describe('reference lists and link lines', () => {
  it('removes a references block and keeps its URLs as links', () => {
    const text =
      'Die Stadt baut eine neue Brücke über den Fluss, die im Jahr 2028 fertig sein soll.\nDer Bau kostet rund 40 Millionen Euro.\nQuellen:\nhttps://example.de/a\nhttps://example.de/b\n';
    const doc = ingestText(text);
    expect(doc.removed.map((r) => r.reason)).toEqual(['reference-list']);
    expect(doc.links.map((l) => [l.url, l.kind])).toEqual([
      ['https://example.de/a', 'reference'],
      ['https://example.de/b', 'reference'],
    ]);
    expect(doc.text).toBe(
      'Die Stadt baut eine neue Brücke über den Fluss, die im Jahr 2028 fertig sein soll.\n\nDer Bau kostet rund 40 Millionen Euro.',
    );
  });

  it('finds URLs inside the text with their spans', () => {
    const doc = ingestText(
      'The full report is at https://example.org/report.pdf, published on Monday by the ministry.',
    );
    expect(doc.links).toEqual([
      {
        url: 'https://example.org/report.pdf',
        span: { start: 22, end: 52 },
        text: 'https://example.org/report.pdf',
        kind: 'inline',
      },
    ]);
  });
});

describe('datelines', () => {
  const body =
    'The city council approved the new budget on Tuesday after a long debate.\nA second paragraph follows it here.';
  it.each([
    ['January 5, 2026', '2026-01-05'],
    ['Published: Monday, January 5, 2026 10:30 AM', '2026-01-05'],
    ['Veröffentlicht am 5. Januar 2026, 14:20 Uhr', '2026-01-05'],
    ['Pubblicato il 6 gennaio 2026', '2026-01-06'],
    ['05.01.2026', '2026-01-05'],
    ['2026-01-07T09:00:00+08:00', '2026-01-07'],
    ['发布时间:2026年1月7日 10:30', '2026-01-07'],
    ['2026/01/07', '2026-01-07'],
    // Month names and abbreviations from Unicode CLDR (via @corpus/core), regional variants from the locales.
    ['Gepubliceerd op 8 januari 2026', '2026-01-08'],
    ['Publicado el 9 de enero de 2026', '2026-01-09'],
    ['Опубликовано: 10 января 2026', '2026-01-10'],
    ['5. Jänner 2026', '2026-01-05'],
    ['Sept. 14, 2026', '2026-09-14'],
    ['14 sept. 2026', '2026-09-14'],
  ])('%s is a dateline', (line, iso) => {
    const doc = ingestText(`${line}\n${body}`);
    expect(doc.published).toBe(iso);
    expect(doc.removed).toEqual([expect.objectContaining({ reason: 'dateline', text: line })]);
  });

  it('keeps sentences that start with a date and ambiguous numeric dates', () => {
    for (const line of ['January 5, 2026 was a cold day in the city.', '01/05/2026', 'Datenschutz 2026']) {
      const doc = ingestText(`${line}\n${body}`);
      expect(doc.published).toBeUndefined();
      expect(doc.removed).toEqual([]);
    }
  });
});

describe('citation lists', () => {
  it('keeps citations as one reference-list block, with their URLs as links', () => {
    const text = [
      'The study followed 2,000 patients for five years and found no effect of the drug on heart disease.',
      'The authors call for larger trials before any change to clinical guidelines.',
      'References',
      '- Smith, J. (2024). Long-term outcomes. Journal of Medicine, 12, 1–10.',
      '- Lee, K. (2025). A second look. https://example.org/lee2025',
    ].join('\n');
    const doc = ingestText(text);
    expect(doc.removed).toEqual([]);
    const block = doc.blocks[doc.blocks.length - 1]!;
    expect(block.type).toBe('reference-list');
    expect(doc.text.slice(block.span.start, block.span.end)).toBe(text.split('\n').slice(2).join('\n'));
    expect(doc.links.map((l) => l.url)).toEqual(['https://example.org/lee2025']);
  });
});
