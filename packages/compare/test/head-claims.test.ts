import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import { compareTexts, type FactGroup, renderMarkdown, type TextInput } from '../src/index';

// Sentences invented for these tests: counts of things no concept of the inventory names (bulldozers,
// generators), so only their head word ties them together.
const en = (name: string, text: string): TextInput => ({ name, lang: 'en', text });
const headGroups = (groups: readonly FactGroup[]) => groups.filter((g) => g.head !== undefined);
const shown = (g: FactGroup) => g.values.map((v) => [v.display, v.sources]);

describe('claims without a concept keep their head word and take part in alignment', () => {
  it('sets two counts of one head against each other, with less confidence than a concept', () => {
    const c = compareTexts([
      en('a.txt', 'The city sent 120 bulldozers and 1,200 firefighters to clear the debris on Tuesday.'),
      en('b.txt', 'Officials said 150 bulldozers and 1,500 firefighters were clearing the debris.'),
    ]);
    const [head] = headGroups(c.conflicts);
    expect(head?.kind).toBe('contradiction');
    expect(head?.predicate).toBe('stated');
    expect(head?.head).toBe('bulldozer');
    expect(shown(head!)).toEqual([
      ['120', ['a.txt']],
      ['150', ['b.txt']],
    ]);
    expect(head?.reasons).toContain('alignment: no concept word; the same head word “bulldozer” (× 0.5)');
    const concept = c.conflicts.find((g) => g.predicate === 'firefighters');
    expect(concept).toBeDefined();
    expect(head!.confidence).toBeLessThan(concept!.confidence);
    // Reports name the claim by its head word, and the JSON keeps to the schema.
    expect(renderMarkdown(c)).toContain('stated “bulldozer”');
    expect(new Ajv({ allErrors: true, strict: false }).validate(schema, JSON.parse(JSON.stringify(c)))).toBe(
      true,
    );
  });

  it('reads the head after the counter in Japanese and Chinese, and around the count in Korean', () => {
    const c = compareTexts([
      { name: 'ja-a.txt', lang: 'ja', text: '市は120台のブルドーザーを派遣した。' },
      { name: 'ja-b.txt', lang: 'ja', text: '現場では150台のブルドーザーが作業した。' },
      { name: 'zh-a.txt', lang: 'zh', text: '市政府派出了120台推土机。' },
      { name: 'zh-b.txt', lang: 'zh', text: '现场有150台推土机在作业。' },
      { name: 'ko-a.txt', lang: 'ko', text: '시는 불도저 120대를 투입했다.' },
      { name: 'ko-b.txt', lang: 'ko', text: '시는 150대의 불도저를 투입했다.' },
    ]);
    // One conflict per language: a head that is no concept word aligns only within its language.
    expect(headGroups(c.conflicts).map((g) => [g.head, ...g.values.flatMap((v) => v.sources)])).toEqual([
      ['ブルドーザー', 'ja-a.txt', 'ja-b.txt'],
      ['推土机', 'zh-a.txt', 'zh-b.txt'],
      ['불도저', 'ko-a.txt', 'ko-b.txt'],
    ]);
  });

  it('agrees when the counts are compatible: a qualifier widens the amount compared', () => {
    const c = compareTexts([
      en('a.txt', 'The city sent 120 bulldozers to clear the debris.'),
      en('b.txt', 'At least 100 bulldozers were clearing the debris.'),
    ]);
    expect(headGroups(c.conflicts)).toEqual([]);
    const [agreement] = headGroups(c.agreements);
    expect(agreement?.head).toBe('bulldozer');
    expect(shown(agreement!)).toEqual([
      ['120', ['a.txt']],
      ['over 100', ['b.txt']],
    ]);
  });

  it('does not set a sub-event’s count, a forecast or another subject’s count against the story’s', () => {
    const c = compareTexts([
      en('a.txt', 'The city sent 120 bulldozers to clear the debris.'),
      en('b.txt', 'The previous flood needed 90 bulldozers.'),
      en('c.txt', 'The clean-up could need 300 bulldozers by March.'),
      en('d.txt', 'Caterpillar shipped 75 bulldozers to the region.'),
      en('e.txt', 'Officials said 150 bulldozers were at work.'),
    ]);
    // The story's two counts conflict; the flood's, the forecast and Caterpillar's stay out of it.
    expect(headGroups(c.conflicts).map(shown)).toEqual([
      [
        ['120', ['a.txt']],
        ['150', ['e.txt']],
      ],
    ]);
  });

  it('gives no head to a count inside a larger phrase or to the parts of a list', () => {
    const c = compareTexts([
      en('a.txt', 'The city sent 120 bulldozers to clear the debris.'),
      en('b.txt', 'Only 20 of the 140 bulldozers were working.'),
      en('c.txt', 'The army lent 30 bulldozers and the port 60 bulldozers.'),
      en('d.txt', 'Officials said 150 bulldozers were at work.'),
    ]);
    expect(headGroups(c.conflicts).map(shown)).toEqual([
      [
        ['120', ['a.txt']],
        ['150', ['d.txt']],
      ],
    ]);
    expect(headGroups(c.agreements)).toEqual([]);
  });
});

