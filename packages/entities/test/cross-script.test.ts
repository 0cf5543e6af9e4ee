import { describe, expect, it } from 'vitest';
import { MIN_LINK_SCORE, scoreNames } from '../src/core/cross-script';
import { romanize } from '../src/core/romanize';
import { extractMentions } from '../src/extract';
import { linkEntities } from '../src/link';
import { scorePairs } from './fixtures/name-pairs';
import { recallSentences, scoreRecall } from './fixtures/recall';

const person = (name: string, lang: string) => ({ name, lang, type: 'PERSON' as const });
const score = (a: string, aLang: string, b: string, bLang: string) =>
  scoreNames(person(a, aLang), person(b, bLang))?.score ?? 0;

describe('romanize', () => {
  it('romanises each script with its maintained scheme', () => {
    expect(romanize('ドナルド・トランプ', 'ja')).toBe('donarudo toranpu');
    expect(romanize('ヴォロディミル・ゼレンスキー', 'ja')).toBe('vorodimiru zerensukii');
    expect(romanize('김정은', 'ko')).toBe('gim-jeong-eun');
    expect(romanize('Михаил Горбачёв', 'ru')).toBe('mikhail gorbachyov');
    expect(romanize('习近平', 'zh')).toBe('xi-jin-ping');
    // Japanese readings of kanji are not pinyin.
    expect(romanize('岸田文雄', 'ja')).toBeUndefined();
  });
});

