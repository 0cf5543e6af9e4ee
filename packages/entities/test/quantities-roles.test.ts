import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';

const of = (text: string, lang: string, types: string[]) =>
  extractMentions({ text, lang }, { referenceDate: '2026-01-10' })
    .filter((m) => types.includes(m.type))
    .map((m) => `${m.text} ${m.key}${m.value?.kind === 'quantity' && m.value.approximate ? ' ~' : ''}`);

describe('numbers, money and percentages', () => {
  it.each([
    ['The round raised $2.5 billion.', 'en', ['$2.5 billion money:2500000000USD']],
    ['It is worth 2.5 billion.', 'en', ['2.5 billion number:2500000000']],
    ['Umsatz von 1,2 Mio. Euro.', 'de', ['1,2 Mio. Euro money:1200000EUR']],
    ['Sie kostet 1.000 Euro.', 'de', ['1.000 Euro money:1000EUR']],
    ['Ha investito 3 miliardi di dollari.', 'it', ['3 miliardi di dollari money:3000000000USD']],
    ['調達額は25億ドル。', 'ja', ['25億ドル money:2500000000USD']],
    ['売上は1兆2000億円。', 'ja', ['1兆2000億円 money:1200000000000JPY']],
    ['シェアは１２％。', 'ja', ['１２％ percent:12']],
    ['融资五十亿元。', 'zh', ['五十亿元 money:5000000000CNY']],
    ['消耗数十亿美元后。', 'zh', ['数十亿美元 money:1000000000USD ~']],
    ['用户超过3亿。', 'zh', ['3亿 number:300000000']],
    ['salaries soar into the tens of millions', 'en', ['tens of millions number:10000000 ~']],
    ['Un 40 % de los clientes.', 'es', ['40 % percent:40']],
    ['une levée de 600 millions d’euros', 'fr', ['600 millions d’euros money:600000000EUR']],
    ['10조 원을 투자', 'ko', ['10조 원 money:10000000000000KRW']],
    ['There were 12,500 people.', 'en', ['12,500 number:12500']],
    ['GPT-4 and GPT-4.5 on H100 chips', 'en', []],
    ['o1/o3 models and System2', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(of(text, lang, ['NUMBER', 'MONEY', 'PERCENT'])).toEqual(expected);
  });
});

describe('roles and platforms', () => {
  it.each([
    [
      'diventare vicepresidente della ricerca',
      'it',
      ['vicepresidente della ricerca role:vice-president-of-research'],
    ],
    [
      'In seiner Zeit als Vize-Präsident für Forschung',
      'de',
      ['Vize-Präsident für Forschung role:vice-president-of-research'],
    ],
    ['OpenAIの研究副社長Jerry Tworek氏', 'ja', ['研究副社長 role:vice-president-of-research']],
    ['OpenAI 研究副总裁 Jerry Tworek', 'zh', ['研究副总裁 role:vice-president-of-research']],
    ['He was VP of Research at OpenAI.', 'en', ['VP of Research role:vice-president-of-research']],
    ['| Dario Amodei | 研究VP |', 'ja', ['研究VP role:vice-president-of-research']],
    ['unter Firmenchef Sam Altman', 'de', ['Firmenchef role:ceo']],
    [
      'Technikchefin Mira Murati und Mitbegründer Ilya Sutskever',
      'de',
      ['Technikchefin role:cto', 'Mitbegründer role:co-founder'],
    ],
    ['共同創設者・主任科学者', 'ja', ['共同創設者 role:co-founder', '主任科学者 role:chief-scientist']],
    ['CEO Sam Altman has engaged', 'en', ['CEO role:ceo']],
  ] as const)('%s', (text, lang, expected) => {
    expect(of(text, lang, ['ROLE'])).toEqual(expected);
  });

  it.each([
    ['un messaggio pubblicato su X, in cui', 'it', ['X platform:x']],
    ['Tworek氏はX(旧Twitter)で、メモを公開', 'ja', ['X platform:x', 'Twitter platform:x']],
    ['他在 X 上发文', 'zh', ['X platform:x']],
    ['In a LinkedIn post, Tworek reflected', 'en', ['LinkedIn platform:linkedin']],
    ['He posted on X yesterday.', 'en', ['X platform:x']],
    ['在 Core Memory 播客访谈中', 'zh', ['播客 platform:podcast']],
    ['Malcolm X spoke; X-ray; the X factor', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(of(text, lang, ['PLATFORM'])).toEqual(expected);
  });
});

describe('names in other scripts and unknown languages', () => {
  it('finds Cyrillic names in Russian, and in a language without a locale folder', () => {
    const ms = extractMentions({
      text: 'Сергей Брин встретился с Илоном Маском в Москве 5 января 2026 года.',
      lang: 'ru',
    });
    expect(ms.filter((m) => m.type === 'NAME' || m.type === 'PERSON').map((m) => m.text)).toEqual([
      'Сергей Брин',
      'Илоном Маском',
    ]);
    // Russian has a locale now: the inflected "Москве" is the place in its gazetteer.
    expect(ms.find((m) => m.type === 'PLACE')?.key).toBe('place:moscow');
    expect(ms.find((m) => m.type === 'DATE')?.value).toEqual({
      kind: 'date',
      iso: '2026-01-05',
      granularity: 'day',
    });
    // Bulgarian has no folder: capitalised Cyrillic names and language-free dates still come out
    // (Сергей is a given name of the generated lists: a person).
    const bg = extractMentions({
      text: 'Сергей Брин се срещна с Илон Мъск в София на 2026-01-05.',
      lang: 'bg',
    });
    expect(bg.find((m) => m.text === 'Сергей Брин')?.type).toBe('PERSON');
    expect(bg.filter((m) => m.type === 'NAME' || m.type === 'PERSON').map((m) => m.text)).toEqual([
      'Сергей Брин',
      'Илон Мъск',
      'София',
    ]);
    expect(bg.find((m) => m.type === 'DATE')?.key).toBe('date:2026-01-05');
  });

  it('reads katakana names with honorifics and Han transliterations with a middle dot', () => {
    const ja = extractMentions({ text: 'サム・アルトマン氏とイリヤさんが会った。', lang: 'ja' });
    expect(ja.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual(['サム・アルトマン', 'イリヤ']);
    const zh = extractMentions({ text: '萨姆·奥尔特曼表示', lang: 'zh' });
    expect(zh.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual(['萨姆·奥尔特曼']);
    const plain = extractMentions({
      text: '首席执行官 奥尔特曼 宣布，马斯克说，这是一个普通的句子表示感谢。',
      lang: 'zh',
    });
    expect(plain.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual(['奥尔特曼', '马斯克']);
  });
});

describe('places inside names', () => {
  it('keeps a country name that is part of a person name inside the name', () => {
    const ms = extractMentions({ text: 'Michael Jordan visited Jordan and Poland.', lang: 'en' });
    expect(ms.map((m) => `${m.type} ${m.text} ${m.key}`)).toEqual([
      'PERSON Michael Jordan person:michael jordan',
      'PLACE Jordan place:jordan',
      'PLACE Poland place:poland',
    ]);
  });

  it('names countries in every locale through Intl.DisplayNames', () => {
    const keys = (text: string, lang: string) =>
      extractMentions({ text, lang })
        .filter((m) => m.type === 'PLACE')
        .map((m) => m.key);
    expect(keys('Er wurde in Polen geboren.', 'de')).toEqual(['place:poland']);
    expect(keys('È nato in Polonia.', 'it')).toEqual(['place:poland']);
    expect(keys('他出生于波兰。', 'zh')).toEqual(['place:poland']);
    expect(keys('ポーランド出身。', 'ja')).toEqual(['place:poland']);
    expect(keys('폴란드 출신이다.', 'ko')).toEqual(['place:poland']);
  });
});