describe('the head of a count is the noun of its phrase, past its modifiers', () => {
  it('reads "40 new ambulances" and "48 ambulances" as one head in conflict', () => {
    const c = compareTexts([
      en('a.txt', 'The city sent 40 new ambulances to the hospital on Monday.'),
      en('b.txt', 'Officials said 48 ambulances reached the hospital.'),
    ]);
    const [head] = headGroups(c.conflicts);
    expect(head?.head).toBe('ambulance');
    expect(shown(head!)).toEqual([
      ['40', ['a.txt']],
      ['48', ['b.txt']],
    ]);
  });

  it('takes the plural of an English compound and skips open-class adjectives', () => {
    const c = compareTexts([
      en('a.txt', 'Some 70 rescue dogs searched the rubble.'),
      en('b.txt', 'The teams brought 90 trained dogs to the site.'),
      en('c.txt', 'Crews cleared 300 flooded cabins in the valley.'),
      en('d.txt', 'The county counted 360 cabins near the lake.'),
    ]);
    expect(headGroups(c.conflicts).map((g) => [g.head, ...g.values.map((v) => v.display)])).toEqual([
      ['dog', 'about 70', '90'],
      ['cabin', '300', '360'],
    ]);
  });

  it('reads the capitalised noun in German and skips the few prenominal adjectives of other languages', () => {
    const c = compareTexts([
      { name: 'de-a.txt', lang: 'de', text: 'Die Stadt schickte 40 neue Krankenwagen in die Klinik.' },
      { name: 'de-b.txt', lang: 'de', text: 'Laut Behörden fuhren 48 Krankenwagen zur Klinik.' },
      { name: 'fr-a.txt', lang: 'fr', text: 'La ville a envoyé 40 nouvelles ambulances vers la clinique.' },
      { name: 'fr-b.txt', lang: 'fr', text: 'Selon la préfecture, 48 ambulances ont rejoint la clinique.' },
      { name: 'es-a.txt', lang: 'es', text: 'La ciudad envió 40 nuevas ambulancias al hospital.' },
      { name: 'es-b.txt', lang: 'es', text: 'Según el gobierno, 48 ambulancias llegaron al hospital.' },
      { name: 'ru-a.txt', lang: 'ru', text: 'Город направил 40 новых автобусов на стадион.' },
      { name: 'ru-b.txt', lang: 'ru', text: 'По данным мэрии, 48 автобусов прибыли на стадион.' },
    ]);
    expect(headGroups(c.conflicts).map((g) => [g.head, ...g.values.flatMap((v) => v.sources)])).toEqual([
      ['krankenwagen', 'de-a.txt', 'de-b.txt'],
      ['ambulance', 'fr-a.txt', 'fr-b.txt'],
      ['ambulancia', 'es-a.txt', 'es-b.txt'],
      ['автобусов', 'ru-a.txt', 'ru-b.txt'],
    ]);
  });
});