describe('scoreNames', () => {
  it('links one name across scripts', () => {
    expect(score('Donald Trump', 'en', 'ドナルド・トランプ', 'ja')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('Kim Jong-un', 'en', '김정은', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('Lee Jae-myung', 'en', '이재명', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('Fumio Kishida', 'en', '岸田文雄', 'ja')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('Sergei Lavrov', 'en', 'Сергей Лавров', 'ru')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('習近平', 'ja', '习近平', 'zh')).toBe(1);
  });

  it('keeps apart a relative or namesake whose name sounds alike', () => {
    expect(score('Kim Jong-il', 'en', '김정은', 'ko')).toBeLessThan(MIN_LINK_SCORE);
    expect(score('Donald Tusk', 'en', 'ドナルド・トランプ', 'ja')).toBeLessThan(MIN_LINK_SCORE);
    expect(score('Boris Yeltsin', 'en', 'Борис Немцов', 'ru')).toBeLessThan(MIN_LINK_SCORE);
    // A Latin name that reads as pinyin must be spelled by the characters exactly.
    expect(score('Li Qiang', 'en', '李克强', 'zh')).toBe(0);
    expect(score('Li Qiang', 'en', '李强', 'zh')).toBe(1);
  });

  it('hears a Hangul syllable that starts with h (현 is not 용)', () => {
    expect(score('Lee Jae-yong', 'en', '이재현', 'ko')).toBeLessThan(MIN_LINK_SCORE);
    expect(score('Lee Jae-yong', 'en', '이재용', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('Park Chung-hee', 'en', '박정희', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
  });

  it('counts a t in katakana as a syllable of its own unless it is the t of ts', () => {
    const org = (name: string, lang: string) => ({ name, lang, type: 'ORG' as const });
    expect(scoreNames(org('Samsung', 'en'), org('サムソナイト', 'ja'))?.score).toBeLessThan(MIN_LINK_SCORE);
    expect(score('Bill Gates', 'en', 'ビル・ゲイツ', 'ja')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
  });

  it('reads a Korean place in Revised Romanization by its vowels', () => {
    const place = (name: string, lang: string) => ({ name, lang, type: 'PLACE' as const });
    const placeScore = (a: string, b: string) => scoreNames(place(a, 'en'), place(b, 'ko'))?.score ?? 0;
    expect(placeScore('Gwangju', '경주')).toBe(0);
    expect(placeScore('Gyeongju', '경주')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    // McCune-Reischauer o for 어: the North's capital.
    expect(placeScore('Pyongyang', '평양')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    // Not Revised Romanization: matched by sound.
    expect(placeScore('Washington', '워싱턴')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
  });

  it('keeps the vowels of a Korean name written in katakana', () => {
    expect(score('キム・ジョンウン', 'ja', '김정남', 'ko')).toBe(0);
    expect(score('キム・ジョンウン', 'ja', '김정은', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('イ・ジェヨン', 'ja', '이재용', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
  });

  it('lines up a Chinese name in Hangul character by character', () => {
    expect(score('雷军', 'zh', '레이쥔', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(score('雷佳音', 'zh', '레이쥔', 'ko')).toBeLessThan(MIN_LINK_SCORE);
    // Pinyin ü is Hangul 위.
    expect(score('马云', 'zh', '마윈', 'ko')).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
  });

  // [name, its language, the other name, its language, type, linked?]: each rule on names in and
  // out of the pair set, and the namesakes it must keep apart.
  type Case = [string, string, string, string, 'PERSON' | 'ORG' | 'PLACE', boolean];
  const cases: Record<string, Case[]> = {
    'compares a Chinese company with Hangul as Korean writes pinyin, not a place': [
      ['小米', 'zh', '샤오미', 'ko', 'ORG', true],
      ['华为', 'zh', '화웨이', 'ko', 'ORG', true],
      // 선전 is Shenzhen (深圳), not 深州.
      ['深州', 'zh', '선전', 'ko', 'PLACE', false],
    ],
    'hears the n and the g of two Hangul syllables apart': [
      ['Ban Ki-moon', 'en', '반기문', 'ko', 'PERSON', true],
      ['Shin Kyung-sook', 'en', '신경숙', 'ko', 'PERSON', true],
    ],
    'reads a Japanese name in kanji by IPAdic and ENAMDICT, the given name included': [
      ['Shinzo Abe', 'en', '安倍晋三', 'ja', 'PERSON', true],
      ['Shohei Ohtani', 'en', '大谷翔平', 'ja', 'PERSON', true],
      ['Masayoshi Son', 'en', '孫正義', 'ja', 'PERSON', true],
      // Its Latin letters happen to cut into pinyin; the kanji are read as Japanese all the same.
      ['Sanae Takaichi', 'en', '高市早苗', 'ja', 'PERSON', true],
      // Chinese text writes a Japanese name in its kanji.
      ['Shinzo Abe', 'en', '安倍晋三', 'zh', 'PERSON', true],
      // The same family name with another given name; a kanji name has two parts, not a lone surname.
      ['Akie Abe', 'en', '安倍晋三', 'ja', 'PERSON', false],
      ['Yuko Kishida', 'en', '岸田文雄', 'ja', 'PERSON', false],
    ],
    'links a name transliterated part by part when every part keeps its consonants': [
      ['Joe Biden', 'en', '乔·拜登', 'zh', 'PERSON', true],
      ['Joe Biden', 'en', 'Джо Байден', 'ru', 'PERSON', true],
      ['Justin Trudeau', 'en', '贾斯汀·特鲁多', 'zh', 'PERSON', true],
      ['Vladimir Putin', 'en', '弗拉基米尔·普京', 'zh', 'PERSON', true],
      ['Hunter Biden', 'en', '乔·拜登', 'zh', 'PERSON', false],
      ['Melania Trump', 'en', '唐纳德·特朗普', 'zh', 'PERSON', false],
      // A given name that begins with another sound (Jerome, 科林 Colin) is another person.
      ['Jerome Powell', 'en', '科林·鲍威尔', 'zh', 'PERSON', false],
    ],
    'hears an r before a consonant that katakana writes as a syllable': [
      ['Hamburg', 'en', 'ハンブルク', 'ja', 'PLACE', true],
      ['Nuremberg', 'en', 'ニュルンベルク', 'ja', 'PLACE', true],
      ['Sergei Lavrov', 'en', 'Сергей Рябков', 'ru', 'PERSON', false],
    ],
  };
  for (const [rule, list] of Object.entries(cases))
    it(rule, () => {
      for (const [a, aLang, b, bLang, type, linked] of list) {
        const s = scoreNames({ name: a, lang: aLang, type }, { name: b, lang: bLang, type })?.score ?? 0;
        expect(s >= MIN_LINK_SCORE, `${a} | ${b}: ${s}`).toBe(linked);
      }
    });
});

describe('linkEntities across scripts', () => {
  const docs = [
    { id: 'en', lang: 'en', text: 'Donald Trump met Olaf Scholz in Washington on Monday.' },
    { id: 'ja', lang: 'ja', text: 'ドナルド・トランプ大統領はワシントンで記者団に語った。' },
    { id: 'ru', lang: 'ru', text: 'Дональд Трамп заявил журналистам, что доволен встречей.' },
    { id: 'zh', lang: 'zh', text: '特朗普表示，会谈很成功。' },
    { id: 'ko', lang: 'ko', text: '도널드 트럼프 대통령은 워싱턴에서 기자들에게 말했다.' },
  ];
  const entities = linkEntities(docs.map((d) => ({ id: d.id, lang: d.lang, mentions: extractMentions(d) })));
  const trump = entities.find((e) => e.key === 'person:donald trump');

  it('makes one entity of a name written in five scripts, with the evidence on each form', () => {
    expect(trump?.documents).toEqual(['en', 'ja', 'ko', 'ru', 'zh']);
    expect(trump?.canonical).toBe('Donald Trump');
    const ja = trump?.forms.find((f) => f.text === 'ドナルド・トランプ');
    expect(ja?.transliteration?.romanized).toBe('donarudo toranpu');
    expect(ja?.transliteration?.score).toBeGreaterThanOrEqual(MIN_LINK_SCORE);
    expect(ja?.transliteration?.evidence[0]).toMatch(/^sounds like "donald trump"/);
    // A foreign given name before the Hangul surname is part of the name found before the title.
    expect(trump?.forms.find((f) => f.text === '도널드 트럼프')?.transliteration).toBeDefined();
    // A lone surname (Chinese press writes the surname alone) joins the one full name it ends.
    expect(trump?.forms.find((f) => f.text === '特朗普')?.transliteration?.romanized).toBe('te-lang-pu');
    // Other scripts are not spelling variants (that would report a name conflict).
    expect(trump?.forms.some((f) => f.spellingVariant)).toBe(false);
  });

  it('links a name to the Latin key of a name in another script (화웨이 to 华为, org:huawei)', () => {
    const text = '화웨이';
    // The company as the Korean recogniser would give it (it does not know 화웨이 yet).
    const korean = { type: 'ORG' as const, span: { start: 0, end: 3 }, text, key: `org:${text}` };
    const linked = linkEntities([
      { id: 'zh', lang: 'zh', mentions: extractMentions({ text: '华为发布了新手机。', lang: 'zh' }) },
      { id: 'ko', lang: 'ko', mentions: [{ ...korean, confidence: 0.9, recognizer: 'test' }] },
    ]);
    const huawei = linked.find((e) => e.key === 'org:huawei');
    expect(huawei?.documents).toEqual(['ko', 'zh']);
    expect(huawei?.forms.find((f) => f.text === text)?.transliteration?.evidence[0]).toMatch(/huawei/);
  });

  it('knows the cities of CLDR in the languages written in other scripts', () => {
    const city = (text: string, lang: string) =>
      extractMentions({ text, lang }).find((m) => m.type === 'PLACE')?.key;
    expect(city('블라디미르 푸틴 대통령은 평양을 방문했다.', 'ko')).toBe('place:pyongyang');
    expect(city('プーチン大統領は平壌を訪問した。', 'ja')).toBe('place:pyongyang');
    expect(city('Путин посетил Пхеньян.', 'ru')).toBe('place:pyongyang');
  });

  it('finds Japanese names in kanji before a title', () => {
    const ms = extractMentions({ text: '岸田文雄首相は東京で記者団に語った。', lang: 'ja' });
    expect(ms.find((m) => m.type === 'PERSON')).toMatchObject({
      text: '岸田文雄',
      span: { start: 0, end: 4 },
    });
  });
});

describe('the pair set (test/fixtures/name-pairs.ts)', () => {
  const { rows } = scorePairs({ extractMentions, linkEntities });
  const all = rows.find((r) => r.scripts === 'all');

  it('has at least 300 same and 300 different pairs', () => {
    expect(all?.same).toBeGreaterThanOrEqual(300);
    expect(all?.different).toBeGreaterThanOrEqual(300);
  });

  it('links with the precision and recall the README reports (a floor, not a target)', () => {
    expect(all?.precision).toBeGreaterThanOrEqual(0.97);
    expect(all?.recall).toBeGreaterThanOrEqual(0.8);
    for (const r of rows) expect(r.precision, r.scripts).toBeGreaterThanOrEqual(0.97);
    // Issue #15: recall 0.90 in every script pair.
    for (const r of rows) expect(r.recall, r.scripts).toBeGreaterThanOrEqual(0.9);
  });
});

describe('entity recall on the sentence set (test/fixtures/recall, recall-heldout)', () => {
  const tuning = scoreRecall(extractMentions, recallSentences('tuning'));
  const heldout = scoreRecall(extractMentions, recallSentences('heldout'));
  // What the README reports, less a margin of about one name: floors that catch a regression. The
  // target (≥ 0.92 everywhere on the held-out half, the half not read while tuning) is reached in
  // every language since session 12; a floor below it leaves room for one name's noise, not more.
  const FLOOR: Record<string, { tuning: number; heldout: number }> = {
    de: { tuning: 0.95, heldout: 0.91 },
    en: { tuning: 0.92, heldout: 0.95 },
    es: { tuning: 0.97, heldout: 0.95 },
    fr: { tuning: 0.92, heldout: 0.94 },
    it: { tuning: 0.95, heldout: 0.92 },
    ja: { tuning: 0.93, heldout: 0.91 },
    ko: { tuning: 0.93, heldout: 0.9 },
    nl: { tuning: 0.95, heldout: 0.92 },
    pt: { tuning: 0.97, heldout: 0.97 },
    ru: { tuning: 0.97, heldout: 0.92 },
    zh: { tuning: 0.94, heldout: 0.91 },
  };
  // False positives per language (names returned that no gold name has): a ceiling, for the same
  // reason: 10, or one in eight names in the larger halves.
  const maxFalsePositives = (names: number) => Math.max(10, Math.ceil(names / 8));

  // Languages with more sentences (each batch written together before the rules that read them):
  // ru 20 tuning and 10 held-out more; de, ja, ko and zh 60 and 30 more.
  const EXTENDED: Record<string, number> = { de: 2.5, ja: 2.5, ko: 2.5, ru: 1.5, zh: 2.5 };
  // Session 10: de, ja, ko and zh 20 tuning sentences more each (120 tuning, 50 held-out).
  // Session 11: de, ja and zh 30 tuning sentences more (150). Session 12: de and zh 30 more again (180).
  const EXTENDED_TUNING: Record<string, number> = { de: 4.5, ja: 3.75, ko: 3, zh: 4.5 };
  it('has 40 tuning and 20 held-out sentences in every supported language (more in five)', () => {
    for (const [half, n] of [
      ['tuning', 40],
      ['heldout', 20],
    ] as const) {
      const sentences = recallSentences(half);
      for (const lang of Object.keys(FLOOR))
        expect(
          sentences.filter((s) => s.lang === lang),
          `${half} ${lang}`,
        ).toHaveLength(n * ((half === 'tuning' ? EXTENDED_TUNING[lang] : undefined) ?? EXTENDED[lang] ?? 1));
    }
  });

  it('finds at least the reported share of names in every language, in both halves', () => {
    for (const r of tuning.rows)
      expect(r.recall, `tuning ${r.lang}`).toBeGreaterThanOrEqual(FLOOR[r.lang]?.tuning ?? 1);
    for (const r of heldout.rows)
      expect(r.recall, `held-out ${r.lang}`).toBeGreaterThanOrEqual(FLOOR[r.lang]?.heldout ?? 1);
  });

  it('returns few names that are not there', () => {
    for (const r of [...tuning.rows, ...heldout.rows])
      expect(r.falsePositives, r.lang).toBeLessThanOrEqual(maxFalsePositives(r.names));
  });
});
