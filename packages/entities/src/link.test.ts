import { describe, expect, it } from 'vitest';
import { extractMentions } from './extract';
import { linkEntities } from './link';

describe('linkEntities', () => {
  const docs = [
    {
      id: 'it',
      lang: 'it',
      text: 'Jerry Twerk ha lasciato OpenAI. Twerk ha spiegato la scelta; Sam Altman tace.',
    },
    { id: 'en', lang: 'en', text: 'Jerry Tworek left OpenAI. Tworek studied at the University of Warsaw.' },
    { id: 'ja', lang: 'ja', text: 'Jerry Tworek氏はワルシャワ大学で数学を学んだ。' },
    { id: 'zh', lang: 'zh', text: '最终被 Altman 降级为 GPT-4.5。' },
  ];
  const entities = linkEntities(docs.map((d) => ({ id: d.id, lang: d.lang, mentions: extractMentions(d) })));
  const byKey = (k: string) => entities.find((e) => e.key === k);

  it('links a misspelt name to the person and flags it as a spelling variant', () => {
    const jerry = byKey('person:jerry tworek');
    expect(jerry?.canonical).toBe('Jerry Tworek');
    expect(jerry?.documents).toEqual(['en', 'it', 'ja']);
    expect(jerry?.forms.find((f) => f.text === 'Jerry Twerk')).toEqual({
      text: 'Jerry Twerk',
      documents: ['it'],
      spellingVariant: true,
    });
    expect(jerry?.forms.find((f) => f.text === 'Twerk')).toMatchObject({
      spellingVariant: true,
      shortForm: true,
    });
    expect(jerry?.forms.find((f) => f.text === 'Tworek')).toEqual({
      text: 'Tworek',
      documents: ['en'],
      shortForm: true,
    });
  });

  it('resolves a lone surname in another document to the full name', () => {
    const sam = byKey('person:sam altman');
    expect(sam?.documents).toEqual(['it', 'zh']);
    expect(sam?.mentions).toContainEqual({ document: 'zh', span: { start: 4, end: 10 }, text: 'Altman' });
  });

  it('joins names across scripts through the gazetteer', () => {
    const uw = byKey('org:university of warsaw');
    expect(uw?.canonical).toBe('University of Warsaw');
    expect(uw?.forms.map((f) => f.text)).toEqual(['University of Warsaw', 'ワルシャワ大学']);
    expect(uw?.documents).toEqual(['en', 'ja']);
  });
});

describe('linkEntities variants', () => {
  it('joins accent, spacing and name-order variants, flagged as spelling variants', () => {
    const docs = [
      { id: 'a', lang: 'es', text: 'José María Álvarez-Pallete habló con Shengjia Zhao y con OpenAI.' },
      { id: 'b', lang: 'en', text: 'Jose Maria Alvarez-Pallete met Zhao Shengjia of Open AI in Madrid.' },
    ];
    const entities = linkEntities(docs.map((d) => ({ id: d.id, mentions: extractMentions(d) })));
    const jm = entities.find((e) => e.forms.some((f) => f.text === 'José María Álvarez-Pallete'));
    expect(jm?.documents).toEqual(['a', 'b']);
    // One form is the canonical name, the other its spelling variant.
    expect(jm?.forms.filter((f) => f.spellingVariant).map((f) => f.text)).toHaveLength(1);
    expect(jm?.forms.map((f) => f.text).sort()).toEqual([
      'Jose Maria Alvarez-Pallete',
      'José María Álvarez-Pallete',
    ]);
    const zhao = entities.find((e) => e.forms.some((f) => f.text === 'Shengjia Zhao'));
    expect(zhao?.forms.map((f) => f.text).sort()).toEqual(['Shengjia Zhao', 'Zhao Shengjia']);
  });

  it('rejects input that is not a list of documents', () => {
    expect(() => linkEntities({} as never)).toThrowError(
      expect.objectContaining({ code: 'E_INVALID_DOCUMENTS' }),
    );
    expect(() => linkEntities([{ id: 1 } as never])).toThrowError(
      expect.objectContaining({ code: 'E_INVALID_DOCUMENTS' }),
    );
    expect(linkEntities([])).toEqual([]);
  });

  it('does not link dates and quantities, and keeps URLs and handles as entities', () => {
    const m = extractMentions({
      text: 'Since 2019, @openai posted https://openai.com/blog about $2 billion.',
      lang: 'en',
    });
    const keys = linkEntities([{ id: 'x', mentions: m }]).map((e) => e.key);
    expect(keys.sort()).toEqual(['handle:openai', 'url:openai.com/blog']);
  });
});

describe('linkEntities context', () => {
  it('joins a lone misspelt surname to a person in another document when both name the same organisation', () => {
    const docs = [
      { id: 'a', lang: 'it', text: 'Secondo OpenAI, Twerk ha lasciato il gruppo.' },
      { id: 'b', lang: 'en', text: 'Jerry Tworek left OpenAI after seven years.' },
      { id: 'c', lang: 'en', text: 'Tworkin joined Acme Corp.' },
    ];
    const entities = linkEntities(docs.map((d) => ({ id: d.id, mentions: extractMentions(d) })));
    const jerry = entities.find((e) => e.key === 'person:jerry tworek');
    expect(jerry?.forms.find((f) => f.text === 'Twerk')).toEqual({
      text: 'Twerk',
      documents: ['a'],
      spellingVariant: true,
      shortForm: true,
    });
    expect(jerry?.documents).toEqual(['a', 'b']);
  });
});
