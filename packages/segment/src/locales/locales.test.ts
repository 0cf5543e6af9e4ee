import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConformanceFixture } from '../testing';
import { segmenterConformance } from '../testing';
import { builtinPlugins } from './index';

const FIXTURES: Record<string, ConformanceFixture[]> = {
  en: [
    {
      text: 'Dr. Smith met Mr. J. R. Jones at 3.5 p.m. on Jan. 5. He paid $1,000.50 for GPT-4.5.',
      sentences: ['Dr. Smith met Mr. J. R. Jones at 3.5 p.m. on Jan. 5.', 'He paid $1,000.50 for GPT-4.5.'],
      noBreakAfter: ['Dr.', 'Mr.', 'J.', 'p.m.'],
    },
    {
      text: 'Mail jane.doe@example.com or @jane_doe, see https://example.com/a?b=1. Wait... What?!',
      words: [
        'Mail',
        'jane.doe@example.com',
        'or',
        '@jane_doe',
        ',',
        'see',
        'https://example.com/a?b=1',
        '.',
        'Wait',
        '...',
        'What',
        '?!',
      ],
    },
    {
      text: 'Hydrogen is a gas.[1] It burns. Really ? ? ? Yes. See p. 5 of the U.S. report. . . . Done.',
      sentences: [
        'Hydrogen is a gas.[1]',
        'It burns.',
        'Really ? ? ?',
        'Yes.',
        'See p. 5 of the U.S. report. . . .',
        'Done.',
      ],
      noBreakAfter: ['p.', 'U.S.'],
    },
    {
      text: "Don't e-mail the 15-year-old.",
      words: ["Don't", 'e-mail', 'the', '15', '-', 'year', '-', 'old', '.'],
    },
  ],
  de: [
    {
      text: 'Am 5. Januar 2026 sagte Prof. Dr. Müller z. B. Folgendes. Im 19. Jahrhundert war das anders.',
      sentences: [
        'Am 5. Januar 2026 sagte Prof. Dr. Müller z. B. Folgendes.',
        'Im 19. Jahrhundert war das anders.',
      ],
      words: [
        'Am',
        '5.',
        'Januar',
        '2026',
        'sagte',
        'Prof.',
        'Dr.',
        'Müller',
        'z.',
        'B.',
        'Folgendes',
        '.',
        'Im',
        '19.',
        'Jahrhundert',
        'war',
        'das',
        'anders',
        '.',
      ],
      noBreakAfter: ['5.', 'z.', 'B.'],
    },
  ],
  it: [
    {
      text: "L'annuncio è arrivato il 6 gennaio. Il sig. Rossi, ecc. ha parlato dell'anno.",
      sentences: ["L'annuncio è arrivato il 6 gennaio.", "Il sig. Rossi, ecc. ha parlato dell'anno."],
      words: [
        "L'",
        'annuncio',
        'è',
        'arrivato',
        'il',
        '6',
        'gennaio',
        '.',
        'Il',
        'sig.',
        'Rossi',
        ',',
        'ecc.',
        'ha',
        'parlato',
        "dell'",
        'anno',
        '.',
      ],
    },
  ],
  fr: [
    {
      text: "M. Dupont l'a dit : « C'est fini. » Aujourd'hui, peut-être.",
      sentences: ["M. Dupont l'a dit : « C'est fini. »", "Aujourd'hui, peut-être."],
      words: [
        'M.',
        'Dupont',
        "l'",
        'a',
        'dit',
        ':',
        '«',
        "C'",
        'est',
        'fini',
        '.',
        '»',
        "Aujourd'hui",
        ',',
        'peut-être',
        '.',
      ],
    },
  ],
  es: [
    {
      text: '¿Vino el Sr. García? Sí, a las 10.30. ¡Qué bien!',
      sentences: ['¿Vino el Sr. García?', 'Sí, a las 10.30.', '¡Qué bien!'],
      noBreakAfter: ['Sr.'],
    },
  ],
  ru: [
    {
      text: 'В 2010–2012 гг. Иванов посещал г. Волгоград, т. е. родной город. Проф. А. И. Семенов и др. выступили. Затем был перерыв.',
      sentences: [
        'В 2010–2012 гг. Иванов посещал г. Волгоград, т. е. родной город.',
        'Проф. А. И. Семенов и др. выступили.',
        'Затем был перерыв.',
      ],
      noBreakAfter: ['гг.', 'г.', 'Проф.', 'А.', 'И.'],
    },
    {
      text: '«Ты готов? – спросил он. – Пора идти». Мы вышли.',
      sentences: ['«Ты готов? – спросил он. – Пора идти».', 'Мы вышли.'],
    },
    { text: 'Он живёт на ул. Ленина.', words: ['Он', 'живёт', 'на', 'ул.', 'Ленина', '.'] },
  ],
  ko: [
    {
      text: '그는 “내일 다시 오겠다.”고 말했다. 회의는 오후 3시에 끝났어요. 정말요?',
      sentences: ['그는 “내일 다시 오겠다.”고 말했다.', '회의는 오후 3시에 끝났어요.', '정말요?'],
      noBreakAfter: ['오겠다.'],
    },
    { text: '서울에서 1.5㎞ 걸었다.', words: ['서울에서', '1.5', '㎞', '걸었다', '.'] },
  ],
  pt: [{ text: 'O Sr. Silva chegou. Ela saiu.', sentences: ['O Sr. Silva chegou.', 'Ela saiu.'] }],
  nl: [
    {
      text: 'Dhr. Jansen kwam bijv. later. Hij bleef.',
      sentences: ['Dhr. Jansen kwam bijv. later.', 'Hij bleef.'],
    },
  ],
  ja: [
    {
      text: '退職の理由は「研究がしたい。本当だ。」と述べた。OpenAIのGPT-4.5は2026年1月に出た！次へ',
      sentences: [
        '退職の理由は「研究がしたい。本当だ。」と述べた。',
        'OpenAIのGPT-4.5は2026年1月に出た！',
        '次へ',
      ],
      noBreakAfter: ['したい。', '本当だ。'],
    },
    { text: 'GPT-4.5を使ったという。', words: ['GPT-4.5', 'を', '使っ', 'た', 'と', 'いう', '。'] },
  ],
  zh: [
    {
      text: '他说：“我们走吧。”大家都同意。1 月 7 日，OpenAI 发布了 GPT-4.5；市场反应平淡……',
      sentences: ['他说：“我们走吧。”', '大家都同意。', '1 月 7 日，OpenAI 发布了 GPT-4.5；市场反应平淡……'],
      noBreakAfter: ['GPT-4.5；'],
    },
    { text: 'Jerry Tworek 离职了。', words: ['Jerry', 'Tworek', '离职', '了', '。'] },
    {
      name: 'Traditional Chinese through zh-Hant-TW',
      language: 'zh-Hant-TW',
      text: '他說：「我們走吧。」大家都同意。要不要試試？',
      sentences: ['他說：「我們走吧。」', '大家都同意。', '要不要試試？'],
    },
  ],
};

describe('built-in languages', () => {
  it('every folder in src/locales/ is registered, and nothing else', () => {
    const folders = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const registered = builtinPlugins.flatMap((p) => p.languages).sort();
    expect(registered).toEqual(folders);
    expect(Object.keys(FIXTURES).sort()).toEqual(folders);
  });
});

for (const plugin of builtinPlugins) {
  segmenterConformance({ describe, it, expect, plugin, fixtures: FIXTURES[plugin.languages[0] ?? ''] ?? [] });
}
