import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';

const centuries = (text: string, lang: string) =>
  extractMentions({ text, lang })
    .filter((m) => m.type === 'DATE' && m.value?.kind === 'date' && m.value.granularity === 'century')
    .map((m) => `${m.text} ${m.value?.kind === 'date' ? m.value.iso : ''}`);

describe('centuries', () => {
  it.each([
    ['The abbey dates from the 13th century.', 'en', ['13th century 12']],
    [
      'A fourteenth-century bridge and a twenty-first century tower.',
      'en',
      ['fourteenth-century 13', 'twenty-first century 20'],
    ],
    ['Le pont date du XIVe siècle, la tour du 21e siècle.', 'fr', ['XIVe siècle 13', '21e siècle 20']],
    ['Le château, bâti au treizième siècle.', 'fr', ['treizième siècle 12']],
    ['Die Kirche stammt aus dem 13. Jahrhundert.', 'de', ['13. Jahrhundert 12']],
    ['Im vierzehnten Jahrhunderts Mitte.', 'de', ['vierzehnten Jahrhunderts 13']],
    ['El puente es del siglo XIV.', 'es', ['siglo XIV 13']],
    ['La torre risale al XIII secolo, il ponte al secolo XIV.', 'it', ['XIII secolo 12', 'secolo XIV 13']],
    ['A igreja é do século XIII.', 'pt', ['século XIII 12']],
    ['De kerk stamt uit de 13e eeuw.', 'nl', ['13e eeuw 12']],
    ['Собор построен в XIII веке.', 'ru', ['XIII веке 12']],
    ['この寺は13世紀に建てられた。', 'ja', ['13世紀 12']],
    ['这座桥建于十四世纪。', 'zh', ['十四世纪 13']],
    ['该塔建于公元13世纪末。', 'zh', ['13世纪 12']],
    ['이 성당은 13세기에 지어졌다.', 'ko', ['13세기 12']],
  ] as const)('%s', (text, lang, expected) => {
    expect(centuries(text, lang)).toEqual(expected);
  });

  it.each([
    // Before the common era, and words that only look like a century.
    ['A temple of the 5th century BC.', 'en'],
    ['Un temple du Ve siècle av. J.-C.', 'fr'],
    ['Ein Tempel aus dem 5. Jh. v. Chr.', 'de'],
    ['紀元前5世紀の神殿。', 'ja'],
    ['반세기 만의 일이다.', 'ko'],
    ['The century-old club won its 12th title.', 'en'],
    ['Le siècle dernier, la XIIIIe édition.', 'fr'],
    ['El siglo pasado fue distinto.', 'es'],
  ] as const)('none in %s', (text, lang) => {
    expect(centuries(text, lang)).toEqual([]);
  });

  it('reads a decade of a century as the range of its years', () => {
    const dates = extractMentions({ text: '这种风格流行于二十世纪六十年代。', lang: 'zh' }).filter(
      (m) => m.type === 'DATE',
    );
    expect(dates.map((m) => [m.text, m.value])).toEqual([
      ['二十世纪六十年代', { kind: 'date', iso: '1960/1969', granularity: 'year', endIso: '1969' }],
    ]);
  });

  it('is a DATE keyed by its ISO 8601 century', () => {
    const [m] = extractMentions({ text: 'Built in the 12th century.', lang: 'en' }).filter(
      (x) => x.type === 'DATE',
    );
    expect(m).toMatchObject({
      text: '12th century',
      key: 'date:11',
      recognizer: 'rules:century',
      value: { kind: 'date', iso: '11', granularity: 'century' },
    });
  });
});
